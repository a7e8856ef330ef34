#include "core/storage/IndicatorQueries.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <iterator>
#include <map>
#include <string>

#include <QCoreApplication>

#include <sqlite3.h>

#include "core/reports/CodeCounts.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/ReportFacts.h"
#include "core/storage/SpanSums.h"

namespace percorsi {

namespace {

// Every statement below takes the same parameters: ?1 project (0: all),
// ?2 from, ?3 to, ?4 desk (0: all), ?5 funder mode, ?6 today, ?7 the end of
// the period or today, whichever comes first, ?8 the people in scope, ?9 and
// ?10 the first and last person id of this part of the work, ?11 and ?12 its
// first and last path id (see IndicatorQueries::Part); the pass over the
// people binds its visitor as ?13.
// The range may lead a search of an index on X; the unary plus of the _FILTER
// form keeps it a filter where another index serves the statement better.
#define IN_SCOPE(X) X " BETWEEN ?9 AND ?10 AND in_report_scope(?8, " X ")"
#define PERSON_IN_PART(X) X " BETWEEN ?9 AND ?10"
#define PERSON_IN_PART_FILTER(X) "+" X " BETWEEN ?9 AND ?10"
#define IN_SCOPE_FILTER(X) PERSON_IN_PART_FILTER(X) " AND in_report_scope(?8, " X ")"
#define PATH_IN_PART(X) X " BETWEEN ?11 AND ?12"

// Whether person X may be counted: everyone, or in funder mode those with a
// consent to anonymous reporting given, not withdrawn and not expired today.
#define CONSENTED(X)                                                                               \
    "(?5 = 0 OR " X " IN (SELECT c.person_id FROM consent c"                                       \
    " WHERE c.purpose = 'anonymous_reporting' AND c.given_on <= ?6"                                \
    " AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?6)"                                         \
    " AND (c.expires_on IS NULL OR c.expires_on >= ?6)))"

// Paths of the project (any project when ?1 = 0) run at the desk.
#define PATH_IN_SCOPE(P) "(?1 = 0 OR " P ".project_id = ?1) AND (?4 = 0 OR " P ".desk_id = ?4)"

// Every day a person took part in the project: enrolled in one of its paths
// (not only on the waiting list) or named at one of its events. The earliest
// is kept in C++, without sorting the rows into groups. The paths of the
// part, or every event.
const char kReachedInPaths[] =
    "SELECT visit_rows(?13, e.person_id, e.enrolled_on) FROM path p"
    " JOIN enrolment e ON e.path_id = p.id"
    " WHERE p.project_id = ?1 AND " PATH_IN_PART("p.id") " AND e.status <> 'waiting'";
const char kReachedAtEvents[] =
    "SELECT visit_rows(?13, ep.person_id, ev.date) FROM event ev"
    " JOIN event_participant ep ON ep.event_id = ev.id WHERE ev.project_id = ?1";

// The people who may be counted, from their packed facts (migration 18): with
// a project, only those it reached (the rest would cost their facts for
// nothing). The period of intake and the desk are checked on the facts.
const char kPeople[] = "SELECT visit_rows(?13, person_id, facts) FROM report_facts"
                       " WHERE " PERSON_IN_PART("person_id")
                       " AND (?1 = 0 OR in_report_reach(?8, person_id)) AND " CONSENTED("person_id");

// The follow-ups on leaving that were done, of each person in scope, in the
// order of the index of migration 13: by person, then by the day they were done.
const char kLeaverFollowups[] =
    "SELECT visit_rows(?13, f.person_id, f.done_on, f.situation, f.improved) FROM followup f"
    " WHERE " IN_SCOPE("f.person_id") " AND f.reason = 'programme_exit' AND f.done_on IS NOT NULL";

// Minutes delivered (sessions up to the end of the period or today, within
// the period's) and marks, from the tallies (migrations 10 and 18) rather than
// the million marks themselves: one row for a path whose sessions all fall
// within the period, before its end and today, and a row for each session of
// the other paths. C++ adds them up by the type of path. Each row: the path,
// its type, the minutes delivered, marks present, marks recorded, hours of
// marks with their own, and minutes of present marks without.
#define PATH_ALL_IN_PERIOD(T) "(" T ".first_on >= ?2 AND " T ".last_on <= ?3 AND " T ".last_on <= ?7)"
const char kAttendance[] =
    "SELECT visit_rows(?13, id, type, minutes, present, recorded, present_hours, untimed_minutes)"
    " FROM (SELECT p.id, p.type, pt.minutes, pt.present, pt.recorded, pt.present_hours,"
    " pt.untimed_minutes FROM path p JOIN path_tally pt ON pt.path_id = p.id"
    " WHERE " PATH_IN_PART("p.id") " AND " PATH_IN_SCOPE("p") " AND " PATH_ALL_IN_PERIOD("pt")
    " UNION ALL SELECT p.id, p.type, CASE WHEN s.date <= ?7 THEN s.minutes ELSE 0 END, t.present,"
    " t.recorded, t.present_hours, t.present_untimed * s.minutes"
    " FROM path p JOIN path_tally pt ON pt.path_id = p.id CROSS JOIN session s ON s.path_id = p.id"
    " LEFT JOIN session_tally t ON t.session_id = s.id"
    " WHERE " PATH_IN_PART("p.id") " AND " PATH_IN_SCOPE("p") " AND NOT " PATH_ALL_IN_PERIOD("pt")
    " AND s.cancelled = 0 AND s.date BETWEEN ?2 AND ?3)";

// In funder mode, the marks of the people who did not consent, to take off the
// tallies: fewer rows than those of the people who did.
const char kAttendanceWithheld[] =
    "SELECT p.type, sum(a.status = 'present'), count(*),"
    " sum(CASE WHEN a.status = 'present' THEN coalesce(a.hours, s.minutes / 60.0) END)"
    " FROM person x CROSS JOIN attendance a ON a.person_id = x.id"
    " JOIN session s ON s.id = a.session_id"
    " JOIN path p ON p.id = s.path_id"
    " WHERE ?5 <> 0 AND NOT " CONSENTED("x.id") " AND " PATH_IN_PART("p.id") " AND "
    PATH_IN_SCOPE("p") " AND s.cancelled = 0 AND s.date BETWEEN ?2 AND ?3 GROUP BY p.type";

// Enrolments of paths that ended within the period: completed over all but the
// waiting list. From the paths to their enrolments, not the other way round:
// a search of the path for each of every enrolment costs more.
const char kCompletions[] =
    "SELECT count(*), coalesce(sum(e.status = 'completed'), 0)"
    " FROM path p CROSS JOIN enrolment e ON e.path_id = p.id"
    " WHERE " PATH_IN_PART("p.id") " AND " PATH_IN_SCOPE("p") " AND p.end_date BETWEEN ?2 AND ?7"
                                 " AND e.status <> 'waiting' AND " CONSENTED("e.person_id");

// From the few self-entrepreneurship paths to their enrolments, not from every
// person; the scope knows who is a woman. Each is counted once in C++.
const char kSelfEntrepreneurship[] =
    "SELECT visit_rows(?13, e.person_id) FROM path p CROSS JOIN enrolment e ON e.path_id = p.id"
    " WHERE p.type = 'self_entrepreneurship' AND e.status <> 'waiting'"
    " AND (?1 = 0 OR p.project_id = ?1) AND " PERSON_IN_PART("e.person_id")
    " AND in_report_scope_woman(?8, e.person_id)";

// From the covering index, by status; who is in scope is asked of it in C++,
// which costs less than a call of in_report_scope() for each referral.
const char kReferrals[] = "SELECT visit_rows(?13, r.status, r.person_id) FROM referral r"
                          " WHERE r.referred_on BETWEEN ?2 AND ?3 AND " PERSON_IN_PART_FILTER(
                              "r.person_id");

// Placements of the people in scope not started after the period, and the
// follow-ups due and done. Those are counted by code in C++: sorting the rows
// into groups cost SQL several times the pass over them.
const char kPlacements[] = "SELECT visit_rows(?13, p.type, p.stage, p.outcome) FROM placement p"
                           " WHERE (p.start_date IS NULL OR p.start_date <= ?3) AND " IN_SCOPE(
                               "p.person_id");

const char kFollowupsDue[] =
    "SELECT count(*) FROM followup f"
    " WHERE f.done_on IS NULL AND f.due_on <= ?7 AND " IN_SCOPE("f.person_id");

const char kFollowupsDone[] = "SELECT visit_rows(?13, f.situation, f.improved) FROM followup f"
                              " WHERE f.done_on BETWEEN ?2 AND ?3 AND " IN_SCOPE("f.person_id");

const char kEvents[] =
    "SELECT type, count(*), sum(coalesce(women, 0)), sum(coalesce(men, 0)),"
    " sum(coalesce(non_binary, 0)), sum(coalesce(age_under_18, 0)), sum(coalesce(age_18_29, 0)),"
    " sum(coalesce(age_30_54, 0)), sum(coalesce(age_55_plus, 0)) FROM event e"
    " WHERE " PATH_IN_SCOPE("e") " AND e.date BETWEEN ?2 AND ?3 GROUP BY type";

static_assert(std::tuple_size_v<decltype(IndicatorQueries::ScaleSums::sums)> == spansums::kValues);

// First and latest assessment of each person in scope assessed on two dates at
// least (every assessment on those two dates): the people, then the mean of
// each scale on the first date and on the latest, from the per-person sums
// that assessment_span keeps (migrations 10 and 17), which sum_spans() adds up.
const char kScales[] = "SELECT sum_spans(t.sums) FROM assessment_span t"
                       " WHERE t.person_id BETWEEN ?9 AND ?10 AND t.first_on < t.latest_on"
                       " AND in_report_scope(?8, t.person_id)";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorQueries)
};

Result<std::vector<IndicatorQueries::Named>> named(Connection& connection, const char* sql)
{
    Statement st = connection.prepare(sql);
    std::vector<IndicatorQueries::Named> out;
    while (st.next())
        out.push_back({st.int64(0), st.text(1)});
    if (!st.ok()) return st.error();
    return out;
}

// The sums of a sum_each(), sum_each_real() or sum_spans() of N values, then its rows:
// false when the blob is empty (no rows); an error when it is not that size.
template <typename T, size_t N>
Result<bool> sumsOf(const Statement& st, int column, std::array<T, N + 1>& out)
{
    const QByteArray blob = st.blob(column);
    if (blob.isEmpty()) return false;
    if (blob.size() != qsizetype(sizeof(out)))
        return Error::io(QStringLiteral("sum_each() gave %1 bytes, not %2")
                             .arg(blob.size())
                             .arg(sizeof(out)));
    std::memcpy(out.data(), blob.constData(), sizeof(out));
    return true;
}

QByteArrayView utf8(sqlite3_value* v)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return text ? QByteArrayView(text, sqlite3_value_bytes(v)) : QByteArrayView();
}

// Hands each row of visit_rows(?13, …) to `row`, as (argc, argv).
template <typename F>
class FunctionVisitor : public RowVisitor
{
public:
    explicit FunctionVisitor(F& row) : m_row(row) {}
    void row(int argc, sqlite3_value** argv) override { m_row(argc, argv); }

private:
    F& m_row;
};

// Runs a statement whose one column is visit_rows(?13, …), its other
// parameters bound, handing each row's values to `row`.
template <typename F>
Status visitRows(Statement& st, F&& row)
{
    FunctionVisitor<std::remove_reference_t<F>> visitor(row);
    st.bindPointer(13, static_cast<RowVisitor*>(&visitor), RowVisitor::kPointerType);
    st.next();
    return st.ok() ? Status() : Status(st.error());
}

} // namespace

IndicatorQueries::IndicatorQueries(Database& db)
    : m_connection(db.connection()), m_scope(m_ownScope)
{
}

IndicatorQueries::IndicatorQueries(Connection& connection, ReportScope& scope, const Part& part)
    : m_connection(connection), m_scope(scope), m_part(part)
{
}

Result<qint64> IndicatorQueries::maxId(Connection& connection, const char* table)
{
    return connection.scalar(std::string("SELECT coalesce(max(id), 0) FROM ") + table);
}

void IndicatorQueries::ScaleSums::add(const ScaleSums& other)
{
    for (size_t i = 0; i < sums.size(); ++i)
        sums[i] += other.sums[i];
    people += other.people;
}

void IndicatorQueries::ScaleSums::finish(Indicators& out) const
{
    out.scales.clear();
    const auto mean = [&](size_t i) {
        const qint64 count = sums[i + 1];
        return count ? double(sums[i]) / double(count) : 0.0;
    };
    for (size_t i = 0; i < size_t(spansums::kScaleCount); ++i)
        out.scales.push_back({QLatin1StringView(spansums::kScales[i]), mean(i * 4), mean(i * 4 + 2),
                              people});
}

Result<std::vector<IndicatorQueries::Named>> IndicatorQueries::projects()
{
    return named(m_connection, "SELECT id, name FROM project ORDER BY start_date DESC, name");
}

Result<std::vector<IndicatorQueries::Named>> IndicatorQueries::desks()
{
    return named(m_connection, "SELECT id, name FROM desk ORDER BY name");
}

Result<qint64> IndicatorQueries::projectNamed(const QString& name)
{
    Statement st = m_connection.prepare("SELECT id FROM project WHERE name = ?1");
    st.bind(1, name);
    if (st.next()) return st.int64(0);
    if (!st.ok()) return st.error();
    return Error::notFound(Tr::tr("There is no project named \"%1\".").arg(name));
}

Result<qint64> IndicatorQueries::deskNamed(const QString& name)
{
    Statement st = m_connection.prepare("SELECT id FROM desk WHERE name = ?1");
    st.bind(1, name);
    if (st.next()) return st.int64(0);
    if (!st.ok()) return st.error();
    return Error::notFound(Tr::tr("There is no desk named \"%1\".").arg(name));
}

Status IndicatorQueries::project(qint64 projectId, Indicators& out)
{
    Statement st = m_connection.prepare(
        "SELECT name, coalesce(funder, ''), start_date, end_date FROM project WHERE id = ?1");
    st.bind(1, projectId);
    if (!st.next())
        return st.ok() ? Error::notFound(Tr::tr("There is no project with id %1.").arg(projectId))
                       : st.error();
    out.projectName = st.text(0);
    out.funder = st.text(1);
    if (!out.from.isValid()) out.from = QDate::fromString(st.text(2), Qt::ISODate);
    if (!out.to.isValid()) out.to = QDate::fromString(st.text(3), Qt::ISODate);
    return {};
}

Status IndicatorQueries::deskName(qint64 deskId, Indicators& out)
{
    Statement st = m_connection.prepare("SELECT name FROM desk WHERE id = ?1");
    st.bind(1, deskId);
    if (!st.next())
        return st.ok() ? Error::notFound(Tr::tr("There is no desk with id %1.").arg(deskId))
                       : st.error();
    out.deskName = st.text(0);
    return {};
}

void IndicatorQueries::bindScope(Statement& st, const Scope& s)
{
    st.bind(1, s.projectId).bind(2, s.from).bind(3, s.to).bind(4, s.deskId);
    st.bind(5, s.funder ? 1 : 0).bind(6, s.today).bind(7, std::min(s.to, s.today));
    st.bindPointer(8, &m_scope, ReportScope::kPointerType);
    st.bind(9, m_part.firstPerson).bind(10, m_part.lastPerson);
    st.bind(11, m_part.firstPath).bind(12, m_part.lastPath);
}

QString IndicatorQueries::deskName(qint64 deskId) const
{
    const auto it = m_desks.find(deskId);
    return it == m_desks.end() ? QString() : it->second.name;
}

Status IndicatorQueries::loadDesks()
{
    m_desks.clear();
    Statement st = m_connection.prepare("SELECT id, coalesce(country, ''), name FROM desk");
    while (st.next())
        m_desks[st.int64(0)] = {st.utf8(1).toByteArray(), st.text(2)};
    return st.ok() ? Status() : Status(st.error());
}

Status IndicatorQueries::reach(const Scope& scope, bool atEvents)
{
    if (!scope.projectId) return {};
    Statement st = m_connection.prepare(atEvents ? kReachedAtEvents : kReachedInPaths);
    bindScope(st, scope);
    return visitRows(st, [this](int argc, sqlite3_value** v) {
        if (argc != 2) return;
        const QByteArrayView on = utf8(v[1]);
        m_scope.reachShared(sqlite3_value_int64(v[0]), ReportScope::day(on.data(), on.size()));
    });
}

// Each person of the part, as visit_rows() hands her over with her packed
// facts: no row is returned.
Status IndicatorQueries::selectPeople(const Scope& scope,
                                      const std::function<void(const PersonRow&)>& visit)
{
    struct Visitor : RowVisitor
    {
        IndicatorQueries* queries;
        const std::function<void(const PersonRow&)>* visit;
        bool byProject;
        qint64 desk;
        int from, to;
        qint64 damaged = 0; // a person whose facts do not unpack
        reportfacts::Facts facts;
        PersonRow person;

        void row(int argc, sqlite3_value** v) override
        {
            using namespace reportfacts;
            if (argc != 2 || damaged) return;
            const qint64 id = sqlite3_value_int64(v[0]);
            const auto* packed = static_cast<const char*>(sqlite3_value_blob(v[1]));
            if (!unpack(QByteArrayView(packed, sqlite3_value_bytes(v[1])), facts)) {
                damaged = id;
                return;
            }
            const QByteArrayView intake = facts[IntakeDate].toText();
            ReportScope& scope = queries->m_scope;
            person.reachedOn = byProject ? scope.reachedOn(id) : ReportScope::day(intake.data(), intake.size());
            if (person.reachedOn == 0 || person.reachedOn < from || person.reachedOn > to) return;
            person.deskId = facts[DeskId].toInteger();
            if (desk != 0 && person.deskId != desk) return;
            person.id = id;
            person.gender = facts[Gender].toText();
            scope.admit(id, person.gender == "woman");
            const auto found = queries->m_desks.find(person.deskId);
            person.deskCountry = found == queries->m_desks.end() ? QByteArrayView()
                                                                 : QByteArrayView(found->second.country);
            person.birthDate = facts[BirthDate].toText();
            person.birthYear = int(facts[BirthYear].toInteger());
            person.citizenships = facts[Citizenships].toText();
            person.countryOfBirth = facts[CountryOfBirth].toText();
            person.employment = facts[Employment].toText();
            person.housing = facts[Housing].toText();
            person.status = facts[CaseStatus].toText();
            person.exitDate = facts[ExitDate].toText();
            person.exitSituation = facts[ExitSituation].toText();
            person.isced = facts[Isced].type == Value::Null ? -1 : int(facts[Isced].toInteger());
            person.disability = facts[Disability].toInteger() != 0;
            person.minority = facts[Minority].toInteger() != 0;
            (*visit)(person);
        }
    } visitor;
    visitor.queries = this;
    visitor.visit = &visit;
    visitor.byProject = scope.projectId != 0;
    visitor.desk = scope.deskId;
    visitor.from = ReportScope::day(scope.from.toLatin1().constData(), scope.from.size());
    visitor.to = ReportScope::day(scope.to.toLatin1().constData(), scope.to.size());
    Statement st = m_connection.prepare(kPeople);
    bindScope(st, scope);
    st.bindPointer(13, static_cast<RowVisitor*>(&visitor), RowVisitor::kPointerType);
    st.next();
    if (!st.ok()) return st.error();
    if (visitor.damaged)
        return Error::io(Tr::tr("The facts kept for the reports of person %1 are damaged.")
                             .arg(visitor.damaged));
    return {};
}

// The latest follow-up on leaving of each person, as max(done_on) picks it:
// the first row of her latest day. Her rows come in the order of that day.
Status
IndicatorQueries::forEachLeaverFollowup(const Scope& scope,
                                        const std::function<void(const LeaverFollowup&)>& visit)
{
    LeaverFollowup latest;
    QByteArray latestOn, situation; // copies: SQLite's values last one row
    const auto flush = [&] {
        if (latest.personId == 0) return;
        latest.situation = situation;
        visit(latest);
    };
    Statement st = m_connection.prepare(kLeaverFollowups);
    bindScope(st, scope);
    Status done = visitRows(st, [&](int argc, sqlite3_value** v) {
        if (argc != 4) return;
        const qint64 person = sqlite3_value_int64(v[0]);
        const QByteArrayView on = utf8(v[1]);
        if (person == latest.personId && on <= QByteArrayView(latestOn)) return;
        if (person != latest.personId) flush();
        latest.personId = person;
        latestOn = on.toByteArray();
        situation = utf8(v[2]).toByteArray();
        latest.improved = sqlite3_value_int64(v[3]) != 0;
    });
    if (!done.ok()) return done;
    flush();
    return {};
}

Status IndicatorQueries::attendance(const Scope& scope, Indicators& out)
{
    Statement st = m_connection.prepare(kAttendance);
    bindScope(st, scope);
    struct Marks
    {
        qint64 present = 0, recorded = 0;
        double hours = 0;
    };
    std::vector<std::pair<QByteArray, Marks>> types; // few, searched once a path
    Marks* marks = nullptr;                          // those of the path's type
    qint64 lastPath = 0;
    double minutes = 0;
    Status done = visitRows(st, [&](int argc, sqlite3_value** v) {
        if (argc != 7) return;
        const qint64 path = sqlite3_value_int64(v[0]);
        if (path != lastPath || !marks) {
            lastPath = path;
            const QByteArrayView type = utf8(v[1]);
            auto it = std::find_if(types.begin(), types.end(), [&](const auto& t) { return t.first == type; });
            marks = it != types.end() ? &it->second : &types.emplace_back(type.toByteArray(), Marks()).second;
        }
        minutes += sqlite3_value_double(v[2]);
        if (sqlite3_value_type(v[4]) == SQLITE_NULL) return; // a session without marks
        marks->present += sqlite3_value_int64(v[3]);
        marks->recorded += sqlite3_value_int64(v[4]);
        marks->hours += sqlite3_value_double(v[5]) + sqlite3_value_double(v[6]) / 60.0;
    });
    if (!done.ok()) return done;
    out.hoursDelivered += minutes / 60.0;
    for (const auto& [type, m] : types) {
        if (m.recorded == 0) continue; // sessions without marks
        Rate& rate = out.attendanceByPathType[QString::fromUtf8(type)];
        rate.present += m.present;
        rate.recorded += m.recorded;
        out.attendance.present += m.present;
        out.attendance.recorded += m.recorded;
        out.hoursAttended += m.hours;
    }
    return {};
}

Status IndicatorQueries::withholdAttendance(const Scope& scope, Indicators& out)
{
    Statement st = m_connection.prepare(kAttendanceWithheld);
    bindScope(st, scope);
    while (st.next()) {
        Rate& rate = out.attendanceByPathType[st.text(0)];
        rate.present -= st.int64(1);
        rate.recorded -= st.int64(2);
        out.attendance.present -= st.int64(1);
        out.attendance.recorded -= st.int64(2);
        out.hoursAttended -= st.real(3);
    }
    return st.ok() ? Status() : Status(st.error());
}

Status IndicatorQueries::completions(const Scope& scope, Indicators& out)
{
    Statement st = m_connection.prepare(kCompletions);
    bindScope(st, scope);
    if (!st.next()) return st.error();
    out.enrolmentsEnded += st.int64(0);
    out.completions += st.int64(1);
    return {};
}

Status IndicatorQueries::selfEntrepreneurship(const Scope& scope, Indicators& out)
{
    Statement st = m_connection.prepare(kSelfEntrepreneurship);
    bindScope(st, scope);
    std::vector<qint64> women; // a woman enrolled in several such paths comes once for each
    Status done = visitRows(st, [&](int argc, sqlite3_value** v) {
        if (argc == 1) women.push_back(sqlite3_value_int64(v[0]));
    });
    if (!done.ok()) return done;
    std::sort(women.begin(), women.end());
    out.selfEntrepreneurshipWomen += std::unique(women.begin(), women.end()) - women.begin();
    return {};
}

Status IndicatorQueries::referrals(const Scope& scope, Indicators& out)
{
    Statement st = m_connection.prepare(kReferrals);
    bindScope(st, scope);
    CodeCounts byStatus;
    Status done = visitRows(st, [&](int argc, sqlite3_value** v) {
        if (argc == 2 && m_scope.contains(sqlite3_value_int64(v[1]))) byStatus.add(utf8(v[0]));
    });
    if (!done.ok()) return done;
    byStatus.addTo(out.referralsByStatus);
    return {};
}

Status IndicatorQueries::placements(const Scope& scope, Indicators& out)
{
    Statement st = m_connection.prepare(kPlacements);
    bindScope(st, scope);
    PlacementFigures& p = out.placements;
    CodeCounts byType, byStage;
    Status done = visitRows(st, [&](int argc, sqlite3_value** v) {
        if (argc != 3) return;
        const QByteArrayView type = utf8(v[0]), stage = utf8(v[1]), outcome = utf8(v[2]);
        byType.add(type);
        byStage.add(stage);
        ++p.proposed;
        if (stage == "started" || stage == "ended") ++p.started;
        const bool hired = outcome == "hired";
        p.hired += hired;
        if (type.startsWith("internship")) {
            ++p.internships;
            p.hiredAfterInternship += hired;
        }
    });
    if (!done.ok()) return done;
    byType.addTo(p.byType);
    byStage.addTo(p.byStage);
    return {};
}

Status IndicatorQueries::followups(const Scope& scope, Indicators& out)
{
    Statement due = m_connection.prepare(kFollowupsDue);
    bindScope(due, scope);
    if (!due.next()) return due.error();
    out.followups.due += due.int64(0);
    Statement st = m_connection.prepare(kFollowupsDone);
    bindScope(st, scope);
    CodeCounts bySituation; // no situation counts as ""
    Status done = visitRows(st, [&](int argc, sqlite3_value** v) {
        if (argc != 2) return;
        bySituation.add(utf8(v[0]));
        ++out.followups.done;
        out.followups.improved += sqlite3_value_type(v[1]) != SQLITE_NULL && sqlite3_value_double(v[1]) == 1.0;
    });
    if (!done.ok()) return done;
    bySituation.addTo(out.followups.doneBySituation);
    return {};
}

Status IndicatorQueries::events(const Scope& scope, Indicators& out)
{
    Statement st = m_connection.prepare(kEvents);
    bindScope(st, scope);
    EventFigures& e = out.events;
    while (st.next()) {
        e.events += st.int64(1);
        e.women += st.int64(2);
        e.men += st.int64(3);
        e.nonBinary += st.int64(4);
        e.under18 += st.int64(5);
        e.age18to29 += st.int64(6);
        e.age30to54 += st.int64(7);
        e.age55plus += st.int64(8);
        e.headcountByType[st.text(0)] += st.int64(2) + st.int64(3) + st.int64(4);
    }
    return st.ok() ? Status() : Status(st.error());
}

Status IndicatorQueries::scales(ScaleSums& sums)
{
    Statement st = m_connection.prepare(kScales);
    st.bindPointer(8, &m_scope, ReportScope::kPointerType);
    st.bind(9, m_part.firstPerson).bind(10, m_part.lastPerson);
    if (!st.next()) return st.error();
    constexpr size_t n = std::tuple_size_v<decltype(sums.sums)>;
    std::array<qint64, n + 1> values{};
    auto got = sumsOf<qint64, n>(st, 0, values); // none when no one was assessed twice
    if (!got) return got.error();
    if (!*got) return {};
    for (size_t i = 0; i < n; ++i)
        sums.sums[i] += values[i];
    sums.people += values[n];
    return {};
}

Status IndicatorQueries::targets(qint64 projectId, Indicators& out)
{
    Statement st = m_connection.prepare(
        "SELECT indicator, target FROM project_target WHERE project_id = ?1 ORDER BY id");
    st.bind(1, projectId);
    while (st.next())
        out.targets.push_back({st.text(0), st.int64(1), std::nullopt});
    return st.ok() ? Status() : Status(st.error());
}

} // namespace percorsi
