#include "core/security/AccessPolicy.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/storage/Database.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
};

using Role = Principal::Role;
using Action = AccessPolicy::Action;

// Who reads special-category notes besides their author.
constexpr Role kSpecialNoteReaders[] = {Role::Coordinator};

// What a trainer reads of a person: enough to call the register.
const char* const kTrainerPersonFields[] = {"case_number", "given_name", "family_name",
                                            "preferred_name"};

bool isOneOf(Role role, std::initializer_list<Role> roles)
{
    for (Role r : roles) {
        if (r == role) return true;
    }
    return false;
}

bool is(const EntityDef& def, Entity entity)
{
    return &def == &schema::def(entity);
}

} // namespace

bool AccessPolicy::isPersonScoped(const EntityDef& def)
{
    return is(def, Entity::Person) || def.indexOf(u"person_id") >= 0;
}

AccessPolicy::AccessPolicy(Database& db) : m_db(db) {}

const Principal& AccessPolicy::principal() const
{
    return m_db.principal();
}

bool AccessPolicy::allows(Role role, Action action)
{
    constexpr auto A = Role::Administrator, C = Role::Coordinator, O = Role::Operator,
                   T = Role::Trainer;
    if (role == Role::System) return true;
    switch (action) {
    case Action::ManageUsers:
    case Action::ViewAudit:
    case Action::EraseOrRestore:
        return role == A;
    case Action::ViewAggregates:
        return isOneOf(role, {A, C});
    case Action::Sync:
    case Action::RegisterPeople:
    case Action::EditPeople:
    case Action::ManagePaths:
    case Action::ManageCatalogue:
        return isOneOf(role, {A, C, O});
    case Action::RecordAttendance:
        return isOneOf(role, {A, C, O, T});
    }
    return false;
}

bool AccessPolicy::allows(Action action) const
{
    return allows(principal().role, action);
}

Error AccessPolicy::denied(const QString& what) const
{
    if (principal().role == Role::None)
        return {Error::Kind::Denied, Tr::tr("Sign in first: %1 needs an account.").arg(what)};
    return {Error::Kind::Denied,
            Tr::tr("The role %1 of %2 does not allow %3.")
                .arg(Principal::codeOf(principal().role), principal().username, what)};
}

Status AccessPolicy::require(Action action, const QString& what) const
{
    return allows(action) ? Status() : Status(denied(what));
}

bool AccessPolicy::readsAll() const
{
    return isOneOf(principal().role, {Role::System, Role::Administrator, Role::Coordinator});
}

bool AccessPolicy::trainerReads(const EntityDef& def) const
{
    return !isPersonScoped(def) || is(def, Entity::Person) || is(def, Entity::Enrolment) ||
           is(def, Entity::Attendance);
}

Status AccessPolicy::admitList(const EntityDef& def) const
{
    const Role role = principal().role;
    if (role == Role::None) return denied(Tr::tr("reading %1 records").arg(def.displayName()));
    if (role == Role::Trainer && !trainerReads(def))
        return denied(Tr::tr("reading %1 records").arg(def.displayName()));
    return {};
}

qint64 AccessPolicy::personOf(const Record& record)
{
    if (is(record.def(), Entity::Person)) return record.id();
    const int i = record.def().indexOf(u"person_id");
    return i < 0 ? 0 : record.value(i).toLongLong();
}

bool AccessPolicy::seesPerson(qint64 personId)
{
    const Principal& p = principal();
    if (readsAll()) return true;
    if (p.role == Role::Operator) {
        Statement st = m_db.connection().prepare("SELECT desk_id FROM person WHERE id = ?");
        st.bind(1, personId);
        return st.next() && st.int64(0) == p.deskId;
    }
    if (p.role == Role::Trainer) {
        Statement st =
            m_db.connection().prepare("SELECT 1 FROM enrolment e JOIN path t ON t.id = e.path_id "
                                      "WHERE e.person_id = ? AND t.trainer_id = ? LIMIT 1");
        st.bind(1, personId).bind(2, p.userId);
        return st.next();
    }
    return false;
}

bool AccessPolicy::isSpecialNote(const Record& record, int field)
{
    if (!is(record.def(), Entity::Intervention) || field != record.def().indexOf(u"note"))
        return false;
    const QString kind = record.text(u"kind");
    return kind == QLatin1String("legal") || kind == QLatin1String("psychological") ||
           kind == QLatin1String("health");
}

bool AccessPolicy::readsSpecialNote(const Record& record) const
{
    const Principal& p = principal();
    if (p.role == Role::System) return true;
    if (p.userId != 0 && record.integer(u"operator_id") == p.userId) return true;
    for (Role r : kSpecialNoteReaders) {
        if (r == p.role) return true;
    }
    return false;
}

std::vector<int> AccessPolicy::hiddenFields(const Record& stored) const
{
    std::vector<int> hidden;
    const EntityDef& def = stored.def();
    if (principal().role != Role::System && is(def, Entity::User))
        hidden.push_back(def.indexOf(u"password_hash"));
    const int note = def.indexOf(u"note");
    if (isSpecialNote(stored, note) && !readsSpecialNote(stored)) hidden.push_back(note);
    if (principal().role == Role::Trainer && is(def, Entity::Person)) {
        for (int i = 0; i < stored.size(); ++i) {
            const QLatin1StringView name(def.fields[size_t(i)].name);
            if (std::none_of(std::begin(kTrainerPersonFields), std::end(kTrainerPersonFields),
                             [&](const char* f) { return name == QLatin1StringView(f); }))
                hidden.push_back(i);
        }
    }
    return hidden;
}

bool AccessPolicy::filterRead(Record& record)
{
    const qint64 person = personOf(record);
    if (person != 0 && !seesPerson(person)) return false;
    for (int i : hiddenFields(record))
        record.set(i, QVariant());
    return true;
}

Status AccessPolicy::admitRead(Record& record)
{
    if (Status st = admitList(record.def()); !st.ok()) return st;
    if (!filterRead(record))
        return denied(Tr::tr("reading this %1 record: it belongs to a person outside your "
                             "desk or paths")
                          .arg(record.def().displayName()));
    return {};
}

bool AccessPolicy::mayWriteEntity(const EntityDef& def) const
{
    switch (principal().role) {
    case Role::System:
    case Role::Administrator:
        return true;
    case Role::Coordinator:
        return !is(def, Entity::User) && !is(def, Entity::Desk);
    case Role::Operator:
        return !is(def, Entity::User) && !is(def, Entity::Desk) && !is(def, Entity::Project) &&
               !is(def, Entity::ProjectTarget);
    case Role::Trainer:
        return is(def, Entity::Attendance) || is(def, Entity::Session);
    case Role::None:
        return false;
    }
    return false;
}

// A trainer writes the sessions and attendance of her own paths only.
bool AccessPolicy::trainerWrites(const Record& record)
{
    Statement st = m_db.connection().prepare(
        is(record.def(), Entity::Session)
            ? "SELECT trainer_id FROM path WHERE id = ?"
            : "SELECT t.trainer_id FROM session s JOIN path t ON t.id = s.path_id WHERE s.id = ?");
    st.bind(1, record.integer(is(record.def(), Entity::Session) ? u"path_id" : u"session_id"));
    return st.next() && st.int64(0) == principal().userId;
}

Status AccessPolicy::admitWrite(const Record& record, const QString& verb)
{
    const EntityDef& def = record.def();
    const QString what = Tr::tr("%1 of a %2 record").arg(verb, def.displayName());
    if (!mayWriteEntity(def)) return denied(what);
    if (principal().role == Role::Trainer && !trainerWrites(record))
        return denied(Tr::tr("%1: the session is not of one of your paths").arg(what));
    if (readsAll()) return {};
    if (principal().role == Role::Operator && is(def, Entity::Person) &&
        record.deskId() != principal().deskId)
        return denied(Tr::tr("%1: the person belongs to another desk").arg(what));
    const qint64 person = personOf(record);
    if (person != 0 && !is(def, Entity::Person) && !seesPerson(person))
        return denied(Tr::tr("%1: the person is outside your desk or paths").arg(what));
    return {};
}

Result<std::string> AccessPolicy::peopleScope() const
{
    const Principal& p = principal();
    if (readsAll()) return std::string();
    if (p.role == Role::Operator) return " AND p.desk_id = " + std::to_string(p.deskId);
    if (p.role == Role::Trainer)
        return " AND p.id IN (SELECT e.person_id FROM enrolment e JOIN path t"
               " ON t.id = e.path_id WHERE t.trainer_id = " +
               std::to_string(p.userId) + ")";
    return denied(Tr::tr("finding people"));
}

bool AccessPolicy::readsPersonDetails() const
{
    return principal().role != Role::Trainer && principal().role != Role::None;
}

} // namespace percorsi
