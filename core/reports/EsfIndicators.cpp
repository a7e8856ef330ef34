#include "core/reports/EsfIndicators.h"

#include <QStringList>

#include "core/domain/Codes.h"
#include "core/storage/ReportScope.h"

namespace percorsi {

namespace {

// The indexes of EsfIndicators::codes(), in the order of the Annex.
enum Code {
    Unemployed,
    LongTermUnemployed,
    Inactive,
    Employed,
    Below18,
    Age18to29,
    Age55Plus,
    Isced02,
    Isced34,
    Isced58,
    Participants,
    Disability,
    ThirdCountry,
    ForeignBackground,
    Minority,
    HomelessExcluded,
    LeavingJobSearching,
    LeavingEducationTraining,
    LeavingQualification,
    LeavingEmployed,
    SixMonthsEmployed,
    SixMonthsImproved,
    None = -1
};

bool isHomelessOrExcluded(QByteArrayView housing)
{
    // ETHOS: roofless, houseless (shelters, reception for migrants), insecure housing.
    return housing == "homeless" || housing == "shelter" || housing == "reception_centre" ||
           housing == "insecure";
}

bool hasForeignBackground(const IndicatorQueries::PersonRow& p)
{
    return !p.countryOfBirth.isEmpty() && !p.deskCountry.isEmpty() &&
           p.countryOfBirth != p.deskCountry;
}

Code labourStatus(QByteArrayView employment)
{
    if (employment == "unemployed" || employment == "long_term_unemployed") return Unemployed;
    if (employment == "inactive" || employment == "in_education") return Inactive;
    if (employment == "employed" || employment == "self_employed") return Employed;
    return None;
}

Code iscedBand(int isced)
{
    if (isced < 0) return None;
    return isced <= 2 ? Isced02 : isced <= 4 ? Isced34 : Isced58;
}

Code ageBand(int age)
{
    if (age < 0) return None;
    return age < 18 ? Below18 : age <= 29 ? Age18to29 : age >= 55 ? Age55Plus : None;
}

Code leavingResult(QByteArrayView situation)
{
    if (situation == "job_searching") return LeavingJobSearching;
    if (situation == "education_training") return LeavingEducationTraining;
    if (situation == "qualification") return LeavingQualification;
    if (situation == "employed" || situation == "self_employed") return LeavingEmployed;
    return None;
}

} // namespace

const std::vector<const char*>& EsfIndicators::codes()
{
    static const std::vector<const char*> all = {"unemployed",
                                                 "long_term_unemployed",
                                                 "inactive",
                                                 "employed",
                                                 "below_18",
                                                 "age_18_29",
                                                 "age_55_plus",
                                                 "isced_0_2",
                                                 "isced_3_4",
                                                 "isced_5_8",
                                                 "participants",
                                                 "disability",
                                                 "third_country",
                                                 "foreign_background",
                                                 "minority",
                                                 "homeless_excluded",
                                                 "leaving_job_searching",
                                                 "leaving_education_training",
                                                 "leaving_qualification",
                                                 "leaving_employed",
                                                 "six_months_employed",
                                                 "six_months_improved"};
    return all;
}

EsfIndicators::EsfIndicators()
{
    for (const char* code : codes())
        m_rows.push_back({QLatin1StringView(code), {}});
}

bool EsfIndicators::isThirdCountryNational(const QString& citizenships)
{
    if (citizenships.isEmpty()) return false;
    for (const QString& c : citizenships.split(u',', Qt::SkipEmptyParts)) {
        if (codes::isEuCountry(c.trimmed())) return false;
    }
    return true;
}

int EsfIndicators::genderIndex(QByteArrayView gender)
{
    if (gender == "woman") return 0;
    if (gender == "man") return 1;
    return gender == "non_binary" ? 2 : -1;
}

void EsfIndicators::count(int code, int gender)
{
    if (code < 0 || gender < 0) return;
    ByGender& g = m_rows[size_t(code)].count;
    ++(gender == 0 ? g.women : gender == 1 ? g.men : g.nonBinary);
}

void EsfIndicators::addParticipant(const IndicatorQueries::PersonRow& p, int ageAtEntry,
                                   bool thirdCountry, int from, int to)
{
    const int g = genderIndex(p.gender);
    if (g < 0) return; // counted by women, men and non-binary only
    count(Participants, g);
    count(labourStatus(p.employment), g);
    count(p.employment == "long_term_unemployed" ? LongTermUnemployed : None, g);
    count(ageBand(ageAtEntry), g);
    count(iscedBand(p.isced), g);
    count(p.disability ? Disability : None, g);
    count(thirdCountry ? ThirdCountry : None, g);
    count(hasForeignBackground(p) ? ForeignBackground : None, g);
    count(p.minority ? Minority : None, g);
    count(isHomelessOrExcluded(p.housing) ? HomelessExcluded : None, g);
    const int exit = ReportScope::day(p.exitDate.data(), p.exitDate.size());
    if (exit > 0 && exit >= from && exit <= to) count(leavingResult(p.exitSituation), g);
}

void EsfIndicators::addSixMonths(int gender, const IndicatorQueries::LeaverFollowup& f)
{
    if (f.situation == "employed" || f.situation == "self_employed")
        count(SixMonthsEmployed, gender);
    if (f.improved) count(SixMonthsImproved, gender);
}

} // namespace percorsi
