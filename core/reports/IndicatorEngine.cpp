#include "core/reports/IndicatorEngine.h"

#include <barrier>
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

// Adds the figures of one part of the work to those of the other. Every
// figure of a part is a count or sum over its own people or paths (each
// counted in one part only), so the sum is the figure of the whole.
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
    EventFigures& e = into.events; // counted by the first part alone
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

struct IndicatorEngine::PartResult
{
    Indicators figures;
    IndicatorQueries::ScaleSums scales;
    Status status;
};

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
    // Shared by the parts: each fills in its own people, then both read it.
    ReportScope scope;
    scope.reset(*lastPerson);

    const bool split =
        m_split == Split::Always || (m_split == Split::Auto && *lastPerson >= kSplitFrom);
    Connection* other =
        split && ReportScope::isDense(*lastPerson) ? m_db.secondConnection() : nullptr;
    PartResult first, second;
    first.figures = out;
    if (!other) {
        computePart(main, scope, {}, Role::Whole, today, {}, first);
    } else {
        second.figures = out;
        IndicatorQueries::Part a, b;
        a.lastPerson = *lastPerson / 2;
        b.firstPerson = a.lastPerson + 1;
        a.lastPath = *lastPath / 2;
        b.firstPath = a.lastPath + 1;
        // Neither part reads the scope before both have filled it in.
        std::barrier peopleDone(2);
        const auto arrive = [&peopleDone] { peopleDone.arrive_and_wait(); };
        std::thread worker(
            [&] {
                pthread_setname_np(pthread_self(), "percorsi-report");
                computePart(*other, scope, b, Role::Second, today, arrive, second);
            });
        computePart(main, scope, a, Role::First, today, arrive, first);
        worker.join();
        addPart(first.figures, second.figures);
        first.scales.add(second.scales);
    }
    for (const PartResult* part : {&first, &second}) {
        if (!part->status.ok()) return part->status.error();
    }
    out = std::move(first.figures);
    first.scales.finish(out);
    if (filter.projectId) measureTargets(out);
    return out;
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

// The people of the part first; `peopleDone` (when the work is split) waits
// for the other part's people, whatever happened, before anything reads the
// scope. Then the part's share of the activities, and the steps that are not
// split (a share of them costs nearly what the whole does): the first part
// counts referrals, events and targets, the second completions.
void IndicatorEngine::computePart(Connection& connection, ReportScope& scope,
                                  const IndicatorQueries::Part& part, Role role,
                                  const QDate& today, const std::function<void()>& peopleDone,
                                  PartResult& result)
{
    IndicatorQueries q(connection, scope, part);
    IndicatorQueries whole(connection, scope, {});
    Indicators& out = result.figures;
    const IndicatorQueries::Scope s = scopeOf(out, today);
    PeopleCounter people(dayNumber(out.from), dayNumber(out.to));
    Status st = q.selectPeople(s, [&](const auto& p) { people.add(p); });
    if (peopleDone) peopleDone();
    const auto fail = [&](Status status) { result.status = std::move(status); };
    if (!st.ok()) return fail(st);
    st = q.forEachLeaverFollowup(s, [&](const auto& f) { people.addSixMonths(f); });
    if (!st.ok()) return fail(st);
    people.finish(q, out);
    using Step = Status (IndicatorQueries::*)(const IndicatorQueries::Scope&, Indicators&);
    for (Step step : {&IndicatorQueries::attendance, &IndicatorQueries::selfEntrepreneurship,
                      &IndicatorQueries::placements, &IndicatorQueries::followups}) {
        if (st = (q.*step)(s, out); !st.ok()) return fail(st);
    }
    if (st = q.scales(result.scales); !st.ok()) return fail(st);
    if (role != Role::First) {
        if (st = whole.completions(s, out); !st.ok()) return fail(st);
    }
    if (role == Role::Second) return;
    for (Step step : {&IndicatorQueries::referrals, &IndicatorQueries::events}) {
        if (st = (whole.*step)(s, out); !st.ok()) return fail(st);
    }
    if (out.filter.projectId) {
        if (st = whole.targets(out.filter.projectId, out); !st.ok()) return fail(st);
    }
}

void IndicatorEngine::measureTargets(Indicators& out) const
{
    for (TargetProgress& t : out.targets)
        t.actual = targetActual(t.indicator, out);
}

} // namespace percorsi
