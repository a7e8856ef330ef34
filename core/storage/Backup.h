#pragma once

#include <functional>

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// Copies of a database file through SQLite's online backup API, and restore
// from them. A copy is taken from one read snapshot, so that writers may go on
// meanwhile; it is checked (integrity_check) before it appears under its name.
class Backup
{
public:
    // Percent done; returning false cancels.
    using Progress = std::function<bool(int percent)>;

    // Copies the database at `sourcePath` into `targetPath` on a connection
    // of its own. A cancelled or failed copy leaves no file behind.
    static Status create(const QString& sourcePath, const QString& targetPath,
                         const Progress& progress = {});
    // Checks that `path` is an undamaged Percorsi database this version can read.
    static Status check(const QString& path);
    // Replaces the content of the open database with the checked copy at
    // `sourcePath`, in one transaction (nothing half-written on failure); an
    // older copy is then brought up to the current schema. Audited under `actor`.
    static Status restore(Database& db, const QString& sourcePath, const QString& actor,
                          const Progress& progress = {});
};

} // namespace percorsi
