#pragma once

#include <QWidget>

#include "core/domain/Record.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace percorsi {

class PersonPicker;
class PlacementStore;
class RecordDialog;
class RecordTableModel;
class RecordTableView;

// One employer in detail: who and where, the engagement log (awareness
// meetings, diversity-management support, vacancies shared …) with entries
// added and edited here, and the people placed there, with a new placement.
class EmployerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EmployerPanel(PlacementStore& store, QWidget* parent = nullptr);

    void showEmployer(const Record& employer);
    qint64 employerId() const { return m_employer.id(); }
    RecordTableModel* engagements() const { return m_log; }
    RecordTableView* engagementView() const { return m_logView; }
    QTreeWidget* placed() const { return m_placed; }
    QString summaryText() const;
    RecordDialog* addEngagement();
    RecordDialog* editEngagement(int row);
    PersonPicker* newPlacement();

signals:
    void placementsChanged();

private:
    QWidget* createLog();
    QWidget* createPlaced();
    void reloadLog();
    void reloadPlaced();
    RecordDialog* openEngagement(const Record& entry, const QString& title);

    PlacementStore& m_store;
    Record m_employer{Entity::Employer};
    QLabel* m_summary;
    RecordTableModel* m_log;
    RecordTableView* m_logView;
    QTreeWidget* m_placed;
    QPushButton* m_addEntry;
    QPushButton* m_newPlacement;
};

} // namespace percorsi
