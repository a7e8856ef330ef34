#include "ui/reports/DashboardWorker.h"

#include <QMetaObject>
#include <QThread>

#include "core/reports/IndicatorEngine.h"
#include "core/storage/Database.h"

namespace percorsi {

DashboardWorker::DashboardWorker(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_thread(new QThread),
      m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

DashboardWorker::~DashboardWorker()
{
    m_latest = ~quint64(0); // requests still queued find themselves stale
    // The reader is closed on the thread that used it, before the thread ends.
    QMetaObject::invokeMethod(
        m_context, [this] { m_reader.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void DashboardWorker::compute(const ReportFilter& filter, const QDate& today, quint64 request)
{
    m_latest = request;
    m_today = today.toJulianDay();
    QMetaObject::invokeMethod(
        m_context, [this, filter, request] { run(filter, request); }, Qt::QueuedConnection);
}

Database* DashboardWorker::reader(QString* error)
{
    if (!m_reader) {
        Database::Options options;
        options.readOnly = true;
        options.today = [this] { return QDate::fromJulianDay(m_today.load()); };
        auto opened = Database::open(m_path, options);
        if (!opened) {
            *error = opened.error().message();
            return nullptr;
        }
        m_reader = std::move(opened).value();
    }
    return m_reader.get();
}

void DashboardWorker::run(const ReportFilter& filter, quint64 request)
{
    if (request != m_latest) return; // a newer request is queued behind this one
    QString error;
    Indicators indicators;
    if (Database* db = reader(&error)) {
        auto computed = IndicatorEngine(*db).compute(filter);
        if (computed)
            indicators = std::move(computed).value();
        else
            error = computed.error().message();
    }
    // Delivered on the page's thread; a result overtaken meanwhile is dropped there.
    QMetaObject::invokeMethod(
        this,
        [this, request, indicators = std::move(indicators), error] {
            if (request == m_latest) emit finished(request, indicators, error);
        },
        Qt::QueuedConnection);
}

} // namespace percorsi
