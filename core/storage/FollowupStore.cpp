#include "core/storage/FollowupStore.h"

#include <QCoreApplication>

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FollowupStore)
};

const char* const kExisting =
    "SELECT id FROM followup WHERE placement_id = ?2"
    " OR (?2 = 0 AND person_id = ?1 AND reason = 'programme_exit' AND done_on IS NULL)"
    " ORDER BY done_on IS NULL DESC, id DESC LIMIT 1";

// The follow-up's fields first (as EntitySql's select), then who and where.
std::string dueSql()
{
    std::string sql = "SELECT f.id, f.uuid, f.desk_id";
    for (const FieldDef& f : schema::def(Entity::Followup).fields)
        sql += std::string(", f.") + f.name;
    return sql + ", p.given_name || ' ' || p.family_name, p.case_number,"
                 " coalesce(e.name, ''), coalesce(pl.type, '')"
                 " FROM followup f JOIN person p ON p.id = f.person_id"
                 " LEFT JOIN placement pl ON pl.id = f.placement_id"
                 " LEFT JOIN employer e ON e.id = pl.employer_id"
                 " WHERE f.done_on IS NULL AND f.due_on <= ?1 AND (?2 = 0 OR p.desk_id = ?2)"
                 " ORDER BY f.due_on, p.family_name, p.given_name, f.id";
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QDate FollowupStore::dueAfter(QDate left)
{
    return left.addMonths(6);
}

Result<std::optional<Record>> FollowupStore::existing(qint64 personId, qint64 placementId)
{
    Statement st = database().connection().prepare(kExisting);
    st.bind(1, personId).bind(2, placementId);
    if (!st.next())
        return st.ok() ? Result<std::optional<Record>>(std::nullopt)
                       : Result<std::optional<Record>>(st.error());
    auto found = get(schema::def(Entity::Followup), st.int64(0));
    if (!found) return found.error();
    return std::optional<Record>(*found);
}

Result<Record> FollowupStore::schedule(Record followup, QDate due)
{
    auto found = existing(followup.integer(u"person_id"), followup.integer(u"placement_id"));
    if (!found) return found.error();
    if (*found && !(*found)->isNull(u"done_on"))
        return **found; // already recorded: the result of this leaving is known
    Record target = *found ? **found : followup;
    target.set(u"due_on", iso(due));
    return target.id() ? update(target) : insert(target);
}

Result<Record> FollowupStore::scheduleForPlacement(const Record& placement, QDate endedOn)
{
    Record f(Entity::Followup);
    f.set(u"person_id", placement.integer(u"person_id"));
    f.set(u"placement_id", placement.id());
    f.set(u"reason", QStringLiteral("placement_end"));
    return schedule(f, dueAfter(endedOn));
}

Result<Record> FollowupStore::scheduleForExit(qint64 personId, QDate exitDate)
{
    Record f(Entity::Followup);
    f.set(u"person_id", personId);
    f.set(u"reason", QStringLiteral("programme_exit"));
    return schedule(f, dueAfter(exitDate));
}

Status FollowupStore::unschedule(qint64 personId, qint64 placementId)
{
    auto found = existing(personId, placementId);
    if (!found) return found.error();
    if (!*found) return {};
    if (!(*found)->isNull(u"done_on"))
        return Error::invalid(Tr::tr("Its follow-up was recorded on %1: it cannot be undone.")
                                  .arg((*found)->text(u"done_on")));
    return remove(schema::def(Entity::Followup), (*found)->id());
}

Result<std::vector<FollowupStore::Due>> FollowupStore::dueBy(QDate by, qint64 deskId)
{
    const EntityDef& def = schema::def(Entity::Followup);
    Statement st = database().connection().prepare(dueSql());
    st.bind(1, iso(by)).bind(2, deskId);
    std::vector<Due> out;
    while (st.next()) {
        Due d;
        d.followup.setId(st.int64(0));
        d.followup.setUuid(st.text(1));
        d.followup.setDeskId(st.int64(2));
        int col = 3;
        for (size_t i = 0; i < def.fields.size(); ++i, ++col)
            d.followup.set(int(i), st.isNull(col) ? QVariant() : st.value(col));
        d.name = st.text(col++);
        d.caseNumber = st.text(col++);
        d.employer = st.text(col++);
        d.placementType = st.text(col++);
        out.push_back(std::move(d));
    }
    if (!st.ok()) return st.error();
    return out;
}

Result<std::vector<Record>> FollowupStore::ofPerson(qint64 personId)
{
    return list(
        schema::def(Entity::Followup),
        {.field = "person_id", .equals = personId, .orderBy = "due_on", .descending = true});
}

Result<Record> FollowupStore::recordSituation(qint64 followupId, QDate doneOn,
                                              const QString& situation,
                                              std::optional<bool> improved, const QString& note)
{
    auto followup = get(schema::def(Entity::Followup), followupId);
    if (!followup) return followup.error();
    Record done = *followup;
    done.set(u"done_on", doneOn.isValid() ? QVariant(iso(doneOn)) : QVariant());
    done.set(u"situation", situation.isEmpty() ? QVariant() : QVariant(situation));
    done.set(u"improved", improved ? QVariant(int(*improved)) : QVariant());
    if (!note.isNull()) done.set(u"note", note.isEmpty() ? QVariant() : QVariant(note));
    return update(done);
}

} // namespace percorsi
