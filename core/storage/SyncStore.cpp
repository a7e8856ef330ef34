#include "core/storage/SyncStore.h"

#include <array>
#include <charconv>
#include <memory>

#include <QDateTime>

#include "core/storage/Database.h"
#include "core/storage/EntitySql.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/FieldBinding.h"
#include "core/storage/RefUuidCache.h"
#include "core/sync/WireClock.h"
#include "core/util/RealText.h"

namespace percorsi {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// SELECT uuid, desk uuid, hlc, hlc_desk, hlc_fields, <synced fields, references as uuids>
std::string wireQuery(const EntityDef& def)
{
    std::string sql = "SELECT t.uuid, ";
    sql += def.hasDesk ? "(SELECT uuid FROM desk WHERE id = t.desk_id)" : "NULL";
    sql += ", t.hlc, t.hlc_desk, t.hlc_fields";
    for (const FieldDef& f : def.fields) {
        if (f.synced)
            sql += ", " + EntitySql::portableColumn(f);
    }
    return sql + " FROM " + def.table + " t WHERE t.seq > ? ORDER BY t.id";
}

// As wireQuery, with references as local ids: the caller maps them to uuids.
std::string rawWireQuery(const EntityDef& def)
{
    std::string sql = def.hasDesk ? "SELECT t.uuid, t.desk_id" : "SELECT t.uuid, NULL";
    sql += ", t.hlc, t.hlc_desk, t.hlc_fields";
    for (const FieldDef& f : def.fields) {
        if (f.synced)
            sql += std::string(", t.") + f.name;
    }
    return sql + " FROM " + def.table + " t WHERE t.seq > ? ORDER BY t.id";
}

QString wireText(const Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    const QVariant v = st.value(column);
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

// The positions, among the synced fields, of those stored sealed.
std::vector<bool> sealedSynced(const EntityDef& def)
{
    std::vector<bool> sealed;
    for (const FieldDef& f : def.fields) {
        if (f.synced)
            sealed.push_back(FieldCipher::isSealed(def, f));
    }
    return sealed;
}

constexpr size_t kDecimalDigits = RealText::kRoom; // room for any 64-bit integer, or a short real

// `value` in decimal, written into `digits` (kDecimalDigits long).
QByteArrayView decimal(char* digits, qint64 value)
{
    return QByteArrayView(digits, std::to_chars(digits, digits + kDecimalDigits, value).ptr - digits);
}

bool isSealedConflict(const QString& entity, const QString& field)
{
    const EntityDef* def = schema::find(entity);
    const FieldDef* f = def ? def->field(field) : nullptr;
    return f && FieldCipher::isSealed(*def, *f);
}

} // namespace

SyncStore::SyncStore(Database& db) : m_db(db) {}

QStringList SyncStore::syncedFields(const EntityDef& def)
{
    QStringList names;
    for (const FieldDef& f : def.fields) {
        if (f.synced)
            names << QLatin1StringView(f.name);
    }
    return names;
}

QString SyncStore::deskUuid(qint64 localId)
{
    auto it = m_deskUuid.constFind(localId);
    if (it != m_deskUuid.constEnd())
        return *it;
    Statement st = m_db.connection().prepare("SELECT uuid FROM desk WHERE id = ?");
    st.bind(1, localId);
    const QString uuid = st.next() ? st.text(0) : QString();
    if (!uuid.isEmpty())
        m_deskUuid.insert(localId, uuid);
    return uuid;
}

qint64 SyncStore::deskId(QStringView uuid)
{
    for (auto it = m_deskUuid.constBegin(); it != m_deskUuid.constEnd(); ++it) {
        if (it.value() == uuid)
            return it.key();
    }
    const QString text = uuid.toString();
    Statement st = m_db.connection().prepare("SELECT id FROM desk WHERE uuid = ?");
    st.bind(1, text);
    const qint64 id = st.next() ? st.int64(0) : 0;
    if (id)
        m_deskUuid.insert(id, text);
    return id;
}

Result<QHash<QString, qint64>> SyncStore::deskIds()
{
    QHash<QString, qint64> ids;
    Statement st = m_db.connection().prepare("SELECT uuid, id FROM desk");
    while (st.next())
        ids.insert(st.text(0), st.int64(1));
    if (!st.ok())
        return st.error();
    return ids;
}

Status SyncStore::forEachRow(const EntityDef& def, qint64 sinceSeq,
                             const std::function<bool(const WireRow&)>& visit)
{
    Statement st = m_db.connection().prepare(wireQuery(def));
    st.bind(1, sinceSeq);
    const int fields = st.columnCount() - 5;
    auto uuidOf = [this](qint64 id) { return deskUuid(id); };
    const std::vector<bool> sealed = sealedSynced(def);
    const QStringList names = syncedFields(def);
    FieldCipher cipher(m_db);
    WireRow row;
    while (st.next()) {
        row.uuid = st.text(0);
        row.deskUuid = st.text(1);
        row.clock = WireClock::toWire({st.int64(2), st.int64(3), {}}, uuidOf);
        row.fieldClocks = WireClock::fieldsToWire(FieldClocks::parse(st.text(4)), uuidOf);
        row.values.resize(fields);
        for (int i = 0; i < fields; ++i) {
            row.values[i] = wireText(st, i + 5);
            if (!sealed[size_t(i)] || !FieldCipher::isCiphertext(st.utf8(i + 5)))
                continue;
            auto plain = cipher.open(def.table, def.fields[size_t(def.indexOf(names[i]))].name,
                                     st.utf8(0), st.utf8(i + 5));
            if (!plain)
                return plain.error();
            row.values[i] = QString::fromUtf8(*plain);
        }
        if (!visit(row))
            return Error::invalid(QStringLiteral("cancelled"));
    }
    return st.ok() ? Status() : Status(st.error());
}

Status SyncStore::forEachRawRow(const EntityDef& def, qint64 sinceSeq,
                                const std::function<bool(const RawRow&)>& visit,
                                Connection* reader)
{
    Connection& c = reader ? *reader : m_db.connection();
    Statement st = c.prepare(rawWireQuery(def));
    st.bind(1, sinceSeq);
    const int fields = st.columnCount() - 5;
    QHash<qint64, QByteArray> uuids;
    qint64 lastDesk = 0;
    QByteArrayView lastUuid; // rows mostly name one desk after another
    auto uuidOf = [&](qint64 desk) -> QByteArrayView {
        if (desk == lastDesk && desk != 0)
            return lastUuid;
        auto it = uuids.find(desk);
        if (it == uuids.end()) {
            Statement uuid = c.prepare("SELECT uuid FROM desk WHERE id = ?");
            uuid.bind(1, desk);
            it = uuids.insert(desk, uuid.next() ? uuid.utf8(0).toByteArray() : QByteArray());
        }
        lastDesk = desk;
        lastUuid = *it;
        return lastUuid;
    };
    RawRow row;
    row.cells.resize(size_t(4 + fields));
    QByteArray clock, fieldClocks;
    std::vector<QByteArray> reals(static_cast<size_t>(fields));
    const std::vector<bool> sealed = sealedSynced(def);
    const QStringList names = syncedFields(def);
    std::vector<std::unique_ptr<RefUuidCache>> refs; // of the references, by synced field
    for (const FieldDef& f : def.fields) {
        if (!f.synced)
            continue;
        refs.push_back(f.type == FieldType::Ref
                           ? std::make_unique<RefUuidCache>(c, *schema::find(QLatin1StringView(f.ref)))
                           : nullptr);
    }
    std::vector<std::array<char, kDecimalDigits>> integers(static_cast<size_t>(fields));
    std::array<char, kDecimalDigits> clockDigits;
    FieldCipher cipher(m_db);
    while (st.next()) {
        row.cells[0] = st.utf8(0);
        row.cells[1] = st.isNull(1) ? QByteArrayView() : uuidOf(st.int64(1));
        row.hlc = st.int64(2);
        clock.resize(0); // keeps its capacity
        clock.append(decimal(clockDigits.data(), row.hlc));
        clock += '@';
        clock += uuidOf(st.int64(3));
        row.cells[2] = clock;
        const QByteArrayView stored = st.utf8(4);
        WireClock::fieldsToWire(stored, fieldClocks, uuidOf);
        row.cells[3] = stored.isEmpty() ? QByteArrayView() : QByteArrayView(fieldClocks);
        for (int i = 0; i < fields; ++i) {
            QByteArrayView& cell = row.cells[size_t(4 + i)];
            if (refs[size_t(i)] && !st.isNull(5 + i)) {
                reals[size_t(i)] = refs[size_t(i)]->uuid(st.int64(5 + i));
                cell = reals[size_t(i)].isNull() ? QByteArrayView() : QByteArrayView(reals[size_t(i)]);
                continue;
            }
            if (st.isInteger(5 + i)) { // written here: SQLite would allocate its text
                cell = decimal(integers[size_t(i)].data(), st.int64(5 + i));
                continue;
            }
            if (st.isReal(5 + i)) {
                const double real = st.real(5 + i);
                if (const size_t size = RealText::shortForm(integers[size_t(i)].data(), real)) {
                    cell = QByteArrayView(integers[size_t(i)].data(), qsizetype(size));
                    continue;
                }
                reals[size_t(i)] = QByteArray::number(real, 'g', 15);
                cell = reals[size_t(i)];
            } else {
                cell = st.utf8(5 + i);
            }
            // Notes travel plain (the bundle may be sealed whole) and are sealed again on import.
            if (sealed[size_t(i)] && FieldCipher::isCiphertext(cell)) {
                auto plain = cipher.open(def.table, def.fields[size_t(def.indexOf(names[i]))].name,
                                         row.cells[0], cell);
                if (!plain)
                    return plain.error();
                reals[size_t(i)] = *plain;
                cell = reals[size_t(i)];
            }
        }
        if (!visit(row))
            return Error::invalid(QStringLiteral("cancelled"));
    }
    return st.ok() ? Status() : Status(st.error());
}

Status SyncStore::forEachTombstone(qint64 sinceSeq,
                                   const std::function<bool(const Tombstone&)>& visit)
{
    Statement st = m_db.connection().prepare(
        "SELECT entity, uuid, hlc, hlc_desk, erased FROM tombstone WHERE seq > ? ORDER BY entity, uuid");
    st.bind(1, sinceSeq);
    auto uuidOf = [this](qint64 id) { return deskUuid(id); };
    while (st.next()) {
        Tombstone t{st.text(0), st.text(1), WireClock::toWire({st.int64(2), st.int64(3), {}}, uuidOf),
                    st.int64(4) != 0};
        if (!visit(t))
            return Error::invalid(QStringLiteral("cancelled"));
    }
    return st.ok() ? Status() : Status(st.error());
}

Status SyncStore::forEachConflict(const std::function<bool(const Conflict&)>& visit, bool openOnly)
{
    Statement st = m_db.connection().prepare(
        openOnly ? "SELECT id, entity, record_uuid, field, kept_value, kept_hlc, kept_desk, lost_value, "
                   "lost_hlc, lost_desk, detected_at, resolved_at, resolution FROM conflict "
                   "WHERE resolved_at IS NULL ORDER BY id"
                 : "SELECT id, entity, record_uuid, field, kept_value, kept_hlc, kept_desk, lost_value, "
                   "lost_hlc, lost_desk, detected_at, resolved_at, resolution FROM conflict ORDER BY id");
    while (st.next()) {
        auto c = conflictValues({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                                 st.text(6), st.text(7), st.text(9), st.int64(5), st.int64(8),
                                 st.text(10), st.text(11), st.text(12)},
                                false);
        if (!c)
            return c.error();
        if (!visit(*c))
            break;
    }
    return st.ok() ? Status() : Status(st.error());
}

Result<SyncStore::Conflict> SyncStore::conflict(qint64 id)
{
    std::optional<Conflict> found;
    Status st = forEachConflict([&](const Conflict& c) {
        if (c.id == id)
            found = c;
        return !found;
    });
    if (!st.ok())
        return st.error();
    if (!found)
        return Error::notFound(QStringLiteral("There is no conflict %1.").arg(id));
    return *found;
}

Result<qint64> SyncStore::highestId(const EntityDef& def)
{
    return m_db.connection().scalar(std::string("SELECT coalesce(max(id), 0) FROM ") + def.table);
}

Result<qint64> SyncStore::maxSeq()
{
    std::string sql = "SELECT max(s) FROM (SELECT max(seq) AS s FROM tombstone";
    for (const EntityDef* def : schema::entities())
        sql += std::string(" UNION ALL SELECT max(seq) FROM ") + def->table;
    return m_db.connection().scalar(sql + ")");
}

std::optional<qint64> SyncStore::idOf(const EntityDef& def, const QString& uuid)
{
    Statement st = m_db.connection().prepare(std::string("SELECT id FROM ") + def.table
                                             + " WHERE uuid = ?");
    st.bind(1, uuid);
    if (st.next())
        return st.int64(0);
    return std::nullopt;
}

QString SyncStore::uuidOf(const EntityDef& def, qint64 id)
{
    Statement st = m_db.connection().prepare(std::string("SELECT uuid FROM ") + def.table
                                             + " WHERE id = ?");
    st.bind(1, id);
    return st.next() ? st.text(0) : QString();
}

bool SyncStore::isTombstoned(const QString& entity, const QString& uuid)
{
    Statement st = m_db.connection().prepare("SELECT 1 FROM tombstone WHERE entity = ? AND uuid = ?");
    st.bind(1, entity).bind(2, uuid);
    return st.next();
}

Result<qint64> SyncStore::insertMerged(const Record& record, const FieldClocks::Stamp& rowStamp,
                                       const FieldClocks& fieldClocks,
                                       const fieldbinding::EncodedRow* encoded)
{
    const EntityDef& def = record.def();
    Statement st = insertStatement(def, 1);
    int col = 1;
    if (encoded)
        encoded->bindExtra(st, col++);
    else
        st.bind(col++, record.uuid());
    if (def.hasDesk)
        st.bind(col++, record.deskId());
    st.bind(col++, rowStamp.hlc);
    st.bind(col++, rowStamp.desk);
    st.bind(col++, fieldClocks.isEmpty() ? QString() : fieldClocks.toString());
    st.bind(col++, m_db.tick());
    for (int i = 0; i < record.size(); ++i) {
        if (encoded && encoded->has(i)) {
            encoded->bind(st, col++, i);
            continue;
        }
        auto value = storedForm(record, i);
        if (!value)
            return value.error();
        fieldbinding::bind(st, col++, def.fields[size_t(i)], *value);
    }
    if (Status run = st.run(); !run.ok())
        return run.error();
    return m_db.connection().lastInsertId();
}

namespace {

// Rows a statement of queued inserts takes: the largest first, then the rest
// by the smaller sizes, so that any count needs few statements.
constexpr int kQueuedRows[] = {64, 16, 4, 1};

} // namespace

Status SyncStore::queueMerged(const Record& record, const FieldClocks::Stamp& rowStamp,
                              const FieldClocks& fieldClocks, fieldbinding::EncodedRow& encoded,
                              qint64 tag, qint64* faultTag)
{
    const EntityDef& def = record.def();
    if (m_queuedDef != &def && !m_queued.empty()) {
        if (Status flushed = flushQueued(faultTag); !flushed.ok())
            return flushed;
    }
    for (int i = 0; i < record.size(); ++i) {
        if (encoded.has(i))
            continue;
        auto value = storedForm(record, i);
        if (!value) {
            if (faultTag)
                *faultTag = tag;
            return value.error();
        }
        encoded.set(i, def.fields[size_t(i)], *value);
    }
    size_t extra = 1; // the uuid is the first
    if (def.hasDesk)
        encoded.setExtra(extra++, record.deskId());
    encoded.setExtra(extra++, rowStamp.hlc);
    encoded.setExtra(extra++, rowStamp.desk);
    encoded.setExtra(extra++, fieldClocks.isEmpty() ? QString() : fieldClocks.toString());
    encoded.setExtra(extra, m_db.tick());
    m_queuedDef = &def;
    m_queued.push_back({&encoded, tag});
    if (m_queued.size() < size_t(kQueuedRows[0]))
        return {};
    return flushQueued(faultTag);
}

Statement SyncStore::insertStatement(const EntityDef& def, int rows)
{
    std::string& sql = m_insertSql[{&def, rows}];
    if (sql.empty()) {
        std::string columns = def.hasDesk ? "uuid, desk_id, hlc, hlc_desk, hlc_fields, seq"
                                          : "uuid, hlc, hlc_desk, hlc_fields, seq";
        std::string marks = def.hasDesk ? "(?, ?, ?, ?, ?, ?" : "(?, ?, ?, ?, ?";
        for (const FieldDef& f : def.fields) {
            columns += std::string(", ") + f.name;
            marks += ", ?";
        }
        marks += ")";
        sql = std::string("INSERT INTO ") + def.table + "(" + columns + ") VALUES" + marks;
        for (int r = 1; r < rows; ++r)
            sql += ", " + marks;
    }
    return m_db.connection().prepare(sql);
}

void SyncStore::bindQueued(Statement& st, int first, const EntityDef& def,
                           const fieldbinding::EncodedRow& row)
{
    const size_t extras = def.hasDesk ? 6 : 5;
    int col = first;
    for (size_t e = 0; e < extras; ++e)
        row.bindExtra(st, col++, e);
    for (int i = 0; i < int(def.fields.size()); ++i)
        row.bind(st, col++, i);
}

Status SyncStore::insertQueued(size_t from, int rows, qint64* faultTag)
{
    const EntityDef& def = *m_queuedDef;
    const int columns = int(def.fields.size()) + (def.hasDesk ? 6 : 5);
    Statement st = insertStatement(def, rows);
    for (int r = 0; r < rows; ++r)
        bindQueued(st, 1 + r * columns, def, *m_queued[from + size_t(r)].row);
    const Status run = st.run();
    if (run.ok() || rows == 1) {
        if (!run.ok() && faultTag)
            *faultTag = m_queued[from].tag;
        return run;
    }
    // The statement failed whole and left nothing: the rows one by one name the one at fault.
    for (int r = 0; r < rows; ++r) {
        if (Status one = insertQueued(from + size_t(r), 1, faultTag); !one.ok())
            return one;
    }
    if (faultTag)
        *faultTag = m_queued[from].tag;
    return run;
}

Status SyncStore::flushQueued(qint64* faultTag)
{
    size_t from = 0;
    Status status;
    for (int rows : kQueuedRows) {
        while (status.ok() && m_queued.size() - from >= size_t(rows)) {
            status = insertQueued(from, rows, faultTag);
            from += size_t(rows);
        }
    }
    m_queued.clear();
    return status;
}

Status SyncStore::updateMerged(const Record& record, const std::vector<int>& changedFields,
                               const FieldClocks& fieldClocks, const FieldClocks::Stamp* rowStamp)
{
    const EntityDef& def = record.def();
    std::string sql = std::string("UPDATE ") + def.table + " SET ";
    for (int i : changedFields)
        sql += std::string(def.fields[size_t(i)].name) + " = ?, ";
    if (rowStamp)
        sql += "hlc = ?, hlc_desk = ?, ";
    sql += "hlc_fields = ?, seq = ? WHERE id = ?";
    Statement st = m_db.connection().prepare(sql);
    int col = 1;
    for (int i : changedFields) {
        auto value = storedForm(record, i);
        if (!value)
            return value.error();
        fieldbinding::bind(st, col++, def.fields[size_t(i)], *value);
    }
    if (rowStamp) {
        st.bind(col++, rowStamp->hlc);
        st.bind(col++, rowStamp->desk);
    }
    st.bind(col++, fieldClocks.isEmpty() ? QString() : fieldClocks.toString());
    st.bind(col++, m_db.tick());
    st.bind(col++, record.id());
    return st.run();
}

Status SyncStore::readClocks(const EntityDef& def, qint64 id, FieldClocks::Stamp* row,
                             FieldClocks* fields)
{
    Statement st = m_db.connection().prepare(EntitySql::of(def).clocks);
    st.bind(1, id);
    if (!st.next())
        return st.ok() ? Status(Error::notFound(QString::number(id))) : Status(st.error());
    *fields = FieldClocks::parse(st.text(0));
    *row = {st.int64(1), st.int64(2), {}};
    return {};
}

Status SyncStore::addTombstone(const QString& entity, const QString& uuid,
                               const FieldClocks::Stamp& stamp, bool erased)
{
    Statement st = m_db.connection().prepare(
        "INSERT INTO tombstone(entity, uuid, hlc, hlc_desk, erased, seq) VALUES(?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(entity, uuid) DO UPDATE SET erased = max(erased, excluded.erased)");
    st.bind(1, entity).bind(2, uuid).bind(3, stamp.hlc).bind(4, stamp.desk);
    st.bind(5, qint64(erased ? 1 : 0)).bind(6, m_db.tick());
    return st.run();
}

Result<QVariant> SyncStore::storedForm(const Record& record, int field)
{
    const EntityDef& def = record.def();
    const FieldDef& f = def.fields[size_t(field)];
    const QVariant& value = record.value(field);
    if (!FieldCipher::isSealed(def, f) || FieldCipher::isCiphertextValue(value))
        return value;
    return FieldCipher(m_db).seal(def, f, record.uuid(), value);
}

// The values of a conflict over a sealed field are sealed too, tied to the record.
Result<SyncStore::Conflict> SyncStore::conflictValues(Conflict c, bool sealing)
{
    if (!isSealedConflict(c.entity, c.field))
        return c;
    static const EntityDef conflictDef{"conflict", "conflict", "field", {}};
    static const FieldDef kept{"kept_value", FieldType::LongText};
    static const FieldDef lost{"lost_value", FieldType::LongText};
    FieldCipher cipher(m_db);
    for (auto [value, f] : {std::pair{&c.keptValue, &kept}, std::pair{&c.lostValue, &lost}}) {
        auto done = sealing ? cipher.seal(conflictDef, *f, c.recordUuid, *value)
                            : cipher.open(conflictDef, *f, c.recordUuid, *value);
        if (!done)
            return done.error();
        *value = done->toString();
    }
    return c;
}

Status SyncStore::addConflict(const Conflict& plain)
{
    auto sealed = conflictValues(plain, true);
    if (!sealed)
        return sealed.error();
    const Conflict& c = *sealed;
    Statement st = m_db.connection().prepare(
        "INSERT INTO conflict(entity, record_uuid, field, kept_value, kept_hlc, kept_desk, "
        "lost_value, lost_hlc, lost_desk, detected_at, resolved_at, resolution) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(entity, record_uuid, field, lost_hlc) DO UPDATE SET "
        "resolved_at = coalesce(resolved_at, excluded.resolved_at), "
        "resolution = coalesce(resolution, excluded.resolution)");
    st.bind(1, c.entity).bind(2, c.recordUuid).bind(3, c.field).bind(4, c.keptValue);
    st.bind(5, c.keptHlc).bind(6, c.keptDesk).bind(7, c.lostValue).bind(8, c.lostHlc);
    st.bind(9, c.lostDesk).bind(10, c.detectedAt.isEmpty() ? nowText() : c.detectedAt);
    st.bind(11, c.resolvedAt).bind(12, c.resolution);
    return st.run();
}

Status SyncStore::resolveConflicts(const QString& entity, const QString& uuid, const QString& field,
                                   qint64 keptHlc, const QString& resolution)
{
    Statement st = m_db.connection().prepare(
        "UPDATE conflict SET resolved_at = ?, resolution = ? WHERE entity = ? AND record_uuid = ? "
        "AND field = ? AND kept_hlc = ? AND resolved_at IS NULL");
    st.bind(1, nowText()).bind(2, resolution).bind(3, entity).bind(4, uuid).bind(5, field);
    st.bind(6, keptHlc);
    return st.run();
}

Status SyncStore::markResolved(qint64 id, const QString& resolution)
{
    Statement st = m_db.connection().prepare(
        "UPDATE conflict SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL");
    st.bind(1, nowText()).bind(2, resolution).bind(3, id);
    return st.run();
}

Result<qint64> SyncStore::sentSeq(const QString& peerUuid)
{
    Statement st = m_db.connection().prepare("SELECT sent_seq FROM peer WHERE desk_uuid = ?");
    st.bind(1, peerUuid);
    if (st.next())
        return st.int64(0);
    return st.ok() ? Result<qint64>(qint64(0)) : Result<qint64>(st.error());
}

Status SyncStore::setSent(const QString& peerUuid, qint64 seq)
{
    Statement st = m_db.connection().prepare(
        "INSERT INTO peer(desk_uuid, sent_seq, sent_at) VALUES(?, ?, ?) ON CONFLICT(desk_uuid) "
        "DO UPDATE SET sent_seq = max(sent_seq, excluded.sent_seq), sent_at = excluded.sent_at");
    st.bind(1, peerUuid).bind(2, seq).bind(3, nowText());
    return st.run();
}

Status SyncStore::logBundle(const QString& bundleUuid, const QString& direction, const QString& peer,
                            const QString& source, const QString& format, qint64 rows,
                            const QString& summary)
{
    Statement st = m_db.connection().prepare(
        "INSERT INTO bundle_log(bundle_uuid, direction, peer_desk, source_desk, at, format, rows, "
        "summary) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, bundleUuid).bind(2, direction).bind(3, peer).bind(4, source).bind(5, nowText());
    st.bind(6, format).bind(7, rows).bind(8, summary);
    return st.run();
}

Result<std::vector<SyncStore::HistoryEntry>> SyncStore::history(int limit)
{
    Statement st = m_db.connection().prepare(
        "SELECT bundle_uuid, direction, peer_desk, source_desk, at, format, rows FROM bundle_log "
        "ORDER BY at DESC, id DESC LIMIT ?");
    st.bind(1, limit);
    std::vector<HistoryEntry> entries;
    while (st.next())
        entries.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                           st.int64(6)});
    if (!st.ok())
        return st.error();
    return entries;
}

} // namespace percorsi
