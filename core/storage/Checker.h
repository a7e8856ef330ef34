#pragma once

#include <QStringList>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// Checks a database: SQLite's integrity_check and foreign_key_check, then the
// application's own invariants (codes known, dates valid and in order, sessions
// within their paths, attendance of enrolled people, the search index in step,
// no record alive under a tombstone). Problems come back as sentences.
class Checker
{
public:
    struct Report
    {
        QStringList damage;     // SQLite's own checks: the file is damaged
        QStringList invariants; // the application's rules do not hold
        bool ok() const { return damage.isEmpty() && invariants.isEmpty(); }
    };

    explicit Checker(Database& db);
    // An error when the file cannot be read at all; otherwise what was found.
    Result<Report> run();

private:
    Status sqliteChecks(QStringList& problems);
    void fieldChecks(QStringList& problems);
    void ruleChecks(QStringList& problems);
    void countProblem(const std::string& sql, const QString& what, QStringList& problems);

    Database& m_db;
};

} // namespace percorsi
