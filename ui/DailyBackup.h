#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QThread;

namespace percorsi {

class Database;

// The automatic daily backup: at start, when the newest backup in the folder
// is a day old or there is none, a copy is taken on a thread of its own
// (with its own connection, so that work goes on) and old copies are pruned.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(Database& db, QObject* parent = nullptr);
    ~DailyBackup() override;

    // AppDataLocation/backups.
    static QString defaultFolder();
    // The folder set in the database, or the default.
    static QString folder(Database& db);
    // Starts a backup when one is due; false when none was.
    bool startIfDue(const QDateTime& now = QDateTime::currentDateTimeUtc());
    bool isRunning() const;

signals:
    // `error` is empty when the backup at `path` was written and checked.
    void finished(const QString& path, const QString& error);

private:
    Database& m_db;
    QPointer<QThread> m_thread;
};

} // namespace percorsi
