#include "core/reports/IndicatorEngine.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <barrier>
#include <optional>
#include <thread>

#include <pthread.h>

#include <QCoreApplication>
#include <QStringList>

#include "core/domain/Codes.h"
#include "core/reports/PeopleCounter.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorQueries.h"
#include "core/storage/ReportScope.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorEngine)
};

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

int dayNumber(const QDate& date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

template <typename K, typename V>
void addMap(std::map<K, V>& into, const std::map<K, V>& from)
{
    for (const auto& [key, value] : from)
        into[key] += value;
}

void addGenders(ByGender& into, const ByGender& from)
{
    into.women += from.women;
    into.men += from.men;
    into.nonBinary += from.nonBinary;
}

// Adds the figures of one worker's tasks to those of the other's. Every
// figure of a task is a count or sum over its own people or paths (each
// counted in one task only), so the sum is the figure of the whole.
void addPart(Indicators& into, const Indicators& part)
{
    into.people += part.people;
    addMap(into.byGender, part.byGender);
    addMap(into.byAgeBand, part.byAgeBand);
    addMap(into.byCitizenship, part.byCitizenship);
    addMap(into.byStatus, part.byStatus);
    addMap(into.byDesk, part.byDesk);
    addMap(into.reachedByMonth, part.reachedByMonth);
    into.hoursDelivered += part.hoursDelivered;
    into.hoursAttended += part.hoursAttended;
    into.attendance.present += part.attendance.present;
    into.attendance.recorded += part.attendance.recorded;
    for (const auto& [type, rate] : part.attendanceByPathType) {
        Rate& r = into.attendanceByPathType[type];
        r.present += rate.present;
        r.recorded += rate.recorded;
    }
    into.enrolmentsEnded += part.enrolmentsEnded;
    into.completions += part.completions;
    into.selfEntrepreneurshipWomen += part.selfEntrepreneurshipWomen;
    addMap(into.referralsByStatus, part.referralsByStatus);
    PlacementFigures& p = into.placements;
    addMap(p.byType, part.placements.byType);
    addMap(p.byStage, part.placements.byStage);
    p.proposed += part.placements.proposed;
    p.started += part.placements.started;
    p.hired += part.placements.hired;
    p.internships += part.placements.internships;
    p.hiredAfterInternship += part.placements.hiredAfterInternship;
    FollowupFigures& f = into.followups;
    f.due += part.followups.due;
    f.done += part.followups.done;
    f.improved += part.followups.improved;
    addMap(f.doneBySituation, part.followups.doneBySituation);
    EventFigures& e = into.events; // counted by one task alone
    e.events += part.events.events;
    e.women += part.events.women;
    e.men += part.events.men;
    e.nonBinary += part.events.nonBinary;
    e.under18 += part.events.under18;
    e.age18to29 += part.events.age18to29;
    e.age30to54 += part.events.age30to54;
    e.age55plus += part.events.age55plus;
    addMap(e.headcountByType, part.events.headcountByType);
    into.targets.insert(into.targets.end(), part.targets.begin(), part.targets.end());
    if (into.esf.empty()) into.esf = part.esf;
    else
        for (size_t i = 0; i < into.esf.size() && i < part.esf.size(); ++i)
            addGenders(into.esf[i].count, part.esf[i].count);
}

IndicatorQueries::Scope scopeOf(const Indicators& out, const QDate& today)
{
    return {out.filter.projectId, out.filter.deskId, iso(out.from),
            iso(out.to),          iso(today),        out.filter.funder};
}

std::optional<double> targetActual(const QString& indicator, const Indicators& in)
{
    const qint64 women =
        in.byGender.count(QStringLiteral("woman")) ? in.byGender.at(QStringLiteral("woman")) : 0;
    const qint64 campaign = in.events.headcountByType.count(QStringLiteral("awareness_campaign"))
                                ? in.events.headcountByType.at(QStringLiteral("awareness_campaign"))
                                : 0;
    if (indicator == u"people_reached") return double(in.people);
    if (indicator == u"women_share_pct")
        return in.people ? 100.0 * double(women) / double(in.people) : 0.0;
    if (indicator == u"self_entrepreneurship_women") return double(in.selfEntrepreneurshipWomen);
    if (indicator == u"event_attendance") return double(in.events.headcount() - campaign);
    if (indicator == u"campaign_reach") return double(campaign);
    if (indicator == u"placements") return double(in.placements.started);
    if (indicator == u"hours_delivered") return in.hoursDelivered;
    if (indicator == u"completions") return double(in.completions);
    return std::nullopt; // co-design participants and surveys are not recorded here
}

} // namespace

void ByGender::add(const QString& gender)
{
    if (gender == u"woman")
        ++women;
    else if (gender == u"man")
        ++men;
    else if (gender == u"non_binary")
        ++nonBinary;
}

void ByGender::add(QByteArrayView gender)
{
    if (gender == "woman")
        ++women;
    else if (gender == "man")
        ++men;
    else if (gender == "non_binary")
        ++nonBinary;
}

IndicatorEngine::IndicatorEngine(Database& db, Split split) : m_db(db), m_split(split) {}

int IndicatorEngine::ageOn(const QString& on, const QString& birthDate, int birthYear)
{
    const QByteArray day = on.toLatin1();
    return PeopleCounter::ageOn(ReportScope::day(day.constData(), day.size()), birthDate.toUtf8(),
                                birthYear);
}

QString IndicatorEngine::ageBand(int age)
{
    if (age < 0) return QStringLiteral("unknown");
    if (age < 18) return QStringLiteral("under_18");
    if (age <= 29) return QStringLiteral("18_29");
    return age <= 54 ? QStringLiteral("30_54") : QStringLiteral("55_plus");
}

QString IndicatorEngine::citizenshipGroup(const QString& citizenships, const QString& hostCountry)
{
    const QStringList list = citizenships.split(u',', Qt::SkipEmptyParts);
    if (list.isEmpty()) return QStringLiteral("unknown");
    bool eu = false;
    for (const QString& c : list) {
        if (!hostCountry.isEmpty() && c.trimmed() == hostCountry) return QStringLiteral("national");
        eu = eu || codes::isEuCountry(c.trimmed());
    }
    return eu ? QStringLiteral("eu") : QStringLiteral("third_country");
}

// One thread's share of a computation: the tasks it took, on its own
// connection, and the figures they added up.
struct IndicatorEngine::Worker
{
    Worker(Connection& connection, ReportScope& scope, const Indicators& base, int from, int to)
        : queries(connection, scope, {}), people(from, to)
    {
        figures = base;
    }

    IndicatorQueries queries;
    PeopleCounter people;
    Indicators figures;
    IndicatorQueries::ScaleSums scales;
    Status status;
};

namespace {

using Part = IndicatorQueries::Part;

// The ranges of ids 0..last in `count` parts, the last one open-ended.
std::vector<std::pair<qint64, qint64>> ranges(qint64 last, int count)
{
    std::vector<std::pair<qint64, qint64>> out;
    qint64 from = 0;
    for (int i = 1; i < count; ++i) {
        const qint64 to = last * i / count;
        if (to >= from) out.emplace_back(from, to);
        from = std::max(from, to + 1);
    }
    out.emplace_back(from, Part::kLast);
    return out;
}

Part personPart(const std::pair<qint64, qint64>& r)
{
    Part p;
    p.firstPerson = r.first;
    p.lastPerson = r.second;
    return p;
}

Part pathPart(const std::pair<qint64, qint64>& r)
{
    Part p;
    p.firstPath = r.first;
    p.lastPath = r.second;
    return p;
}

} // namespace

Result<Indicators> IndicatorEngine::compute(const ReportFilter& filter)
{
    Indicators out;
    out.filter = filter;
    if (Status st = resolvePeriod(out); !st.ok()) return st.error();
    if (out.from > out.to)
        return Error::invalid(Tr::tr("The period starts on %1, after its end on %2.")
                                  .arg(iso(out.from), iso(out.to)));
    const QDate today = m_db.today();
    Connection& main = m_db.connection();
    auto lastPerson = IndicatorQueries::maxId(main, "person");
    if (!lastPerson) return lastPerson.error();
    auto lastPath = IndicatorQueries::maxId(main, "path");
    if (!lastPath) return lastPath.error();
    // Shared by the workers: each fills in the people of the ranges it takes,
    // then all of them read it.
    ReportScope scope;
    scope.reset(*lastPerson);
    const IndicatorQueries::Scope s = scopeOf(out, today);
    Phases phases = plan(s, filter, *lastPerson, *lastPath);

    const bool split =
        m_split == Split::Always || (m_split == Split::Auto && *lastPerson >= kSplitFrom);
    Connection* other =
        split && ReportScope::isDense(*lastPerson) ? m_db.secondConnection() : nullptr;
    const int from = dayNumber(out.from), to = dayNumber(out.to);
    Worker first(main, scope, out, from, to);
    std::optional<Worker> second;
    if (other) second.emplace(*other, scope, out, from, to);
    run(phases, first, second ? &*second : nullptr);
    for (const Worker* w : {&first, second ? &*second : nullptr}) {
        if (w && !w->status.ok()) return w->status.error();
    }
    if (second) {
        addPart(first.figures, second->figures);
        first.scales.add(second->scales);
    }
    out = std::move(first.figures);
    // Path types whose marks were all removed or withheld.
    std::erase_if(out.attendanceByPathType, [](const auto& type) { return type.second.recorded == 0; });
    first.scales.finish(out);
    if (filter.projectId) measureTargets(out);
    return out;
}

// The tasks of a computation, in three phases: each phase's tasks read what
// the phase before wrote into the scope.
IndicatorEngine::Phases IndicatorEngine::plan(const IndicatorQueries::Scope& s,
                                              const ReportFilter& filter, qint64 lastPerson,
                                              qint64 lastPath)
{
    Phases phases;
    std::vector<Task>& reached = phases[0];
    std::vector<Task>& people = phases[1];
    std::vector<Task>& steps = phases[2];
    // First, with a project, the day each person was first reached in it:
    // from the enrolments of its paths (two ranges of ids) and its events.
    if (filter.projectId) {
        for (const auto& range : ranges(lastPath, 2)) {
            reached.push_back([&s, part = pathPart(range)](Worker& w) {
                w.queries.setPart(part);
                return w.queries.reach(s, false);
            });
        }
        reached.push_back([&s](Worker& w) {
            w.queries.setPart({});
            return w.queries.reach(s, true);
        });
    }
    // Then the people, in ranges of ids: who is in scope, counted as each is
    // found, then the follow-ups of those who left.
    for (const auto& range : ranges(lastPerson, kRanges)) {
        people.push_back([&s, part = personPart(range)](Worker& w) {
            w.queries.setPart(part);
            Status st = w.queries.selectPeople(s, [&w](const auto& p) { w.people.add(p); });
            if (!st.ok()) return st;
            return w.queries.forEachLeaverFollowup(s, [&w](const auto& f) { w.people.addSixMonths(f); });
        });
    }
    // Then everything counted over the people in scope, the longest first: a
    // worker that ends early takes the next task, so that a core slowed by
    // other work leaves more of it to the other.
    using Step = Status (IndicatorQueries::*)(const IndicatorQueries::Scope&, Indicators&);
    const auto add = [&](Step step, const Part& part) {
        steps.push_back([&s, step, part](Worker& w) {
            w.queries.setPart(part);
            return (w.queries.*step)(s, w.figures);
        });
    };
    add(&IndicatorQueries::referrals, {});
    for (const auto& range : ranges(lastPath, 2))
        add(&IndicatorQueries::completions, pathPart(range));
    for (const auto& range : ranges(lastPath, kRanges))
        add(&IndicatorQueries::attendance, pathPart(range));
    if (filter.funder) add(&IndicatorQueries::withholdAttendance, {});
    for (const auto& range : ranges(lastPerson, kRanges)) {
        steps.push_back([part = personPart(range)](Worker& w) {
            w.queries.setPart(part);
            return w.queries.scales(w.scales);
        });
    }
    for (Step step : {&IndicatorQueries::followups, &IndicatorQueries::placements,
                      &IndicatorQueries::selfEntrepreneurship}) {
        for (const auto& range : ranges(lastPerson, 2))
            add(step, personPart(range));
    }
    add(&IndicatorQueries::events, {});
    if (filter.projectId) {
        steps.push_back([id = filter.projectId](Worker& w) { return w.queries.targets(id, w.figures); });
    }
    return phases;
}

// The phases on one worker, or on two threads at once (`second` on a thread
// of its own): each takes the next task not yet taken until none is left, or
// one failed, and both end a phase before either starts the next.
void IndicatorEngine::run(Phases& phases, Worker& first, Worker* second)
{
    std::array<std::atomic<size_t>, std::tuple_size_v<Phases>> next{};
    std::atomic<bool> failed{false};
    const auto work = [&failed](std::vector<Task>& tasks, std::atomic<size_t>& taken, Worker& w) {
        for (size_t i = taken++; i < tasks.size() && !failed; i = taken++) {
            if (Status st = tasks[i](w); !st.ok()) {
                w.status = std::move(st);
                failed = true;
            }
        }
    };
    const auto run = [&](Worker& w, std::barrier<>* between) {
        w.status = w.queries.loadDesks();
        if (!w.status.ok()) failed = true;
        for (size_t k = 0; k < phases.size(); ++k) {
            if (k > 0 && between) between->arrive_and_wait(); // whatever happened
            work(phases[k], next[k], w);
        }
        if (w.status.ok()) w.people.finish(w.queries, w.figures);
    };
    if (!second) {
        run(first, nullptr);
        return;
    }
    std::barrier<> between(2);
    std::thread thread([&] {
        pthread_setname_np(pthread_self(), "percorsi-report");
        run(*second, &between);
    });
    run(first, &between);
    thread.join();
}

Status IndicatorEngine::resolvePeriod(Indicators& out)
{
    IndicatorQueries q(m_db);
    out.from = out.filter.from;
    out.to = out.filter.to;
    if (out.filter.projectId) {
        if (Status st = q.project(out.filter.projectId, out); !st.ok()) return st;
    }
    if (out.filter.deskId) {
        if (Status st = q.deskName(out.filter.deskId, out); !st.ok()) return st;
    }
    if (!out.from.isValid()) out.from = QDate(1900, 1, 1);
    if (!out.to.isValid()) out.to = m_db.today();
    return {};
}

void IndicatorEngine::measureTargets(Indicators& out) const
{
    for (TargetProgress& t : out.targets)
        t.actual = targetActual(t.indicator, out);
}

} // namespace percorsi
