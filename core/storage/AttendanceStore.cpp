#include "core/storage/AttendanceStore.h"

#include <unordered_map>

#include <QCoreApplication>

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStore)
};

const char* const kStreakAll =
    "SELECT a.status FROM attendance a JOIN session s ON s.id = a.session_id"
    " WHERE a.person_id = ? AND s.cancelled = 0 ORDER BY s.date DESC, s.start_time DESC";
const char* const kStreakPath =
    "SELECT a.status FROM attendance a JOIN session s ON s.id = a.session_id"
    " WHERE a.person_id = ? AND s.path_id = ? AND s.cancelled = 0"
    " ORDER BY s.date DESC, s.start_time DESC";
const char* const kStreaksOfPath =
    "SELECT a.person_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id"
    " WHERE s.path_id = ? AND s.cancelled = 0"
    " ORDER BY a.person_id, s.date DESC, s.start_time DESC";
const char* const kTallies =
    "SELECT a.person_id, sum(a.status = 'present'), sum(a.status = 'absent'),"
    " sum(a.status = 'excused'), total(a.hours)"
    " FROM attendance a JOIN session s ON s.id = a.session_id"
    " WHERE s.path_id = ? AND s.cancelled = 0 GROUP BY a.person_id";

// Counts the absences before the first presence, skipping excused absences.
class Streak
{
public:
    void add(const QString& status)
    {
        if (m_over || status == u"excused") return;
        if (status == u"absent")
            ++m_count;
        else
            m_over = true;
    }
    int count() const { return m_count; }

private:
    int m_count = 0;
    bool m_over = false;
};

int streakOf(Statement& st)
{
    Streak streak;
    while (st.next())
        streak.add(st.text(0));
    return streak.count();
}

} // namespace

int AttendanceStore::consecutiveAbsences(qint64 personId)
{
    Statement st = database().connection().prepare(kStreakAll);
    st.bind(1, personId);
    return streakOf(st);
}

int AttendanceStore::consecutiveAbsences(qint64 personId, qint64 pathId)
{
    Statement st = database().connection().prepare(kStreakPath);
    st.bind(1, personId).bind(2, pathId);
    return streakOf(st);
}

Result<std::map<qint64, int>> AttendanceStore::consecutiveAbsencesOfPath(qint64 pathId)
{
    Statement st = database().connection().prepare(kStreaksOfPath);
    st.bind(1, pathId);
    std::map<qint64, Streak> streaks;
    while (st.next())
        streaks[st.int64(0)].add(st.text(1));
    if (!st.ok()) return st.error();
    std::map<qint64, int> out;
    for (const auto& [person, streak] : streaks)
        out[person] = streak.count();
    return out;
}

Status AttendanceStore::saveSession(qint64 sessionId, const std::vector<Mark>& marks)
{
    auto session = get(schema::def(Entity::Session), sessionId);
    if (!session) return session.error();
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    auto stored = ofSession(sessionId);
    if (!stored) return stored.error();
    std::unordered_map<qint64, const Record*> byPerson;
    for (const Record& r : *stored)
        byPerson[r.integer(u"person_id")] = &r;
    const int minutes = int(session->integer(u"minutes"));
    for (const Mark& mark : marks) {
        const auto it = byPerson.find(mark.personId);
        Record row(Entity::Attendance);
        row.with(u"session_id", sessionId).with(u"person_id", mark.personId);
        if (Status st = writeMark(it == byPerson.end() ? nullptr : it->second, row, mark, minutes);
            !st.ok())
            return st;
    }
    return tx.commit();
}

Status AttendanceStore::writeMark(const Record* stored, Record row, const Mark& mark, int minutes)
{
    if (mark.status.isEmpty())
        return stored ? remove(schema::def(Entity::Attendance), stored->id()) : Status();
    const bool present = mark.status == u"present";
    const double hours = mark.hours >= 0 ? mark.hours : present ? minutes / 60.0 : 0.0;
    row.set(u"status", mark.status);
    row.set(u"hours", present || hours > 0 ? QVariant(hours) : QVariant());
    if (stored) {
        if (stored->text(u"status") == mark.status &&
            qAbs(stored->value(u"hours").toDouble() - hours) < 1e-9)
            return {};
        row.setId(stored->id());
        auto updated = update(row);
        return updated ? Status() : Status(updated.error());
    }
    auto inserted = insert(row);
    return inserted ? Status() : Status(inserted.error());
}

Result<std::vector<Record>> AttendanceStore::ofSession(qint64 sessionId)
{
    return list(schema::def(Entity::Attendance), {.field = "session_id", .equals = sessionId});
}

Result<std::vector<Record>> AttendanceStore::ofPath(qint64 pathId)
{
    Statement st = database().connection().prepare(
        "SELECT a.id, a.session_id, a.person_id, a.status, a.hours FROM attendance a"
        " JOIN session s ON s.id = a.session_id WHERE s.path_id = ?");
    st.bind(1, pathId);
    std::vector<Record> out;
    while (st.next()) {
        Record r(Entity::Attendance);
        r.setId(st.int64(0));
        r.with(u"session_id", st.int64(1)).with(u"person_id", st.int64(2));
        r.with(u"status", st.text(3)).with(u"hours", st.isNull(4) ? QVariant() : st.real(4));
        out.push_back(std::move(r));
    }
    if (!st.ok()) return st.error();
    return out;
}

Result<std::map<qint64, AttendanceStore::Tally>> AttendanceStore::talliesOfPath(qint64 pathId)
{
    Statement st = database().connection().prepare(kTallies);
    st.bind(1, pathId);
    std::map<qint64, Tally> out;
    while (st.next())
        out[st.int64(0)] = {int(st.int64(1)), int(st.int64(2)), int(st.int64(3)), st.real(4)};
    if (!st.ok()) return st.error();
    return out;
}

AttendanceStore::Tally AttendanceStore::tallyOf(qint64 personId, qint64 pathId)
{
    auto all = talliesOfPath(pathId);
    if (!all) return {};
    const auto it = all->find(personId);
    return it == all->end() ? Tally() : it->second;
}

double AttendanceStore::hoursOfPerson(qint64 personId)
{
    Statement st =
        database().connection().prepare("SELECT total(hours) FROM attendance WHERE person_id = ?");
    st.bind(1, personId);
    return st.next() ? st.real(0) : 0.0;
}

Result<AttendanceStore::PathHours> AttendanceStore::hoursOfPath(qint64 pathId)
{
    Statement st = database().connection().prepare(
        "SELECT p.planned_hours,"
        " (SELECT total(minutes) FROM session WHERE path_id = p.id AND cancelled = 0),"
        " (SELECT total(minutes) FROM session WHERE path_id = p.id AND cancelled = 0"
        "  AND date <= ?),"
        " (SELECT total(a.hours) FROM attendance a JOIN session s ON s.id = a.session_id"
        "  WHERE s.path_id = p.id AND s.cancelled = 0)"
        " FROM path p WHERE p.id = ?");
    st.bind(1, today().toString(Qt::ISODate)).bind(2, pathId);
    if (!st.next())
        return st.ok() ? Error::notFound(Tr::tr("There is no path with id %1.").arg(pathId))
                       : st.error();
    return PathHours{st.real(0), st.real(1) / 60.0, st.real(2) / 60.0, st.real(3)};
}

} // namespace percorsi
