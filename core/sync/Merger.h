#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include <QHash>
#include <QString>

#include "core/storage/FieldBinding.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncStore.h"
#include "core/sync/WireClock.h"
#include "core/util/BloomFilter.h"
#include "core/util/UuidIdMap.h"
#include "core/util/Result.h"

namespace percorsi {

class DataKey;
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

    // A row of a bundle with all that needs no database done ahead, on any
    // thread (see stage()): its fields but references normalized and encoded
    // for SQLite, its clocks read, its uuids parsed and hashed.
    struct Staged
    {
        SyncStore::WireRow row;
        Validator::Prepared prepared;
        WireClock::Parsed clock;                                   // views into row.clock
        std::vector<std::pair<int, WireClock::Parsed>> fieldClocks; // by field index; views into row
        QString clockProblem;      // what is wrong with row.clock
        QString fieldClockProblem; // what is wrong with row.fieldClocks
        std::optional<UuidIdMap::Bits> key; // of row.uuid, when canonical
        std::uint64_t bloomHash = 0;        // of row.uuid
        std::vector<std::optional<UuidIdMap::Bits>> refs; // by field index: referenced uuids
        fieldbinding::EncodedRow encoded; // the fields ready to bind, and the uuid
        int deskSlot = -1;      // of row.deskUuid in the reader's DeskSlots, or -1
        int clockDeskSlot = -1; // of clock.desk

        // Frees what staging made of the row and keeps the memory of its
        // vectors, so that staging another row into it frees nothing: done on
        // the thread that staged, staging may then be done on another. The
        // row's strings stay, for stage() to hand back.
        void release();
    };
    // The desks that the rows of a bundle name, numbered by the thread that
    // stages them, so that the merge finds each desk by its number, not its text.
    class DeskSlots
    {
    public:
        int slotOf(QStringView uuid);

    private:
        std::vector<QString> m_uuids;
    };
    // `cells`: a bundle line's uuid, desk uuid, clock, field clocks, then its
    // values; at least four, exchanged for the strings of the row that `into`
    // held before, so that the reader writes the next line into their memory.
    // Fills `into` again, keeping its memory: a staged row that was merged
    // takes the next without allocating anew. With `sealKey` (the database's
    // data key), the fields stored sealed are sealed here too.
    static void stage(const EntityDef& def, QStringList& cells, Staged& into,
                      DeskSlots* desks = nullptr, const DataKey* sealKey = nullptr);
    // Asks the processor for the memory that applyRow() will read for the row:
    // called for the next row before merging one, and for the row after it
    // with `deep` false, which asks only for the row's own bytes. The rows
    // were staged on another core.
    void prefetch(const EntityDef& def, const Staged& staged, bool deep = true) const;

    // Makes a desk of the bundle known here before any row is merged, so that
    // clocks may name it; its fields are then merged as those of any record.
    Status knowDesk(const QString& uuid, const QStringList& values);
    // Consumes what it needs of `staged`.
    Status applyRow(const EntityDef& def, Staged& staged);
    // As applyRow(), but the insert of a new row that nothing refers to may
    // be held back, to be made with others in one statement: `staged` must
    // then stay as it is until flush(). `line` names the row in faultLine().
    Status applyRow(const EntityDef& def, Staged& staged, qint64 line);
    // Inserts the rows held back.
    Status flush();
    // The line of the row that a failure of applyRow(…, line) or flush() is
    // about: the row applied, or one held back before it.
    qint64 faultLine() const { return m_faultLine; }
    Status applyRow(const EntityDef& def, const SyncStore::WireRow& row)
    {
        QStringList cells{row.uuid, row.deskUuid, row.clock, row.fieldClocks};
        cells += row.values;
        Staged staged;
        stage(def, cells, staged);
        return applyRow(def, staged);
    }
    Status applyTombstone(const SyncStore::Tombstone& tombstone);
    Status applyConflict(const SyncStore::Conflict& conflict);
    const Stats& stats() const { return m_stats; }
    SyncStore& store() { return m_store; }

private:
    struct Incoming;
    Result<bool> buildRecord(const EntityDef& def, Staged& staged, Incoming& in);
    qint64 deskIdOf(QStringView uuid);
    qint64 deskIdOf(int slot, QStringView uuid);
    // The entity each field refers to, by field index (null for other fields).
    static const std::vector<const EntityDef*>& targets(const EntityDef& def);
    Status applyStaged(const EntityDef& def, Staged& staged, bool mayHold);
    Status insertNew(Incoming& in, bool hold);
    Status mergeExisting(Incoming& in, qint64 id);
    bool later(const FieldClocks::Stamp& a, const FieldClocks::Stamp& b);
    QString valueText(const FieldDef& field, const QVariant& v);

    bool isTombstoned(const QString& entity, const QString& uuid);
    // The id of a record here, remembered for the rest of the merge: an
    // attendance mark names a session and a person that thousands of others name.
    std::optional<qint64> idOf(const EntityDef& def, const QString& uuid,
                               const std::optional<UuidIdMap::Bits>& bits);
    void remember(const EntityDef& def, const std::optional<UuidIdMap::Bits>& bits, qint64 id);
    static int kindOf(const EntityDef& def);
    static bool isReferenced(const EntityDef& def);
    // Whether the entity's table held no record when its first row came. Then
    // a record of it is here only if this merge inserted it, and a uuid that
    // m_inserted has never seen needs no search: a bundle into a new database
    // saves a search of the uuid index for each of its rows.
    bool startedEmpty(const EntityDef& def);

    Database& m_db;
    SyncStore m_store;
    qint64 m_line = 0, m_faultLine = 0;
    RecordStore m_records; // one for the whole merge: its lookups cache runs of rows
    Stats m_stats;
    std::optional<bool> m_anyTombstones; // most merges meet none: skip the per-row query
    // Ids found or inserted so far, by entity; a deletion may cascade, so it forgets them all.
    UuidIdMap m_ids{18}; // 262,144 ids in 12 MB
    std::unordered_map<const EntityDef*, bool> m_startedEmpty;
    std::optional<BloomFilter> m_inserted; // uuids inserted into tables that started empty
    qint64 m_expectedRows = 0;
    std::vector<std::pair<QString, qint64>> m_desks; // found so far: a bundle names a few
    std::vector<qint64> m_slotIds;                   // the same by DeskSlots number
};

} // namespace percorsi
