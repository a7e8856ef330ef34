#include "core/storage/PathStore.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathStore)
};

// The path's fields first (as EntitySql's select), then the figures.
std::string summarySql(const char* where)
{
    std::string sql = "SELECT p.id, p.uuid, p.desk_id";
    for (const FieldDef& f : schema::def(Entity::Path).fields)
        sql += std::string(", p.") + f.name;
    sql += ", coalesce(pr.name, ''), coalesce(pr.funder, ''), coalesce(u.full_name, ''),"
           " (SELECT count(*) FROM enrolment e WHERE e.path_id = p.id AND e.status = 'enrolled'),"
           " (SELECT count(*) FROM enrolment e WHERE e.path_id = p.id AND e.status = 'waiting'),"
           " (SELECT count(*) FROM enrolment e WHERE e.path_id = p.id AND e.status = 'completed'),"
           " (SELECT count(*) FROM enrolment e WHERE e.path_id = p.id AND e.status = 'withdrawn'),"
           " (SELECT count(*) FROM session s WHERE s.path_id = p.id AND s.cancelled = 0)"
           " FROM path p LEFT JOIN project pr ON pr.id = p.project_id"
           " LEFT JOIN app_user u ON u.id = p.trainer_id ";
    return sql + where;
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

PathStore::Summary PathStore::readSummary(Statement& st)
{
    Summary s;
    s.path.setId(st.int64(0));
    s.path.setUuid(st.text(1));
    s.path.setDeskId(st.int64(2));
    int col = 3;
    for (int i = 0; i < s.path.size(); ++i, ++col)
        s.path.set(i, st.isNull(col) ? QVariant() : st.value(col));
    s.project = st.text(col++);
    s.funder = st.text(col++);
    s.trainer = st.text(col++);
    s.enrolled = int(st.int64(col++));
    s.waiting = int(st.int64(col++));
    s.completed = int(st.int64(col++));
    s.withdrawn = int(st.int64(col++));
    s.sessions = int(st.int64(col++));
    return s;
}

Result<std::vector<PathStore::Summary>> PathStore::catalogue(qint64 trainerId)
{
    Statement st = database().connection().prepare(
        summarySql("ORDER BY coalesce(p.trainer_id = ?1, 0) DESC, p.start_date DESC, p.id DESC"));
    st.bind(1, trainerId);
    std::vector<Summary> out;
    while (st.next())
        out.push_back(readSummary(st));
    if (!st.ok()) return st.error();
    return out;
}

Result<PathStore::Summary> PathStore::summary(qint64 pathId)
{
    Statement st = database().connection().prepare(summarySql("WHERE p.id = ?"));
    st.bind(1, pathId);
    if (st.next()) return readSummary(st);
    if (!st.ok()) return st.error();
    return Error::notFound(Tr::tr("There is no path with id %1.").arg(pathId));
}

Result<std::vector<Record>> PathStore::sessions(qint64 pathId)
{
    auto all = list(schema::def(Entity::Session), {.field = "path_id", .equals = pathId});
    if (all)
        std::stable_sort(all.value().begin(), all.value().end(),
                         [](const Record& a, const Record& b) {
                             return std::pair(a.text(u"date"), a.text(u"start_time")) <
                                    std::pair(b.text(u"date"), b.text(u"start_time"));
                         });
    return all;
}

Result<std::vector<Record>> PathStore::sessionsOn(QDate day, qint64 trainerId)
{
    Statement st = database().connection().prepare(
        "SELECT s.id FROM session s JOIN path p ON p.id = s.path_id"
        " WHERE s.date = ?1 AND (?2 = 0 OR p.trainer_id = ?2) ORDER BY s.start_time, s.id");
    st.bind(1, iso(day)).bind(2, trainerId);
    std::vector<qint64> ids;
    while (st.next())
        ids.push_back(st.int64(0));
    if (!st.ok()) return st.error();
    std::vector<Record> out;
    for (qint64 id : ids) {
        auto s = get(schema::def(Entity::Session), id);
        if (!s) return s.error();
        out.push_back(*s);
    }
    return out;
}

Result<int> PathStore::addSessions(qint64 pathId, const SessionPlanner::Recurrence& r,
                                   const QString& place, const QString& topic)
{
    auto path = get(schema::def(Entity::Path), pathId);
    if (!path) return path.error();
    if (r.minutes <= 0 || !r.start.isValid())
        return Error::invalid(Tr::tr("A session needs a start time and an end after it."));
    const auto days = SessionPlanner::dates(r, path->date(u"start_date"), path->date(u"end_date"));
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    for (const QDate& day : days) {
        Record s(Entity::Session);
        s.with(u"path_id", pathId).with(u"date", iso(day));
        s.with(u"start_time", r.start.toString(u"HH:mm")).with(u"minutes", r.minutes);
        s.with(u"place", place.isEmpty() ? path->text(u"place") : place).with(u"topic", topic);
        if (auto created = insert(s); !created) return created.error();
    }
    if (Status st = tx.commit(); !st.ok()) return st.error();
    return int(days.size());
}

Status PathStore::cancelSession(qint64 sessionId, bool cancelled)
{
    auto s = get(schema::def(Entity::Session), sessionId);
    if (!s) return s.error();
    auto done = update(s.value().with(u"cancelled", qint64(cancelled)));
    return done ? Status() : Status(done.error());
}

Status PathStore::moveSession(qint64 sessionId, QDate date, QTime start, int minutes)
{
    auto s = get(schema::def(Entity::Session), sessionId);
    if (!s) return s.error();
    Record& r = s.value();
    r.with(u"date", iso(date)).with(u"start_time", start.toString(u"HH:mm"));
    auto done = update(r.with(u"minutes", minutes));
    return done ? Status() : Status(done.error());
}

Status PathStore::describeSession(qint64 sessionId, const QString& place, const QString& topic)
{
    auto s = get(schema::def(Entity::Session), sessionId);
    if (!s) return s.error();
    Record& r = s.value();
    r.with(u"place", place.trimmed()).with(u"topic", topic.trimmed());
    auto done = update(r);
    return done ? Status() : Status(done.error());
}

Result<std::vector<PathStore::Enrolled>> PathStore::enrolments(qint64 pathId)
{
    Statement st = database().connection().prepare(
        "SELECT e.id, p.family_name || ' ' || p.given_name, coalesce(p.case_number, ''),"
        " p.given_name || ' ' || p.family_name"
        " FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.path_id = ?"
        " ORDER BY e.status = 'waiting', CASE WHEN e.status = 'waiting' THEN e.enrolled_on END,"
        " CASE WHEN e.status = 'waiting' THEN e.id END,"
        " p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE");
    st.bind(1, pathId);
    std::vector<Enrolled> out;
    while (st.next()) {
        auto e = get(schema::def(Entity::Enrolment), st.int64(0));
        if (!e) return e.error();
        out.push_back({*e, st.text(1), st.text(3), st.text(2)});
    }
    if (!st.ok()) return st.error();
    return out;
}

int PathStore::seatsTaken(qint64 pathId)
{
    Statement st = database().connection().prepare(
        "SELECT count(*) FROM enrolment WHERE path_id = ? AND status IN ('enrolled', 'completed')");
    st.bind(1, pathId);
    return st.next() ? int(st.int64(0)) : 0;
}

Result<Record> PathStore::enrolOne(const Record& path, qint64 personId, QDate on)
{
    const bool limited = !path.isNull(u"capacity");
    const bool full = limited && seatsTaken(path.id()) >= path.integer(u"capacity");
    Record e(Entity::Enrolment);
    e.with(u"path_id", path.id()).with(u"person_id", personId).with(u"enrolled_on", iso(on));
    return insert(e.with(u"status", full ? QStringLiteral("waiting") : QStringLiteral("enrolled")));
}

Result<Record> PathStore::enrol(qint64 pathId, qint64 personId, QDate on)
{
    auto all = enrolAll(pathId, {personId}, on);
    if (!all) return all.error();
    return all->front();
}

Result<std::vector<Record>> PathStore::enrolAll(qint64 pathId, const std::vector<qint64>& personIds,
                                                QDate on)
{
    auto path = get(schema::def(Entity::Path), pathId);
    if (!path) return path.error();
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    std::vector<Record> out;
    for (qint64 person : personIds) {
        auto e = enrolOne(*path, person, on);
        if (!e) return e.error();
        out.push_back(*e);
    }
    if (Status st = tx.commit(); !st.ok()) return st.error();
    return out;
}

Result<std::vector<Record>> PathStore::promote(qint64 pathId, QDate on)
{
    auto path = get(schema::def(Entity::Path), pathId);
    if (!path) return path.error();
    auto people = enrolments(pathId);
    if (!people) return people.error();
    int free = path->isNull(u"capacity") ? int(people->size())
                                         : int(path->integer(u"capacity")) - seatsTaken(pathId);
    std::vector<Record> out;
    for (Enrolled& e : people.value()) {
        if (free <= 0 || e.enrolment.text(u"status") != u"waiting") continue;
        e.enrolment.with(u"status", QStringLiteral("enrolled"));
        auto done = update(e.enrolment.with(u"enrolled_on", iso(on)));
        if (!done) return done.error();
        out.push_back(*done);
        --free;
    }
    return out;
}

Status PathStore::setStatus(qint64 enrolmentId, const QString& status, QDate on, const char* field,
                            const QString& text)
{
    auto e = get(schema::def(Entity::Enrolment), enrolmentId);
    if (!e) return e.error();
    Record& r = e.value();
    r.with(u"status", status).with(u"ended_on", iso(on));
    auto done = update(r.with(QLatin1StringView(field), text));
    return done ? Status() : Status(done.error());
}

Status PathStore::withdraw(qint64 enrolmentId, QDate on, const QString& reason)
{
    auto e = get(schema::def(Entity::Enrolment), enrolmentId);
    if (!e) return e.error();
    if (reason.trimmed().isEmpty()) return Error::invalid(Tr::tr("Say why the person withdraws."));
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    if (Status st = setStatus(enrolmentId, QStringLiteral("withdrawn"), on, "withdraw_reason",
                              reason.trimmed());
        !st.ok())
        return st;
    if (auto promoted = promote(e->integer(u"path_id"), on); !promoted) return promoted.error();
    return tx.commit();
}

Status PathStore::complete(qint64 enrolmentId, QDate on, const QString& qualification)
{
    return setStatus(enrolmentId, QStringLiteral("completed"), on, "qualification",
                     qualification.trimmed());
}

} // namespace percorsi
