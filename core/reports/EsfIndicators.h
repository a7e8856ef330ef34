#pragma once

#include <vector>

#include "core/reports/Indicators.h"
#include "core/storage/IndicatorQueries.h"

namespace percorsi {

// The ESF+ common output and result indicators (Regulation (EU) 2021/1057,
// Annex I) by women, men and non-binary. Each participant is counted once,
// with the one labour-market status she had at entry; ages are at entry
// (the day she was reached). Results on leaving count the people in scope who
// left within the period, by their situation on leaving; results six months
// after count those whose latest follow-up on leaving is done.
class EsfIndicators
{
public:
    EsfIndicators();

    // `from` and `to` are the period as yyyymmdd; `thirdCountry`: no citizenship of the EU.
    void addParticipant(const IndicatorQueries::PersonRow& person, int ageAtEntry,
                        bool thirdCountry, int from, int to);
    // `gender` as genderIndex() gives it.
    void addSixMonths(int gender, const IndicatorQueries::LeaverFollowup& followup);
    const std::vector<EsfRow>& rows() const { return m_rows; }

    // The indicators' codes in the order of the Annex; labels via reportLabel().
    static const std::vector<const char*>& codes();
    // Holds citizenships (a comma-separated list) and none of them of the EU.
    static bool isThirdCountryNational(const QString& citizenships);
    // 0 woman, 1 man, 2 non-binary; -1 for any other gender, not counted.
    static int genderIndex(QByteArrayView gender);

private:
    // `code` indexes codes(); negative: nothing to count. `gender` as
    // genderIndex(): one comparison of the gender for each person, not for
    // each of her indicators.
    void count(int code, int gender);

    std::vector<EsfRow> m_rows;
};

} // namespace percorsi
