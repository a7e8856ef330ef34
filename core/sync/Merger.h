#pragma once

#include <algorithm>
#include <optional>
#include <unordered_map>

#include <QHash>
#include <QString>

#include "core/storage/RecordStore.h"
#include "core/storage/SyncStore.h"
#include "core/util/BloomFilter.h"
#include "core/util/UuidIdMap.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;

// Applies records from another desk, field by field: the value whose history
// includes the other wins; of two concurrent values the later stamp wins and
// the other is kept as a conflict. Deletions win over edits. Applying the same
// rows twice, or in another order, gives the same content.
class Merger
{
public:
    struct Stats
    {
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 deleted = 0;
        qint64 skipped = 0; // records deleted here, or owned by one
        qint64 conflicts = 0;
        qint64 erased = 0; // erasures (GDPR Art. 17) applied: the file needs a scrub
    };

    explicit Merger(Database& db);

    // How many rows the merge will see, at most (a bundle's manifest says):
    // sizes the memory of which records it inserted (see startedEmpty()).
    void expectRows(qint64 rows) { m_expectedRows = std::clamp<qint64>(rows, 0, qint64(1) << 32); }

    // Makes a desk of the bundle known here before any row is merged, so that
    // clocks may name it; its fields are then merged as those of any record.
    Status knowDesk(const QString& uuid, const QStringList& values);
    // `prepared`: the row's fields that need no database, normalized ahead
    // (see prepare()); nullptr to normalize all of them here.
    Status applyRow(const EntityDef& def, const SyncStore::WireRow& row,
                    const Validator::Prepared* prepared = nullptr);
    // Normalizes ahead the fields of a row that need no database (all but
    // references), on any thread: what applyRow() would do with them.
    static Validator::Prepared prepare(const EntityDef& def, const QStringList& wireValues);
    Status applyTombstone(const SyncStore::Tombstone& tombstone);
    Status applyConflict(const SyncStore::Conflict& conflict);
    const Stats& stats() const { return m_stats; }
    SyncStore& store() { return m_store; }

private:
    struct Incoming;
    Result<bool> buildRecord(const EntityDef& def, const SyncStore::WireRow& row, Incoming& in);
    Status insertNew(Incoming& in);
    Status mergeExisting(Incoming& in, qint64 id);
    bool later(const FieldClocks::Stamp& a, const FieldClocks::Stamp& b);
    QString valueText(const FieldDef& field, const QVariant& v);

    bool isTombstoned(const QString& entity, const QString& uuid);
    // The id of a record here, remembered for the rest of the merge: an
    // attendance mark names a session and a person that thousands of others name.
    std::optional<qint64> idOf(const EntityDef& def, const QString& uuid);
    void remember(const EntityDef& def, const QString& uuid, qint64 id);
    static int kindOf(const EntityDef& def);
    static bool isReferenced(const EntityDef& def);
    // Whether the entity's table held no record when its first row came. Then
    // a record of it is here only if this merge inserted it, and a uuid that
    // m_inserted has never seen needs no search: a bundle into a new database
    // saves a search of the uuid index for each of its rows.
    bool startedEmpty(const EntityDef& def);

    Database& m_db;
    SyncStore m_store;
    RecordStore m_records; // one for the whole merge: its lookups cache runs of rows
    Stats m_stats;
    std::optional<bool> m_anyTombstones; // most merges meet none: skip the per-row query
    // Ids found or inserted so far, by entity; a deletion may cascade, so it forgets them all.
    UuidIdMap m_ids{18}; // 262,144 ids in 12 MB
    std::unordered_map<const EntityDef*, bool> m_startedEmpty;
    std::optional<BloomFilter> m_inserted; // uuids inserted into tables that started empty
    qint64 m_expectedRows = 0;
};

} // namespace percorsi
