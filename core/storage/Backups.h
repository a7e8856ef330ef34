#pragma once

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

// The way back from a damaged database: a backup (the newest of its
// BackupFolder is offered) takes its place, and the damaged file is kept
// beside it, renamed, so that nothing is lost.
class Backups
{
public:
    // Moves `damaged` (and its -wal and -shm) aside as NAME.damaged-TIME and
    // copies `backup` in its place. Returns where the damaged file went.
    static Result<QString> restore(const QString& backup, const QString& damaged);
};

} // namespace percorsi
