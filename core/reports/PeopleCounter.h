#pragma once

#include <array>
#include <map>
#include <string>
#include <unordered_map>

#include "core/reports/CodeCounts.h"
#include "core/reports/EsfIndicators.h"
#include "core/reports/Indicators.h"
#include "core/storage/IndicatorQueries.h"

namespace percorsi {

// The people indicators (reached by gender, age band, citizenship group,
// status, desk and month, and the ESF+ participant indicators) counted in the
// one pass over the people in scope. A person costs a few comparisons and no
// allocation (but for one who left within the period, kept for the six-month
// results): what depends on her citizenships is worked out once for each
// distinct list.
class PeopleCounter
{
public:
    // The period as yyyymmdd, for the results on leaving.
    PeopleCounter(int from, int to);

    void add(const IndicatorQueries::PersonRow& person);
    // Counted when she is one of the people added who left within the period.
    void addSixMonths(const IndicatorQueries::LeaverFollowup& followup);
    // Fills the people figures and the ESF+ rows.
    void finish(const IndicatorQueries& queries, Indicators& out) const;

    // Age in whole years on a yyyymmdd day, from a birth date or year; -1 unknown.
    static int ageOn(int day, QByteArrayView birthDate, int birthYear);

private:
    struct Citizenship
    {
        int group = 0; // index into the citizenship group codes
        bool thirdCountry = false;
    };

    const Citizenship& citizenship(const IndicatorQueries::PersonRow& person);

    int m_from, m_to;
    qint64 m_people = 0;
    CodeCounts m_gender, m_status;
    std::array<qint64, 5> m_ageBands{};
    std::array<qint64, 4> m_groups{};
    std::map<qint64, qint64> m_desks;
    std::map<int, qint64> m_months; // yyyymm
    // The counts of the last desk and month seen: people come in id order,
    // so mostly from the desk and month of the person before.
    qint64 m_lastDesk = -1;
    int m_lastMonth = -1;
    qint64* m_deskCount = nullptr;
    qint64* m_monthCount = nullptr;
    std::unordered_map<std::string, Citizenship> m_citizenships;
    std::string m_key; // reused, so that a lookup allocates nothing
    EsfIndicators m_esf;
    std::unordered_map<qint64, int> m_leavers; // who left within the period: her gender's index
};

} // namespace percorsi
