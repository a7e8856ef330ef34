#pragma once

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Connection;
class Database;

// Looks for damage in a database file. Before it is opened for writing: the
// size its header promises (a copy cut short) and SQLite's quick_check (of
// the whole file up to 64 MiB, of the schema and the small tables above),
// on a read-only connection, so that a damaged file is never written to.
// Before an import: integrity_check. An export reads its rows with SQLite's
// cell_size_check on, which checks every page it reads.
class DatabaseCheck
{
public:
    // An error saying that the file is damaged and how to recover; reads only.
    static Status beforeOpening(const QString& path);
    // Whether `beforeOpening` would refuse the file (a front end then offers a backup).
    static bool isDamaged(const QString& path) { return !beforeOpening(path).ok(); }
    // SQLite's integrity_check on the open database, within the current transaction.
    static Status integrity(Database& db);
    static Status integrity(Connection& connection);
};

} // namespace percorsi
