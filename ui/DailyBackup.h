#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QThread;

namespace percorsi {

class Database;

// Backups on a thread of their own (with their own connection, so that work
// goes on), audited when done; old copies are pruned. At start, one is taken
// when the newest backup in the folder is a day old or there is none.
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
    // Starts a backup now; false when one is already running.
    bool start(const QDateTime& now = QDateTime::currentDateTimeUtc());
    bool isRunning() const;

signals:
    // `error` is empty when the backup at `path` was written and checked.
    void finished(const QString& path, const QString& error);

private:
    void done(const QString& path, const QString& error);

    Database& m_db;
    QPointer<QThread> m_thread;
};

} // namespace percorsi
