#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QHash>
#include <QStringList>

#include "core/domain/Record.h"
#include "core/storage/FieldBinding.h"
#include "core/sync/FieldClocks.h"
#include "core/util/Result.h"

namespace percorsi {

class Connection;
class Database;

// The SQL behind sync: rows as they travel in bundles (references and desks
// by uuid, clocks with desk uuids), merged writes that keep the incoming
// stamps, tombstones, conflicts, peers and the bundle log.
class SyncStore
{
public:
    // A record as it travels: values of the synced fields (references as
    // uuids) and its clocks, with desks named by uuid.
    struct WireRow
    {
        QString uuid;
        QString deskUuid;        // the desk that created it (empty for desks)
        QString clock;           // "stamp@desk-uuid"
        QString fieldClocks;     // "field:stamp@desk-uuid^desk-uuid=stamp…,…"
        QStringList values;      // one per synced field, null for none
    };

    // The same as UTF-8 views, valid during a visit: the cells of a bundle
    // line (uuid, desk uuid, clock, field clocks, values) and the row's stamp.
    // Reading this way skips QString and QVariant, which dominate an export.
    struct RawRow
    {
        std::vector<QByteArrayView> cells;
        qint64 hlc = 0;
    };

    struct Tombstone
    {
        QString entity;
        QString uuid;
        QString clock;
        bool erased = false;
    };

    struct Conflict
    {
        qint64 id = 0;
        QString entity, recordUuid, field;
        QString keptValue, keptDesk, lostValue, lostDesk;
        qint64 keptHlc = 0, lostHlc = 0;
        QString detectedAt, resolvedAt, resolution;
    };

    // One line of the bundle log: a bundle sent or received here.
    struct HistoryEntry
    {
        QString bundleUuid;
        QString direction;  // "sent" or "received"
        QString peerDesk;   // uuid of the desk it was made for; empty for a full bundle
        QString sourceDesk; // uuid of the desk that wrote it
        QString at;         // ISO 8601, UTC
        QString format;     // "json"/"jsonl" or "csv"
        qint64 rows = 0;
    };

    explicit SyncStore(Database& db);

    static QStringList syncedFields(const EntityDef& def);

    // Rows changed locally after `sinceSeq` (0: all), in id order.
    Status forEachRow(const EntityDef& def, qint64 sinceSeq,
                      const std::function<bool(const WireRow&)>& visit);
    // On `reader` when given, a connection of another thread that sees the
    // same snapshot; the entity must then have no sealed field.
    Status forEachRawRow(const EntityDef& def, qint64 sinceSeq,
                         const std::function<bool(const RawRow&)>& visit,
                         Connection* reader = nullptr);
    Status forEachTombstone(qint64 sinceSeq, const std::function<bool(const Tombstone&)>& visit);
    Status forEachConflict(const std::function<bool(const Conflict&)>& visit, bool openOnly = false);
    Result<qint64> maxSeq();
    // The highest local id of an entity's records (0 when none): a bound on
    // how many it has, read without counting them.
    Result<qint64> highestId(const EntityDef& def);

    // Desks by uuid and local id.
    Result<QHash<QString, qint64>> deskIds();
    QString deskUuid(qint64 localId);
    qint64 deskId(QStringView uuid);
    std::optional<qint64> idOf(const EntityDef& def, const QString& uuid);
    QString uuidOf(const EntityDef& def, qint64 id);
    bool isTombstoned(const QString& entity, const QString& uuid);

    // Merged writes: the record with its own uuid, desk and stamps. `encoded`
    // gives the fields made ready to bind, and as its extra text the uuid; a
    // sealed field must not be among them.
    Result<qint64> insertMerged(const Record& record, const FieldClocks::Stamp& rowStamp,
                                const FieldClocks& fieldClocks,
                                const fieldbinding::EncodedRow* encoded = nullptr);
    // As insertMerged(), for a row whose id nothing needs: it may be held
    // back and inserted with others in one statement, which saves SQLite the
    // work of a statement a row. `encoded` is completed with all the row
    // binds and must stay as it is until the rows are flushed; `tag` names
    // the row: on a failure, *faultTag is that of the row at fault, this one
    // or one held back. Rows of another entity are flushed first.
    Status queueMerged(const Record& record, const FieldClocks::Stamp& rowStamp,
                       const FieldClocks& fieldClocks, fieldbinding::EncodedRow& encoded,
                       qint64 tag, qint64* faultTag);
    // Inserts the rows held back, in the order they came. On a failure the
    // error is that of the first row at fault, and *faultTag its tag.
    Status flushQueued(qint64* faultTag);
    bool hasQueued() const { return !m_queued.empty(); }
    // The entity of the rows held back; null when none are.
    const EntityDef* queuedEntity() const { return m_queued.empty() ? nullptr : m_queuedDef; }
    Status updateMerged(const Record& record, const std::vector<int>& changedFields,
                        const FieldClocks& fieldClocks,
                        const FieldClocks::Stamp* rowStamp = nullptr);
    // Row stamp and field clocks of a local record (desk ids local).
    Status readClocks(const EntityDef& def, qint64 id, FieldClocks::Stamp* row, FieldClocks* fields);
    Status addTombstone(const QString& entity, const QString& uuid, const FieldClocks::Stamp& stamp,
                        bool erased);

    Status addConflict(const Conflict& conflict);
    // Resolves the open conflicts of a field whose kept value is `keptHlc`.
    Status resolveConflicts(const QString& entity, const QString& uuid, const QString& field,
                            qint64 keptHlc, const QString& resolution);
    Result<Conflict> conflict(qint64 id);
    Status markResolved(qint64 id, const QString& resolution);

    Result<qint64> sentSeq(const QString& peerUuid);
    Status setSent(const QString& peerUuid, qint64 seq);
    Status logBundle(const QString& bundleUuid, const QString& direction, const QString& peer,
                     const QString& source, const QString& format, qint64 rows,
                     const QString& summary);

    // The bundle log, newest first.
    Result<std::vector<HistoryEntry>> history(int limit = 500);

private:
    // A field's value as stored: sealed when the field is kept sealed.
    Result<QVariant> storedForm(const Record& record, int field);
    Result<Conflict> conflictValues(Conflict c, bool sealing);
    // The insert of `rows` rows of the entity in one statement.
    Statement insertStatement(const EntityDef& def, int rows);
    // Binds a completed row (see queueMerged()) from the statement's column `first`.
    static void bindQueued(Statement& st, int first, const EntityDef& def,
                           const fieldbinding::EncodedRow& row);
    Status insertQueued(size_t from, int rows, qint64* faultTag);

    Database& m_db;
    QHash<qint64, QString> m_deskUuid; // cache, desks are few
    std::map<std::pair<const EntityDef*, int>, std::string> m_insertSql; // by entity and rows
    struct Queued
    {
        const fieldbinding::EncodedRow* row;
        qint64 tag;
    };
    const EntityDef* m_queuedDef = nullptr;
    std::vector<Queued> m_queued;
};

} // namespace percorsi
