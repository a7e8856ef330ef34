#pragma once

#include <atomic>
#include <memory>

#include <QObject>
#include <QString>

#include "core/reports/Indicators.h"

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace percorsi {

class Database;

// Computes the dashboard's indicators on a thread of its own, over its own
// read-only connection (WAL lets it read beside the writer), so that the
// window never waits for them. Requests made while one runs are not queued
// up: only the latest is computed, and the page drops any result that is not
// for its latest request.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    explicit DashboardWorker(QString databasePath, QObject* parent = nullptr);
    ~DashboardWorker() override;

    // Asks for the indicators of `filter` as of `today`; finished() answers with `request`.
    void compute(const ReportFilter& filter, const QDate& today, quint64 request);

signals:
    // `error` is empty when the indicators were computed.
    void finished(quint64 request, const percorsi::Indicators& indicators, const QString& error);

private:
    // Runs on the worker thread.
    void run(const ReportFilter& filter, quint64 request);
    Database* reader(QString* error);

    QString m_path;
    QThread* m_thread;
    QObject* m_context; // lives on the worker thread: what run() is queued to
    std::unique_ptr<Database> m_reader;
    std::atomic<quint64> m_latest{0};
    std::atomic<qint64> m_today{0}; // Julian day
};

} // namespace percorsi
