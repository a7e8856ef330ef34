#include "core/reports/IndicatorEngine.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/domain/Codes.h"
#include "core/reports/PeopleCounter.h"
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

IndicatorEngine::IndicatorEngine(Database& db) : m_db(db) {}

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

Result<Indicators> IndicatorEngine::compute(const ReportFilter& filter)
{
    Indicators out;
    out.filter = filter;
    if (Status st = resolvePeriod(out); !st.ok()) return st.error();
    if (out.from > out.to)
        return Error::invalid(Tr::tr("The period starts on %1, after its end on %2.")
                                  .arg(iso(out.from), iso(out.to)));
    // One instance for the whole computation: it holds the people in scope.
    IndicatorQueries queries(m_db);
    if (Status st = computePeople(queries, out); !st.ok()) return st.error();
    if (Status st = computeActivities(queries, out); !st.ok()) return st.error();
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

Status IndicatorEngine::computePeople(IndicatorQueries& q, Indicators& out)
{
    const IndicatorQueries::Scope scope = scopeOf(out, m_db.today());
    PeopleCounter people(dayNumber(out.from), dayNumber(out.to));
    Status st = q.selectPeople(scope, [&](const auto& p) { people.add(p); });
    if (!st.ok()) return st;
    st = q.forEachLeaverFollowup(scope, [&](const auto& f) { people.addSixMonths(f); });
    people.finish(q, out);
    return st;
}

Status IndicatorEngine::computeActivities(IndicatorQueries& q, Indicators& out)
{
    const IndicatorQueries::Scope s = scopeOf(out, m_db.today());
    for (auto step :
         {&IndicatorQueries::attendance, &IndicatorQueries::completions,
          &IndicatorQueries::selfEntrepreneurship, &IndicatorQueries::referrals,
          &IndicatorQueries::placements, &IndicatorQueries::followups, &IndicatorQueries::events}) {
        if (Status st = (q.*step)(s, out); !st.ok()) return st;
    }
    if (Status st = q.scales(out); !st.ok()) return st;
    return out.filter.projectId ? q.targets(out.filter.projectId, out) : Status();
}

void IndicatorEngine::measureTargets(Indicators& out) const
{
    for (TargetProgress& t : out.targets)
        t.actual = targetActual(t.indicator, out);
}

} // namespace percorsi
