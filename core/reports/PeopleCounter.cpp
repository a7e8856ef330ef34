#include "core/reports/PeopleCounter.h"

#include <QDate>
#include <QString>

#include "core/reports/IndicatorEngine.h"
#include "core/storage/ReportScope.h"

namespace percorsi {

namespace {

const char* const kAgeBands[] = {"under_18", "18_29", "30_54", "55_plus", "unknown"};
const char* const kGroups[] = {"national", "eu", "third_country", "unknown"};

int ageBandIndex(int age)
{
    if (age < 0) return 4;
    if (age < 18) return 0;
    if (age <= 29) return 1;
    return age <= 54 ? 2 : 3;
}

template <size_t N>
void addNonZero(Tally& tally, const char* const (&codes)[N], const std::array<qint64, N>& counts)
{
    for (size_t i = 0; i < N; ++i) {
        if (counts[i]) tally[QLatin1StringView(codes[i])] += counts[i];
    }
}

} // namespace

PeopleCounter::PeopleCounter(int from, int to) : m_from(from), m_to(to) {}

int PeopleCounter::ageOn(int day, QByteArrayView birthDate, int birthYear)
{
    if (day <= 0) return -1;
    const int born = ReportScope::day(birthDate.data(), birthDate.size());
    if (born > 0) return day / 10000 - born / 10000 - (day % 10000 < born % 10000 ? 1 : 0);
    return birthYear > 0 ? day / 10000 - birthYear : -1;
}

const PeopleCounter::Citizenship& PeopleCounter::citizenship(const IndicatorQueries::PersonRow& p)
{
    m_key.assign(p.citizenships.data(), size_t(p.citizenships.size()));
    m_key.push_back('\x1f');
    m_key.append(p.deskCountry.data(), size_t(p.deskCountry.size()));
    auto it = m_citizenships.find(m_key);
    if (it != m_citizenships.end()) return it->second;
    const QString list = QString::fromUtf8(p.citizenships);
    const QString group = IndicatorEngine::citizenshipGroup(list, QString::fromUtf8(p.deskCountry));
    Citizenship c;
    while (c.group < 3 && group != QLatin1StringView(kGroups[c.group]))
        ++c.group;
    c.thirdCountry = EsfIndicators::isThirdCountryNational(list);
    return m_citizenships.emplace(m_key, c).first->second;
}

void PeopleCounter::add(const IndicatorQueries::PersonRow& p)
{
    const int age = ageOn(p.reachedOn, p.birthDate, p.birthYear);
    const Citizenship& c = citizenship(p);
    ++m_people;
    m_gender.add(p.gender);
    ++m_ageBands[size_t(ageBandIndex(age))];
    ++m_groups[size_t(c.group)];
    m_status.add(p.status);
    if (p.deskId != m_lastDesk) {
        m_lastDesk = p.deskId;
        m_deskCount = &m_desks[p.deskId]; // std::map: the address stays valid
    }
    ++*m_deskCount;
    if (p.reachedOn / 100 != m_lastMonth) {
        m_lastMonth = p.reachedOn / 100;
        m_monthCount = &m_months[m_lastMonth];
    }
    ++*m_monthCount;
    m_esf.addParticipant(p, age, c.thirdCountry, m_from, m_to);
    const int exit = ReportScope::day(p.exitDate.data(), p.exitDate.size());
    if (exit > 0 && exit >= m_from && exit <= m_to)
        m_leavers.emplace(p.id, EsfIndicators::genderIndex(p.gender));
}

void PeopleCounter::addSixMonths(const IndicatorQueries::LeaverFollowup& followup)
{
    const auto leaver = m_leavers.find(followup.personId);
    if (leaver != m_leavers.end()) m_esf.addSixMonths(leaver->second, followup);
}

void PeopleCounter::finish(const IndicatorQueries& queries, Indicators& out) const
{
    out.people += m_people;
    m_gender.addTo(out.byGender);
    m_status.addTo(out.byStatus);
    addNonZero(out.byAgeBand, kAgeBands, m_ageBands);
    addNonZero(out.byCitizenship, kGroups, m_groups);
    for (const auto& [desk, n] : m_desks)
        out.byDesk[queries.deskName(desk)] += n;
    for (const auto& [month, n] : m_months)
        out.reachedByMonth[QDate(month / 100, month % 100, 1)] += n;
    out.esf = m_esf.rows();
}

} // namespace percorsi
