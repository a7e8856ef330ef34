#include "ui/sync/BundleProgress.h"

#include <memory>

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include "core/storage/Database.h"

namespace percorsi {

BundleProgress::BundleProgress(const QString& label, QWidget* parent)
    : QObject(parent), m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 100, parent))
{
    m_dialog->setWindowTitle(tr("Sync"));
    // Shown at once: while the worker writes, the window must not start edits
    // of its own on the other connection.
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setAccessibleName(tr("Progress"));
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
    connect(this, &BundleProgress::progressed, m_dialog,
            [this](int percent) { m_dialog->setValue(qBound(0, percent, 100)); });
    m_dialog->setValue(0);
}

BundleProgress::~BundleProgress()
{
    m_dialog->close();
    m_dialog->deleteLater();
}

Status BundleProgress::run(Database& db, const Work& work)
{
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = this->work(db, work); }));
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    if (Status st = db.catchUp(); !st.ok() && result.ok()) return st;
    return result;
}

// On the worker thread: its own connection, opened and closed there.
Status BundleProgress::work(Database& db, const Work& work)
{
    auto own = db.openAnother();
    if (!own) return own.error();
    return work(**own, [this](int percent) {
        emit progressed(percent);
        return !m_cancelled.load();
    });
}

bool BundleProgress::wasCancelled() const
{
    return m_cancelled.load();
}

} // namespace percorsi
