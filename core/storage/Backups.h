#pragma once

#include <QDateTime>
#include <QString>

#include "core/util/Result.h"

namespace percorsi {

// The backups kept in one directory, as the way back from a damaged
// database: the newest is offered, and restoring it keeps the damaged file
// beside, renamed, so that nothing is lost.
class Backups
{
public:
    explicit Backups(QString directory) : m_directory(std::move(directory)) {}

    // The newest backup (*.percorsi by modification time); empty when none.
    QString latest() const;
    static QDateTime takenAt(const QString& backup);

    // Moves `damaged` (and its -wal and -shm) aside as NAME.damaged-TIME and
    // copies `backup` in its place. Returns where the damaged file went.
    static Result<QString> restore(const QString& backup, const QString& damaged);

private:
    QString m_directory;
};

} // namespace percorsi
