#include "core/sync/Merger.h"

#include "core/domain/Validator.h"
#include "core/storage/Database.h"
#include "core/storage/Erasure.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/RecordStore.h"
#include "core/sync/WireClock.h"
#include "core/util/Prefetch.h"

namespace percorsi {

struct Merger::Incoming
{
    // The record takes the staged values and uuid as its own, and gives them
    // back when done: they are freed, or filled again, on the thread that
    // staged them. A copy of the uuid would write to its memory here.
    Incoming(const EntityDef& d, Staged& s)
        : record(d, std::move(s.prepared.values)), prepared(&s.prepared), staged(s)
    {
        record.swapUuid(s.row.uuid);
    }
    ~Incoming()
    {
        staged.prepared.values = record.takeValues();
        record.swapUuid(staged.row.uuid);
    }
    Incoming(const Incoming&) = delete;
    Incoming& operator=(const Incoming&) = delete;
    Record record;
    Validator::Prepared* prepared;
    Staged& staged;
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

std::optional<qint64> Merger::idOf(const EntityDef& def, const QString& uuid,
                                   const std::optional<UuidIdMap::Bits>& bits)
{
    if (!bits)
        return m_store.idOf(def, uuid); // not canonical: only SQLite compares it
    if (const auto found = m_ids.find(kindOf(def), *bits))
        return found;
    auto id = m_store.idOf(def, uuid);
    if (id)
        remember(def, bits, *id);
    return id;
}

// Memory stays flat in bundle size: the map has a fixed size.
void Merger::remember(const EntityDef& def, const std::optional<UuidIdMap::Bits>& bits, qint64 id)
{
    if (bits)
        m_ids.insert(kindOf(def), *bits, id);
}

void Merger::Staged::release()
{
    // The row's strings stay: stage() hands them back to the reader.
    for (QVariant& v : prepared.values)
        v = QVariant();
    for (QString& m : prepared.messages)
        m = QString();
    clock.desk = {};
    clock.seen.clear();
    fieldClocks.clear();
    clockProblem = QString();
    fieldClockProblem = QString();
}

int Merger::DeskSlots::slotOf(QStringView uuid)
{
    for (size_t i = 0; i < m_uuids.size(); ++i) {
        if (QStringView(m_uuids[i]) == uuid)
            return int(i);
    }
    if (m_uuids.size() >= 4096)
        return -1; // beyond any real bundle: found by text instead
    m_uuids.push_back(uuid.toString());
    return int(m_uuids.size() - 1);
}

qint64 Merger::deskIdOf(int slot, QStringView uuid)
{
    if (slot < 0)
        return deskIdOf(uuid);
    if (size_t(slot) < m_slotIds.size() && m_slotIds[size_t(slot)] != 0)
        return m_slotIds[size_t(slot)];
    const qint64 id = deskIdOf(uuid);
    if (size_t(slot) >= m_slotIds.size())
        m_slotIds.resize(size_t(slot) + 1, 0);
    m_slotIds[size_t(slot)] = id;
    return id;
}

const std::vector<const EntityDef*>& Merger::targets(const EntityDef& def)
{
    static const std::unordered_map<const EntityDef*, std::vector<const EntityDef*>> all = [] {
        std::unordered_map<const EntityDef*, std::vector<const EntityDef*>> map;
        for (const EntityDef* e : schema::entities()) {
            auto& t = map[e];
            for (const FieldDef& f : e->fields)
                t.push_back(f.type == FieldType::Ref && f.ref ? schema::find(QLatin1StringView(f.ref)) : nullptr);
        }
        return map;
    }();
    static const std::vector<const EntityDef*> none;
    const auto it = all.find(&def);
    return it == all.end() ? none : it->second;
}

void Merger::prefetch(const EntityDef& def, const Staged& staged, bool deep) const
{
    if (!deep)
        return prefetchBytes(&staged, sizeof(staged));
    // What merging the row reads of it first: its values, marks and the uuid.
    prefetchBytes(staged.prepared.values.data(), staged.prepared.values.size() * sizeof(QVariant));
    prefetchBytes(staged.prepared.done.data(), staged.prepared.done.size());
    prefetchBytes(staged.prepared.messages.data(), staged.prepared.messages.size() * sizeof(QString));
    prefetchBytes(staged.refs.data(), staged.refs.size() * sizeof(staged.refs[0]));
    prefetchBytes(staged.row.uuid.constData(), size_t(staged.row.uuid.size()) * sizeof(QChar));
    staged.encoded.prefetch();
    if (m_inserted)
        m_inserted->prefetch(staged.bloomHash);
    const auto& to = targets(def);
    for (size_t i = 0; i < staged.refs.size() && i < to.size(); ++i) {
        if (staged.refs[i] && to[i])
            m_ids.prefetch(kindOf(*to[i]), *staged.refs[i]);
    }
}

qint64 Merger::deskIdOf(QStringView uuid)
{
    for (const auto& [known, id] : m_desks) {
        if (known.size() == uuid.size() && QStringView(known) == uuid)
            return id;
    }
    const qint64 id = m_store.deskId(uuid);
    if (id != 0)
        m_desks.emplace_back(uuid.toString(), id);
    return id;
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

Result<bool> Merger::buildRecord(const EntityDef& def, Staged& staged, Incoming& in)
{
    const SyncStore::WireRow& row = staged.row;
    const auto deskIdOf = [this](QStringView uuid) { return this->deskIdOf(uuid); };
    QString problem = staged.clockProblem;
    // The stamp's own desk by the number the reader gave it; the desks it has seen by text.
    const QStringView clockDesk = staged.clock.desk;
    const int clockSlot = staged.clockDeskSlot;
    const auto clockDeskIdOf = [this, clockDesk, clockSlot](QStringView uuid) {
        const bool own = uuid.data() == clockDesk.data() && uuid.size() == clockDesk.size();
        return this->deskIdOf(own ? clockSlot : -1, uuid);
    };
    auto rowStamp = problem.isEmpty() ? WireClock::resolve(staged.clock, clockDeskIdOf, &problem)
                                      : std::nullopt;
    if (!rowStamp)
        return Error::invalid(problem);
    if (!staged.fieldClockProblem.isEmpty())
        return Error::invalid(staged.fieldClockProblem);
    in.rowStamp = std::move(*rowStamp);
    m_db.observe(in.rowStamp.hlc);
    for (const auto& [index, parsed] : staged.fieldClocks) {
        auto stamp = WireClock::resolve(parsed, deskIdOf, &problem);
        if (!stamp)
            return Error::invalid(problem);
        m_db.observe(stamp->hlc);
        in.fieldClocks.set(QLatin1StringView(def.fields[size_t(index)].name), std::move(*stamp));
    }
    if (def.hasDesk) {
        const qint64 desk = this->deskIdOf(staged.deskSlot, row.deskUuid);
        if (desk == 0)
            return Error::invalid(QStringLiteral("desk %1 is not in the bundle").arg(row.deskUuid));
        in.record.setDeskId(desk);
    }
    // Only references are left: stage() normalized every other synced field.
    // The wire's values are the synced fields in the order of the definition.
    const auto& to = targets(def);
    qsizetype wire = 0;
    for (int index = 0; index < int(def.fields.size()); ++index) {
        const FieldDef& f = def.fields[size_t(index)];
        if (!f.synced)
            continue;
        const qsizetype at = wire++;
        if (f.type != FieldType::Ref || at >= row.values.size() || row.values.at(at).isNull())
            continue;
        const QString& text = row.values.at(at);
        const EntityDef& target = *to[size_t(index)];
        if (auto id = idOf(target, text, staged.refs[size_t(index)])) {
            in.record.set(index, *id);
            if (staged.prepared.has(index))
                staged.encoded.setInteger(index, *id);
        } else if (isTombstoned(QLatin1StringView(target.name), text)) {
            if (f.owner)
                return false; // its owner was deleted: so is it
            // As if the bundle named none.
            QString& message = staged.prepared.messages[size_t(index)];
            in.record.set(index, Validator::normalizeField(f, QVariant(), &message));
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
    if (Status held = flush(); !held.ok())
        return held;
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

void Merger::stage(const EntityDef& def, QStringList& cells, Staged& s, DeskSlots* desks,
                   const DataKey* sealKey)
{
    Q_ASSERT(cells.size() >= 4);
    // The cells take the row's strings of before in exchange, for the reader
    // to write the next line into their memory.
    SyncStore::WireRow& r = s.row; // the views below point into its strings
    r.uuid.swap(cells[0]);
    r.deskUuid.swap(cells[1]);
    r.clock.swap(cells[2]);
    r.fieldClocks.swap(cells[3]);
    r.values.resize(cells.size() - 4);
    for (qsizetype i = 4; i < cells.size(); ++i)
        r.values[i - 4].swap(cells[i]);
    const size_t n = def.fields.size();
    s.prepared.done.assign(n, 0);
    s.prepared.values.assign(n, QVariant());
    s.prepared.messages.assign(n, QString());
    s.refs.assign(n, std::nullopt);
    s.encoded.reset(n);
    s.encoded.setExtra(r.uuid);
    s.clock.hlc = 0;
    s.clock.desk = {};
    s.clock.seen.clear();
    s.fieldClocks.clear();
    s.clockProblem.clear();
    s.fieldClockProblem.clear();
    qsizetype wire = 0;
    for (size_t index = 0; index < n; ++index) {
        const FieldDef& f = def.fields[index];
        if (!f.synced)
            continue;
        const QString text = r.values.value(wire++);
        QVariant& value = s.prepared.values[index];
        QString& message = s.prepared.messages[index];
        if (f.type == FieldType::Ref && !text.isNull()) {
            // Looked up in the database by buildRecord(); an id found there is
            // its own normal form, unless the field has a range to check.
            s.refs[index] = UuidIdMap::parse(text);
            s.prepared.done[index] = f.min == f.max ? 1 : 0;
            continue;
        }
        value = Validator::normalizeField(f, text.isNull() ? QVariant() : QVariant(text), &message);
        s.prepared.done[index] = 1;
        if (!message.isEmpty())
            continue;
        if (!FieldCipher::isSealed(def, f))
            s.encoded.set(int(index), f, value);
        else if (sealKey) // as SyncStore::storedForm() would, without the database
            s.encoded.set(int(index), f,
                          FieldCipher::isCiphertextValue(value)
                              ? value
                              : FieldCipher::seal(*sealKey, def, f, r.uuid, value));
    }
    s.key = UuidIdMap::parse(r.uuid);
    s.bloomHash = BloomFilter::hash(r.uuid);
    if (auto clock = WireClock::parse(r.clock, &s.clockProblem))
        s.clock = std::move(*clock);
    s.deskSlot = desks && def.hasDesk ? desks->slotOf(r.deskUuid) : -1;
    s.clockDeskSlot = desks && s.clockProblem.isEmpty() ? desks->slotOf(s.clock.desk) : -1;
    for (QStringView item : QStringView(r.fieldClocks).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(u':');
        if (colon <= 0) {
            s.fieldClockProblem = QStringLiteral("'%1' is not a field clock").arg(item.toString());
            break;
        }
        auto stamp = WireClock::parse(item.mid(colon + 1), &s.fieldClockProblem);
        if (!stamp)
            break;
        const QStringView name = item.left(colon);
        const int index = def.indexOf(name);
        if (index < 0 || !def.fields[size_t(index)].synced) {
            s.fieldClockProblem = QStringLiteral("a clock names the field '%1', which a %2 does not have")
                                      .arg(name.toString(), def.displayName());
            break;
        }
        s.fieldClocks.emplace_back(index, std::move(*stamp));
    }
}

Status Merger::flush()
{
    return m_store.hasQueued() ? m_store.flushQueued(&m_faultLine) : Status();
}

Status Merger::applyRow(const EntityDef& def, Staged& staged)
{
    m_faultLine = m_line = 0;
    return applyStaged(def, staged, false);
}

Status Merger::applyRow(const EntityDef& def, Staged& staged, qint64 line)
{
    m_faultLine = m_line = line;
    const Status st = applyStaged(def, staged, true);
    if (st.ok() || !m_store.hasQueued())
        return st;
    // The rows held back came before this one: a fault among them is the one to name.
    if (Status held = flush(); !held.ok())
        return held;
    m_faultLine = line;
    return st;
}

Status Merger::applyStaged(const EntityDef& def, Staged& staged, bool mayHold)
{
    // Rows held back are inserted before anything may look for them: the
    // rules of another entity, a search by uuid, a write of another kind.
    if (m_store.hasQueued() && m_store.queuedEntity() != &def) {
        if (Status held = flush(); !held.ok())
            return held;
    }
    const SyncStore::WireRow& row = staged.row;
    const QString entity = QLatin1StringView(def.name);
    if (isTombstoned(entity, row.uuid)) {
        ++m_stats.skipped;
        return {};
    }
    Incoming in(def, staged);
    auto built = buildRecord(def, staged, in);
    if (!built)
        return built.error();
    if (!*built) {
        ++m_stats.skipped;
        return m_store.addTombstone(entity, in.record.uuid(), in.rowStamp, false);
    }
    const bool unseen = startedEmpty(def) && !m_inserted->mayContain(staged.bloomHash);
    const bool hold = mayHold && unseen && !isReferenced(def);
    if (!hold) {
        if (Status held = flush(); !held.ok())
            return held;
    }
    const auto id = unseen ? std::nullopt : idOf(def, in.record.uuid(), staged.key);
    const Status merged = id ? mergeExisting(in, *id) : insertNew(in, hold);
    m_records.forgetAbout(&def); // its rule checks must not see this record as it was
    return merged;
}

Status Merger::insertNew(Incoming& in, bool hold)
{
    if (in.record.def().field(u"next_case"))
        in.record.set(u"next_case", qint64(1));
    if (Status st = m_records.validate(in.record, in.prepared); !st.ok())
        return st;
    if (hold) {
        if (Status st = m_store.queueMerged(in.record, in.rowStamp, in.fieldClocks,
                                            in.staged.encoded, m_line, &m_faultLine);
            !st.ok())
            return st;
        m_inserted->add(in.staged.bloomHash);
        ++m_stats.inserted;
        return {};
    }
    auto id = m_store.insertMerged(in.record, in.rowStamp, in.fieldClocks, &in.staged.encoded);
    if (!id)
        return id.error();
    if (isReferenced(in.record.def()))
        remember(in.record.def(), in.staged.key, *id);
    if (startedEmpty(in.record.def()))
        m_inserted->add(in.staged.bloomHash);
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
    if (Status held = flush(); !held.ok())
        return held;
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
    m_desks.clear();
    m_slotIds.clear();
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
    if (Status held = flush(); !held.ok())
        return held;
    // A conflict about an erased record would bring her values back.
    if (Erasure(m_db).isErased(conflict.entity, conflict.recordUuid))
        return {};
    return m_store.addConflict(conflict);
}

} // namespace percorsi
