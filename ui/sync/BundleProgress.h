#pragma once

#include <atomic>
#include <functional>

#include <QObject>

#include "core/util/Result.h"

class QProgressDialog;
class QWidget;

namespace percorsi {

class Database;

// Runs bundle work (export, preview, import) on a worker thread with a
// connection of its own to the database file, behind a window-modal progress
// dialog. The GUI thread goes on processing events meanwhile; the work hears
// Cancel at its next progress report and rolls back.
class BundleProgress : public QObject
{
    Q_OBJECT

public:
    // The work gets the worker's database and a progress callback (0..100;
    // false when cancelled).
    using Work = std::function<Status(Database& db, const std::function<bool(int)>& progress)>;

    BundleProgress(const QString& label, QWidget* parent);
    ~BundleProgress() override;

    // Runs `work` and returns when it has ended, events processed meanwhile.
    // `db` stays idle until then, and afterwards catches up with the file.
    Status run(Database& db, const Work& work);
    bool wasCancelled() const;

signals:
    // From the worker thread, delivered to the dialog on the GUI thread.
    void progressed(int percent);

private:
    Status work(Database& db, const Work& work);

    QProgressDialog* m_dialog;
    std::atomic<bool> m_cancelled{false};
};

} // namespace percorsi
