#include "core/storage/RecordStore.h"

#include <algorithm>
#include <numeric>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include "core/domain/Validator.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/EntitySql.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/FieldBinding.h"
#include "core/storage/Transaction.h"
#include "core/sync/FieldClocks.h"
#include "core/util/TimeOrderedUuid.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
};

// One transaction for a public write, unless the caller already holds one.
class WriteScope
{
public:
    explicit WriteScope(Database& db)
    {
        if (!db.connection().inTransaction())
            m_tx.emplace(db.connection());
    }
    Status begun() const { return m_tx && !m_tx->ok() ? Status(m_tx->error()) : Status(); }
    Status commit() { return m_tx ? m_tx->commit() : Status(); }

private:
    std::optional<Transaction> m_tx;
};

Error invalidRecord(const EntityDef& def, const Error& fields)
{
    QStringList parts;
    for (const auto& fm : fields.fieldMessages())
        parts << fm.message;
    Error e = Error::invalid(QStringLiteral("%1: %2").arg(def.displayName(),
                                                          parts.join(QStringLiteral("; "))));
    for (const auto& fm : fields.fieldMessages())
        e.addField(fm.field, fm.message);
    return e;
}

// "UNIQUE constraint failed: enrolment.path_id, enrolment.person_id" -> a sentence.
Error explainConstraint(const EntityDef& def, const Error& sqlError)
{
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: (.*)"));
    const auto m = unique.match(sqlError.message());
    if (!m.hasMatch())
        return Error(sqlError.kind(), QStringLiteral("%1: %2").arg(def.displayName(),
                                                                   sqlError.message()));
    QStringList columns;
    for (const QString& c : m.captured(1).split(QStringLiteral(", ")))
        columns << c.section(QLatin1Char('.'), 1).remove(QStringLiteral("_id"));
    return Error(Error::Kind::Conflict,
                 Tr::tr("%1: there is already one with the same %2")
                     .arg(def.displayName(), columns.join(QStringLiteral(" and "))));
}

} // namespace

RecordStore::RecordStore(Database& db) : m_db(db) {}

QDate RecordStore::today() const
{
    return m_db.today();
}

Record RecordStore::readRow(const EntityDef& def, Statement& st)
{
    Record r(def);
    r.setId(st.int64(0));
    r.setUuid(st.text(1));
    r.setDeskId(st.int64(2));
    for (int i = 0; i < r.size(); ++i)
        r.set(i, fieldbinding::read(st, i + 3, def.fields[size_t(i)]));
    return r;
}

Result<Record> RecordStore::get(const EntityDef& def, qint64 id)
{
    auto r = getUnchecked(def, id);
    if (!r)
        return r;
    if (Status st = AccessPolicy(m_db).admitRead(r.value()); !st.ok())
        return st.error();
    if (Status st = reveal(r.value(), true); !st.ok())
        return st.error();
    return r;
}

Result<Record> RecordStore::getUnchecked(const EntityDef& def, qint64 id)
{
    Statement st = m_db.connection().prepare(EntitySql::of(def).byId);
    st.bind(1, id);
    if (st.next())
        return readRow(def, st);
    if (!st.ok())
        return st.error();
    return Error::notFound(Tr::tr("There is no %1 with id %2.").arg(def.displayName()).arg(id));
}

Result<Record> RecordStore::getByUuid(const EntityDef& def, const QString& uuid)
{
    Statement st = m_db.connection().prepare(EntitySql::of(def).byUuid);
    st.bind(1, uuid);
    if (st.next()) {
        Record r = readRow(def, st);
        if (Status admitted = AccessPolicy(m_db).admitRead(r); !admitted.ok())
            return admitted.error();
        if (Status opened = reveal(r, true); !opened.ok())
            return opened.error();
        return r;
    }
    if (!st.ok())
        return st.error();
    return Error::notFound(Tr::tr("There is no %1 %2.").arg(def.displayName(), uuid));
}

Result<std::vector<Record>> RecordStore::list(const EntityDef& def, const Query& q)
{
    AccessPolicy policy(m_db);
    if (Status st = policy.admitList(def); !st.ok())
        return st.error();
    std::string sql = EntitySql::of(def).select;
    if (q.field) {
        Q_ASSERT(def.indexOf(QLatin1StringView(q.field)) >= 0 || std::string(q.field) == "desk_id");
        sql += std::string(" WHERE ") + q.field + " = ?";
    }
    const bool orderOk = q.orderBy && def.indexOf(QLatin1StringView(q.orderBy)) >= 0;
    sql += std::string(" ORDER BY ") + (orderOk ? q.orderBy : "id")
           + (q.descending ? " DESC" : "") + (orderOk ? ", id" : "");
    sql += " LIMIT " + std::to_string(q.limit) + " OFFSET " + std::to_string(q.offset);
    Statement st = m_db.connection().prepare(sql);
    if (q.field)
        st.bind(1, q.equals);
    std::vector<Record> out;
    while (st.next()) {
        Record r = readRow(def, st);
        if (!policy.filterRead(r))
            continue;
        if (Status opened = reveal(r, true); !opened.ok())
            return opened.error();
        out.push_back(std::move(r));
    }
    if (!st.ok())
        return st.error();
    return out;
}

Status RecordStore::reveal(Record& record, bool blankLocked)
{
    const EntityDef& def = record.def();
    FieldCipher cipher(m_db);
    for (int i = 0; i < record.size(); ++i) {
        const FieldDef& f = def.fields[size_t(i)];
        if (!FieldCipher::isSealed(def, f) || !FieldCipher::isCiphertextValue(record.value(i)))
            continue;
        if (!cipher.holdsKey()) {
            if (blankLocked)
                record.set(i, QVariant());
            continue;
        }
        auto plain = cipher.open(def, f, record.uuid(), record.value(i));
        if (!plain)
            return plain.error();
        record.set(i, *plain);
    }
    return {};
}

Status RecordStore::bindFields(Statement& st, int& col, const Record& record,
                               const std::vector<int>& fields)
{
    const EntityDef& def = record.def();
    FieldCipher cipher(m_db);
    for (int i : fields) {
        const FieldDef& f = def.fields[size_t(i)];
        QVariant value = record.value(i);
        if (FieldCipher::isSealed(def, f) && !FieldCipher::isCiphertextValue(value)) {
            auto sealed = cipher.seal(def, f, record.uuid(), value);
            if (!sealed)
                return sealed.error();
            value = *sealed;
        }
        fieldbinding::bind(st, col++, f, value);
    }
    return {};
}

Result<std::vector<Record>> RecordStore::list(const EntityDef& def)
{
    return list(def, Query());
}

Result<qint64> RecordStore::count(const EntityDef& def)
{
    // Counts over everyone are aggregates: those who see only some people get none.
    AccessPolicy policy(m_db);
    if (Status st = policy.admitList(def); !st.ok())
        return st.error();
    if (AccessPolicy::isPersonScoped(def)) {
        if (Status st = policy.require(AccessPolicy::Action::ViewAggregates,
                                       Tr::tr("counting %1 records").arg(def.displayName()));
            !st.ok())
            return st.error();
    }
    return m_db.connection().scalar(std::string("SELECT count(*) FROM ") + def.table);
}

QString RecordStore::labelOf(const EntityDef& def, qint64 id)
{
    Statement st = m_db.connection().prepare(std::string("SELECT ") + def.label + " FROM "
                                             + def.table + " WHERE id = ?");
    st.bind(1, id);
    return st.next() ? st.text(0) : QString();
}

const Record* RecordStore::find(Entity entity, qint64 id)
{
    const EntityDef& def = schema::def(entity);
    if (m_cache && &m_cache->def() == &def && m_cache->id() == id)
        return &*m_cache;
    // Rules look at related records whatever the principal may read.
    auto r = getUnchecked(def, id);
    if (!r) {
        m_cache.reset();
        return nullptr;
    }
    m_cache = std::move(r.value());
    return &*m_cache;
}

bool RecordStore::isEnrolled(qint64 pathId, qint64 personId)
{
    if (!m_memoizeEnrolments) {
        Statement st = m_db.connection().prepare(
            "SELECT 1 FROM enrolment WHERE path_id = ? AND person_id = ? AND status <> 'waiting'");
        st.bind(1, pathId).bind(2, personId);
        return st.next();
    }
    if (pathId != m_enrolmentsPath) {
        m_enrolled.clear();
        Statement st = m_db.connection().prepare(
            "SELECT person_id FROM enrolment WHERE path_id = ? AND status <> 'waiting'");
        st.bind(1, pathId);
        while (st.next())
            m_enrolled.insert(st.int64(0));
        m_enrolmentsPath = st.ok() ? pathId : -1;
    }
    return m_enrolled.contains(personId);
}

void RecordStore::forgetAbout(const EntityDef* def)
{
    if (!def || (m_cache && &m_cache->def() == def))
        forget();
    if (!def || def == &schema::def(Entity::Enrolment))
        m_enrolmentsPath = -1;
}

Status RecordStore::checkReferences(const Record& record, Error& error)
{
    const EntityDef& def = record.def();
    for (int i = 0; i < record.size(); ++i) {
        const FieldDef& f = def.fields[size_t(i)];
        if (f.type != FieldType::Ref || record.value(i).isNull())
            continue;
        const EntityDef* target = schema::find(QLatin1StringView(f.ref));
        Statement st = m_db.connection().prepare(EntitySql::of(*target).exists);
        st.bind(1, record.value(i).toLongLong());
        const bool found = st.next();
        if (!st.ok())
            return st.error();
        if (!found)
            error.addField(QLatin1StringView(f.name),
                           Tr::tr("%1: there is no %2 with id %3")
                               .arg(Validator::fieldLabel(f), target->displayName())
                               .arg(record.value(i).toLongLong()));
    }
    return {};
}

Status RecordStore::validate(Record& record, Validator::Prepared* prepared)
{
    Error fields;
    Validator::normalize(record, fields, prepared);
    if (fields.fieldMessages().isEmpty())
        Rules::check(record, *this, fields);
    if (!fields.fieldMessages().isEmpty())
        return invalidRecord(record.def(), fields);
    return {};
}

Error RecordStore::writeError(const Record& record, const Error& sqlError)
{
    // Foreign keys are enforced by SQLite; name the dangling reference.
    if (sqlError.message().contains(QLatin1String("FOREIGN KEY"))) {
        Error fields;
        if (checkReferences(record, fields).ok() && !fields.fieldMessages().isEmpty())
            return invalidRecord(record.def(), fields);
    }
    return explainConstraint(record.def(), sqlError);
}

Result<Record> RecordStore::insert(Record record)
{
    return insertImpl(std::move(record), false);
}

Result<Record> RecordStore::insertImpl(Record record, bool allowDerived)
{
    const EntityDef& def = record.def();
    if (def.hasDesk) {
        if (Status st = m_db.requireDesk(); !st.ok())
            return st.error();
    }
    for (int i = 0; i < record.size() && !allowDerived; ++i) {
        if (def.fields[size_t(i)].derived)
            record.set(i, QVariant());
    }
    if (Status st = validate(record); !st.ok())
        return st.error();
    if (record.uuid().isEmpty())
        record.setUuid(TimeOrderedUuid::create());
    if (def.hasDesk && record.deskId() == 0)
        record.setDeskId(m_db.localDeskId());
    if (Status st = AccessPolicy(m_db).admitWrite(record, Tr::tr("insert")); !st.ok())
        return st.error();
    forgetAbout(&def);

    WriteScope scope(m_db);
    if (Status st = scope.begun(); !st.ok())
        return st.error();
    Statement st = m_db.connection().prepare(EntitySql::of(def).insert);
    int col = 1;
    st.bind(col++, record.uuid());
    if (def.hasDesk)
        st.bind(col++, record.deskId());
    const qint64 stamp = m_db.tick();
    st.bind(col++, stamp);
    st.bind(col++, m_db.localDeskId());
    st.bind(col++, stamp); // seq
    std::vector<int> all(size_t(record.size()));
    std::iota(all.begin(), all.end(), 0);
    if (Status bound = bindFields(st, col, record, all); !bound.ok())
        return bound.error();
    if (Status run = st.run(); !run.ok())
        return writeError(record, run.error());
    record.setId(m_db.connection().lastInsertId());
    if (Status a = audit("insert", def, record.uuid()); !a.ok())
        return a.error();
    if (Status c = scope.commit(); !c.ok())
        return c.error();
    return record;
}

Result<Record> RecordStore::update(Record record)
{
    return updateImpl(std::move(record), false);
}

Result<Record> RecordStore::updateImpl(Record record, bool allowDerived)
{
    const EntityDef& def = record.def();
    auto stored = getUnchecked(def, record.id());
    if (!stored)
        return stored.error();
    if (Status st = reveal(stored.value(), false); !st.ok())
        return st.error();
    for (int i = 0; i < record.size() && !allowDerived; ++i) {
        if (def.fields[size_t(i)].derived)
            record.set(i, stored->value(i));
    }
    record.setUuid(stored->uuid());
    record.setDeskId(stored->deskId());
    if (Status st = admitUpdate(*stored, record, allowDerived); !st.ok())
        return st.error();
    if (Status st = validate(record); !st.ok())
        return st.error();
    // A note she holds no key to keeps its sealed form: she cannot blank what she never saw.
    for (int i = 0; i < record.size(); ++i) {
        if (FieldCipher::isCiphertextValue(stored->value(i)))
            record.set(i, stored->value(i));
    }
    std::vector<int> changed;
    for (int i = 0; i < record.size(); ++i) {
        if (record.value(i) != stored->value(i))
            changed.push_back(i);
    }
    if (changed.empty())
        return record;
    forgetAbout(&def);

    WriteScope scope(m_db);
    if (Status st = scope.begun(); !st.ok())
        return st.error();
    const EntitySql& sql = EntitySql::of(def);
    Statement read = m_db.connection().prepare(sql.clocks);
    read.bind(1, record.id());
    if (!read.next())
        return read.ok() ? Error::notFound(def.displayName()) : read.error();
    const FieldClocks::Stamp rowStamp{read.int64(1), read.int64(2), {}};
    FieldClocks clocks = FieldClocks::parse(read.text(0));
    const qint64 now = m_db.tick();
    std::string text = std::string("UPDATE ") + def.table + " SET ";
    for (int i : changed) {
        const FieldDef& f = def.fields[size_t(i)];
        text += std::string(f.name) + " = ?, ";
        if (!f.synced)
            continue;
        const QString name = QLatin1StringView(f.name);
        // The new value has seen the one it replaces, and all that one had seen.
        const FieldClocks::Stamp* previous = clocks.find(name);
        FieldClocks::Stamp stamp{now, m_db.localDeskId(), {}};
        stamp.absorb(previous ? *previous : rowStamp);
        clocks.set(name, stamp);
    }
    text += "hlc_fields = ?, seq = ? WHERE id = ?";
    Statement st = m_db.connection().prepare(text);
    int col = 1;
    if (Status bound = bindFields(st, col, record, changed); !bound.ok())
        return bound.error();
    st.bind(col++, clocks.isEmpty() ? QString() : clocks.toString());
    st.bind(col++, now);
    st.bind(col++, record.id());
    if (Status run = st.run(); !run.ok())
        return writeError(record, run.error());
    QStringList names;
    for (int i : changed)
        names << QLatin1StringView(def.fields[size_t(i)].name);
    if (Status a = audit("update", def, record.uuid(), names.join(QLatin1Char(','))); !a.ok())
        return a.error();
    if (Status c = scope.commit(); !c.ok())
        return c.error();
    return record;
}

// Fields she may not read keep their stored value: she cannot blank what she never saw.
// A store that sets a derived field (a password hash) sets it knowingly.
Status RecordStore::admitUpdate(const Record& stored, Record& record, bool allowDerived)
{
    AccessPolicy policy(m_db);
    const QString verb = Tr::tr("update");
    if (Status st = policy.admitWrite(stored, verb); !st.ok())
        return st;
    const std::vector<int> hidden = policy.hiddenFields(stored);
    for (int i : hidden) {
        if (!allowDerived || !record.def().fields[size_t(i)].derived)
            record.set(i, stored.value(i));
    }
    const int note = record.def().indexOf(u"note");
    if (std::find(hidden.begin(), hidden.end(), note) != hidden.end()
        && !AccessPolicy::isSpecialNote(record, note))
        return Error(Error::Kind::Denied, Tr::tr("The kind of an intervention whose note you "
                                                 "may not read cannot be changed."));
    return policy.admitWrite(record, verb);
}

Status RecordStore::audit(const char* action, const EntityDef& def, const QString& uuid,
                          const QString& detail)
{
    const Principal& p = m_db.principal();
    if (!p.isUser())
        return {}; // the application's own work is audited once, by whoever started it
    return AuditLog(m_db).append(p.auditName(), QLatin1StringView(action),
                                 QLatin1StringView(def.name), uuid, detail);
}

Status RecordStore::remove(const EntityDef& def, qint64 id)
{
    WriteScope scope(m_db);
    if (Status st = scope.begun(); !st.ok())
        return st;
    forgetAbout(nullptr);
    auto stored = getUnchecked(def, id);
    if (!stored)
        return stored.error();
    if (Status st = AccessPolicy(m_db).admitWrite(*stored, Tr::tr("delete")); !st.ok())
        return st;
    if (Status st = removeTree(def, id, m_db.tick()); !st.ok())
        return st;
    if (Status st = audit("delete", def, stored->uuid()); !st.ok())
        return st;
    return scope.commit();
}

Status RecordStore::refuseIfReferenced(const EntityDef& def, qint64 id)
{
    for (const EntityDef* other : schema::entities()) {
        for (const FieldDef& f : other->fields) {
            if (f.type != FieldType::Ref || f.owner || QLatin1StringView(f.ref) != QLatin1StringView(def.name))
                continue;
            Statement st = m_db.connection().prepare(EntitySql::countWhere(*other, f.name));
            st.bind(1, id);
            const qint64 n = st.next() ? st.int64(0) : 0;
            if (n > 0)
                return Error(Error::Kind::Conflict,
                             Tr::tr("This %1 cannot be deleted: %2 %3 record(s) refer to it.")
                                 .arg(def.displayName())
                                 .arg(n)
                                 .arg(other->displayName()));
        }
    }
    return {};
}

Status RecordStore::removeTree(const EntityDef& def, qint64 id, qint64 stamp)
{
    auto record = getUnchecked(def, id);
    if (!record)
        return record.error();
    if (Status st = refuseIfReferenced(def, id); !st.ok())
        return st;
    const auto& all = schema::entities();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        for (const FieldDef& f : (*it)->fields) {
            if (!f.owner || QLatin1StringView(f.ref) != QLatin1StringView(def.name))
                continue;
            Statement children = m_db.connection().prepare(
                std::string("SELECT id FROM ") + (*it)->table + " WHERE " + f.name + " = ?");
            children.bind(1, id);
            std::vector<qint64> ids;
            while (children.next())
                ids.push_back(children.int64(0));
            for (qint64 child : ids) {
                if (Status st = removeTree(**it, child, stamp); !st.ok())
                    return st;
            }
        }
    }
    Statement del = m_db.connection().prepare(EntitySql::of(def).remove);
    del.bind(1, id);
    if (Status st = del.run(); !st.ok())
        return st;
    Statement tomb = m_db.connection().prepare(
        "INSERT OR REPLACE INTO tombstone(entity, uuid, hlc, hlc_desk, seq) VALUES(?, ?, ?, ?, ?)");
    tomb.bind(1, def.name).bind(2, record->uuid()).bind(3, stamp).bind(4, m_db.localDeskId());
    tomb.bind(5, stamp);
    return tomb.run();
}

} // namespace percorsi
