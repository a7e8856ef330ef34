#pragma once

#include <functional>
#include <vector>

#include <QWidget>

#include "core/reports/Indicators.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
QT_END_NAMESPACE

namespace percorsi {

class DashboardWorker;
class RecordStore;

// The coordinator's dashboard: filters for project, period and desk, the
// key figures and the charts, recomputed on a worker thread when a filter
// changes (the latest filter wins) and shown when the figures arrive;
// from here the projects and their targets are edited and the progress
// summary previewed, printed and exported.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(RecordStore& store, QWidget* parent = nullptr);

    const Indicators& indicators() const { return m_indicators; }
    ReportFilter filter() const;
    QComboBox* projectBox() const { return m_project; }
    QComboBox* deskBox() const { return m_desk; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QString summaryText() const;
    // How many computations have been shown; the figures of a filter are in
    // indicators() once this has grown past its request.
    quint64 shownRequest() const { return m_shown; }
    bool isComputing() const { return m_shown != m_request; }

public slots:
    // Reads the projects and desks again and recomputes.
    void reload();
    void refresh();
    void editProjects();
    void previewReport();
    void exportReport();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLayout* createFilters();
    QWidget* createCharts();
    void fillChoices();
    void projectChanged();
    void updateCharts();
    void computed(quint64 request, const Indicators& indicators, const QString& error);

    RecordStore& m_store;
    QComboBox* m_project;
    QComboBox* m_desk;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    std::vector<std::pair<QChartView*, std::function<QChart*(const Indicators&)>>> m_charts;
    Indicators m_indicators;
    DashboardWorker* m_worker;
    quint64 m_request = 0; // the latest asked for
    quint64 m_shown = 0;   // the latest shown
    bool m_filling = false;
};

} // namespace percorsi
