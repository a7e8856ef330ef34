#pragma once

#include "core/util/Result.h"

namespace percorsi {

class Database;

// A coordinator's answer to a conflict: keep the value that won, or reverse
// the outcome by writing the lost value back as a new edit, which then syncs
// like any other and wins everywhere. Either way the conflict is marked
// resolved, and the mark travels with the next bundles.
class ConflictResolver
{
public:
    explicit ConflictResolver(Database& db);
    Status keep(qint64 conflictId);
    Status reverse(qint64 conflictId);

private:
    Database& m_db;
};

} // namespace percorsi
