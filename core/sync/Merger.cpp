#include "core/sync/Merger.h"

#include "core/domain/Validator.h"
#include "core/storage/Database.h"
#include "core/storage/Erasure.h"
#include "core/storage/RecordStore.h"
#include "core/sync/WireClock.h"

namespace percorsi {

struct Merger::Incoming
{
    Incoming(const EntityDef& d, const Validator::Prepared* p) : record(d), prepared(p) {}
    Record record;
    const Validator::Prepared* prepared;
    FieldClocks::Stamp rowStamp;
    FieldClocks fieldClocks;
    FieldClocks::Stamp stampOf(const QString& field) const
    {
        const FieldClocks::Stamp* s = fieldClocks.find(field);
        return s ? *s : rowStamp;
    }
};

Merger::Merger(Database& db) : m_db(db), m_store(db), m_records(db)
{
    m_records.memoizeEnrolments();
}

bool Merger::isTombstoned(const QString& entity, const QString& uuid)
{
    if (!m_anyTombstones) {
        auto n = m_db.connection().scalar("SELECT EXISTS (SELECT 1 FROM tombstone)");
        m_anyTombstones = !n || *n != 0;
    }
    return *m_anyTombstones && m_store.isTombstoned(entity, uuid);
}

std::optional<qint64> Merger::idOf(const EntityDef& def, const QString& uuid)
{
    if (const auto found = m_ids.find(kindOf(def), uuid))
        return found;
    auto id = m_store.idOf(def, uuid);
    if (id)
        remember(def, uuid, *id);
    return id;
}

// Memory stays flat in bundle size: the map has a fixed size.
void Merger::remember(const EntityDef& def, const QString& uuid, qint64 id)
{
    m_ids.insert(kindOf(def), uuid, id);
}

int Merger::kindOf(const EntityDef& def)
{
    static const std::unordered_map<const EntityDef*, int> kinds = [] {
        std::unordered_map<const EntityDef*, int> map;
        for (const EntityDef* e : schema::entities())
            map.emplace(e, int(map.size()));
        return map;
    }();
    const auto it = kinds.find(&def);
    return it == kinds.end() ? -1 : it->second;
}

// Whether any entity refers to this one: the ids of those that none refers to
// (attendance marks, a million of them) would only push out of memory the ids
// the next rows look up.
bool Merger::isReferenced(const EntityDef& def)
{
    static const std::unordered_map<const EntityDef*, bool> referenced = [] {
        std::unordered_map<const EntityDef*, bool> map;
        for (const EntityDef* e : schema::entities())
            map[e] = false;
        for (const EntityDef* e : schema::entities()) {
            for (const FieldDef& f : e->fields) {
                if (f.type == FieldType::Ref && f.ref)
                    map[schema::find(QLatin1StringView(f.ref))] = true;
            }
        }
        return map;
    }();
    const auto it = referenced.find(&def);
    return it == referenced.end() || it->second;
}

bool Merger::later(const FieldClocks::Stamp& a, const FieldClocks::Stamp& b)
{
    if (a.hlc != b.hlc)
        return a.hlc > b.hlc;
    return m_store.deskUuid(a.desk) > m_store.deskUuid(b.desk);
}

// A value as a conflict keeps it: references by uuid, as in bundles.
QString Merger::valueText(const FieldDef& field, const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (field.type == FieldType::Ref)
        return m_store.uuidOf(*schema::find(QLatin1StringView(field.ref)), v.toLongLong());
    return v.toString();
}

Result<bool> Merger::buildRecord(const EntityDef& def, const SyncStore::WireRow& row, Incoming& in)
{
    auto deskIdOf = [this](QStringView uuid) { return m_store.deskId(uuid); };
    QString problem;
    auto rowStamp = WireClock::fromWire(row.clock, deskIdOf, &problem);
    auto fieldClocks = rowStamp ? WireClock::fieldsFromWire(row.fieldClocks, deskIdOf, &problem)
                                : std::nullopt;
    if (!rowStamp || !fieldClocks)
        return Error::invalid(problem);
    in.rowStamp = *rowStamp;
    in.fieldClocks = *fieldClocks;
    m_db.observe(in.rowStamp.hlc);
    for (const auto& [field, stamp] : in.fieldClocks.stamps()) {
        if (!def.field(field) || !def.field(field)->synced)
            return Error::invalid(QStringLiteral("a clock names the field '%1', which a %2 does not have")
                                      .arg(field, def.displayName()));
        m_db.observe(stamp.hlc);
    }
    in.record.setUuid(row.uuid);
    if (def.hasDesk) {
        const qint64 desk = m_store.deskId(row.deskUuid);
        if (desk == 0)
            return Error::invalid(QStringLiteral("desk %1 is not in the bundle").arg(row.deskUuid));
        in.record.setDeskId(desk);
    }
    // The wire's values are the synced fields in the order of the definition:
    // each is set by its index, without a search of the fields by name.
    qsizetype wire = 0;
    for (int index = 0; index < int(def.fields.size()); ++index) {
        const FieldDef& f = def.fields[size_t(index)];
        if (!f.synced)
            continue;
        static const QString kMissing;
        const QString& text = wire < row.values.size() ? row.values.at(wire) : kMissing;
        ++wire;
        if (in.prepared && in.prepared->has(index))
            continue; // set by the validation, from the value normalized ahead
        if (text.isNull())
            continue;
        if (f.type != FieldType::Ref) {
            in.record.set(index, text);
            continue;
        }
        const EntityDef& target = *schema::find(QLatin1StringView(f.ref));
        if (auto id = idOf(target, text)) {
            in.record.set(index, *id);
        } else if (isTombstoned(QLatin1StringView(target.name), text)) {
            if (f.owner)
                return false; // its owner was deleted: so is it
        } else {
            return Error::invalid(QStringLiteral("%1 refers to %2 %3, which is neither in the bundle "
                                                 "nor in this database")
                                      .arg(QLatin1StringView(f.name), target.displayName(), text));
        }
    }
    return true;
}

Status Merger::knowDesk(const QString& uuid, const QStringList& values)
{
    const EntityDef& def = schema::def(Entity::Desk);
    if (m_store.deskId(uuid) != 0)
        return {};
    Record desk(def);
    desk.setUuid(uuid);
    const QStringList fields = SyncStore::syncedFields(def);
    for (int i = 0; i < fields.size(); ++i)
        desk.set(fields[i], values.value(i));
    desk.set(u"next_case", qint64(1));
    if (Status st = m_records.validate(desk); !st.ok())
        return st;
    // A stamp of 0 yields to whatever the bundle says of this desk.
    auto id = m_store.insertMerged(desk, {0, 0, {}}, FieldClocks());
    return id ? Status() : Status(id.error());
}

bool Merger::startedEmpty(const EntityDef& def)
{
    // Desks are inserted by knowDesk() before their rows come: never counted empty.
    if (def.table == std::string_view("desk"))
        return false;
    auto [it, first] = m_startedEmpty.try_emplace(&def, false);
    if (first) {
        auto none = m_db.connection().scalar(std::string("SELECT NOT EXISTS (SELECT 1 FROM ") +
                                             def.table + ")");
        it->second = none && *none != 0;
        if (it->second && !m_inserted) {
            // About 16 bits a row (one false "perhaps" in 400), up to 8 MB.
            int log2Bits = 12;
            while (log2Bits < 26 && (qint64(1) << log2Bits) < 16 * m_expectedRows)
                ++log2Bits;
            m_inserted.emplace(log2Bits);
        }
    }
    return it->second;
}

Validator::Prepared Merger::prepare(const EntityDef& def, const QStringList& wireValues)
{
    Validator::Prepared prepared;
    const size_t n = def.fields.size();
    prepared.done.assign(n, 0);
    prepared.values.resize(n);
    prepared.messages.resize(n);
    qsizetype wire = 0;
    for (size_t index = 0; index < n; ++index) {
        const FieldDef& f = def.fields[index];
        if (!f.synced)
            continue;
        const QString text = wireValues.value(wire++);
        if (f.type == FieldType::Ref)
            continue; // looked up in the database
        prepared.values[index] = Validator::normalizeField(
            f, text.isNull() ? QVariant() : QVariant(text), &prepared.messages[index]);
        prepared.done[index] = 1;
    }
    return prepared;
}

Status Merger::applyRow(const EntityDef& def, const SyncStore::WireRow& row,
                        const Validator::Prepared* prepared)
{
    const QString entity = QLatin1StringView(def.name);
    if (isTombstoned(entity, row.uuid)) {
        ++m_stats.skipped;
        return {};
    }
    Incoming in(def, prepared);
    auto built = buildRecord(def, row, in);
    if (!built)
        return built.error();
    if (!*built) {
        ++m_stats.skipped;
        return m_store.addTombstone(entity, row.uuid, in.rowStamp, false);
    }
    const bool unseen = startedEmpty(def) && !m_inserted->mayContain(row.uuid);
    const auto id = unseen ? std::nullopt : idOf(def, row.uuid);
    const Status merged = id ? mergeExisting(in, *id) : insertNew(in);
    m_records.forgetAbout(&def); // its rule checks must not see this record as it was
    return merged;
}

Status Merger::insertNew(Incoming& in)
{
    if (in.record.def().field(u"next_case"))
        in.record.set(u"next_case", qint64(1));
    if (Status st = m_records.validate(in.record, in.prepared); !st.ok())
        return st;
    auto id = m_store.insertMerged(in.record, in.rowStamp, in.fieldClocks);
    if (!id)
        return id.error();
    if (isReferenced(in.record.def()))
        remember(in.record.def(), in.record.uuid(), *id);
    if (startedEmpty(in.record.def()))
        m_inserted->add(in.record.uuid());
    ++m_stats.inserted;
    return {};
}

Status Merger::mergeExisting(Incoming& in, qint64 id)
{
    const EntityDef& def = in.record.def();
    auto local = m_records.get(def, id);
    if (!local)
        return local.error();
    FieldClocks::Stamp localRow;
    FieldClocks localClocks;
    if (Status st = m_store.readClocks(def, id, &localRow, &localClocks); !st.ok())
        return st;
    Error normalizing;
    Validator::normalize(in.record, normalizing, in.prepared);
    if (!normalizing.fieldMessages().isEmpty())
        return Error::invalid(normalizing.fieldMessages().first().message);

    if (localRow.hlc == 0) {
        // A desk made known by knowDesk(): the bundle's record is the first word on it.
        in.record.setId(id);
        in.record.set(u"next_case", local->value(u"next_case"));
        std::vector<int> all;
        for (int i = 0; i < in.record.size(); ++i) {
            if (def.fields[size_t(i)].synced)
                all.push_back(i);
        }
        ++m_stats.updated;
        return m_store.updateMerged(in.record, all, in.fieldClocks, &in.rowStamp);
    }
    Record merged = local.value();
    FieldClocks clocks = localClocks;
    std::vector<int> changed;
    bool stampsChanged = false;
    for (int i = 0; i < merged.size(); ++i) {
        const FieldDef& f = def.fields[size_t(i)];
        if (!f.synced)
            continue;
        const QString name = QLatin1StringView(f.name);
        const FieldClocks::Stamp* own = localClocks.find(name);
        const FieldClocks::Stamp sl = own ? *own : localRow;
        const FieldClocks::Stamp si = in.stampOf(name);
        if (si.hlc == sl.hlc && si.desk == sl.desk)
            continue;
        const QVariant& vi = in.record.value(i);
        const QVariant& vl = merged.value(i);
        const bool takeIncoming = si.hasSeen(sl) || (!sl.hasSeen(si) && later(si, sl));
        if (sl.hasSeen(si) && !si.hasSeen(sl))
            continue; // the local value already follows the incoming one
        FieldClocks::Stamp result = takeIncoming ? si : sl;
        const bool concurrent = !si.hasSeen(sl) && !sl.hasSeen(si);
        if (concurrent) {
            result.absorb(takeIncoming ? sl : si);
            if (vi != vl) {
                const FieldClocks::Stamp& lost = takeIncoming ? sl : si;
                if (Status st = m_store.addConflict(
                        {0, QLatin1StringView(def.name), merged.uuid(), name,
                         valueText(f, takeIncoming ? vi : vl), m_store.deskUuid(result.desk),
                         valueText(f, takeIncoming ? vl : vi), m_store.deskUuid(lost.desk), result.hlc,
                         lost.hlc, {}, {}, {}});
                    !st.ok())
                    return st;
                ++m_stats.conflicts;
            }
        }
        clocks.set(name, result);
        stampsChanged = true;
        if (takeIncoming && vi != vl) {
            merged.set(i, vi);
            changed.push_back(i);
        }
    }
    if (!stampsChanged) {
        ++m_stats.unchanged;
        return {};
    }
    if (!changed.empty()) {
        if (Status st = m_records.validate(merged); !st.ok())
            return st;
    }
    if (Status st = m_store.updateMerged(merged, changed, clocks); !st.ok())
        return st;
    ++(changed.empty() ? m_stats.unchanged : m_stats.updated);
    return {};
}

Status Merger::applyTombstone(const SyncStore::Tombstone& t)
{
    m_records.forgetAbout(nullptr); // a deletion may cascade to any entity
    const EntityDef* def = schema::find(t.entity);
    if (!def)
        return Error::invalid(QStringLiteral("a tombstone names the entity '%1', which does not exist")
                                  .arg(t.entity));
    QString problem;
    auto stamp = WireClock::fromWire(t.clock, [this](QStringView u) { return m_store.deskId(u); },
                                     &problem);
    if (!stamp)
        return Error::invalid(problem);
    m_db.observe(stamp->hlc);
    m_ids.clear();
    std::vector<Erasure::RecordRef> erased;
    if (auto id = m_store.idOf(*def, t.uuid)) {
        if (t.erased) {
            auto records = Erasure(m_db).subtree(*def, *id);
            if (!records)
                return records.error();
            erased = std::move(records.value());
        }
        if (Status st = m_records.remove(*def, *id); !st.ok())
            return st;
        ++m_stats.deleted;
    }
    m_anyTombstones = true;
    if (Status st = m_store.addTombstone(t.entity, t.uuid, *stamp, t.erased); !st.ok())
        return st;
    if (!t.erased)
        return {};
    ++m_stats.erased;
    erased.push_back({t.entity, t.uuid});
    return Erasure(m_db).forget(erased);
}

Status Merger::applyConflict(const SyncStore::Conflict& conflict)
{
    // A conflict about an erased record would bring her values back.
    if (Erasure(m_db).isErased(conflict.entity, conflict.recordUuid))
        return {};
    return m_store.addConflict(conflict);
}

} // namespace percorsi
