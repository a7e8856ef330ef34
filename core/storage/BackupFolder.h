#pragma once

#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>

#include "core/storage/Backup.h"
#include "core/util/Result.h"

namespace percorsi {

// The folder where the backups of one database are kept: each named after
// the database and the time it was taken (UTC), the newest first; a daily
// backup is due when the newest is a day old; older ones are pruned.
class BackupFolder
{
public:
    struct Entry
    {
        QString path;
        QDateTime takenAt; // UTC
        qint64 bytes = 0;
    };

    BackupFolder(QString folder, const QString& databasePath);

    const QString& folder() const { return m_folder; }
    std::vector<Entry> list() const;
    // The newest backup; nullopt when there is none.
    std::optional<Entry> newest() const;
    QString pathFor(const QDateTime& at) const;
    bool isDue(const QDateTime& now) const;
    // Removes the backups older than `keepDays`, always keeping the newest. The number removed.
    int prune(int keepDays, const QDateTime& now) const;
    // Takes a backup into the folder (created when missing), then prunes. The new file's path.
    Result<QString> backUp(const QString& databasePath, int keepDays, const QDateTime& now,
                           const Backup::Progress& progress = {}) const;

private:
    QString m_folder;
    QString m_prefix; // the database's file name without its suffix, then '-'
};

} // namespace percorsi
