#pragma once

#include <vector>

#include <QString>

#include "core/domain/Schema.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;

// Erasure of a person (GDPR Art. 17): her record and every record she owns are
// deleted, their tombstones are marked erased so that the erasure travels in
// bundles, conflicts that kept her values go, and the file is compacted so
// that no old copy of her data stays in the database, its WAL or the indexes.
class Erasure
{
public:
    // A record by entity name and uuid.
    struct RecordRef
    {
        QString entity;
        QString uuid;
    };

    explicit Erasure(Database& db);

    // Erases the person in one transaction, audits it under `actor`, then scrubs the file.
    Status erasePerson(qint64 personId, const QString& actor);
    // The record and every record it owns, owners first.
    Result<std::vector<RecordRef>> subtree(const EntityDef& def, qint64 id);
    // Marks the tombstones of these (deleted) records erased and drops the
    // conflicts that hold their values. Runs inside the caller's transaction.
    Status forget(const std::vector<RecordRef>& records);
    bool isErased(const QString& entity, const QString& uuid);
    // Rewrites the file without freed pages and empties the WAL; outside any transaction.
    Status scrub();

private:
    Status collect(const EntityDef& def, qint64 id, std::vector<RecordRef>& out);
    Status runStep(const char* sql);

    Database& m_db;
};

} // namespace percorsi
