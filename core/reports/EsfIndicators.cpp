#include "core/reports/EsfIndicators.h"

#include <cstring>

#include <QStringList>

#include "core/domain/Codes.h"

namespace percorsi {

namespace {

bool isHomelessOrExcluded(const QString& housing)
{
    // ETHOS: roofless, houseless (shelters, reception for migrants), insecure housing.
    return housing == u"homeless" || housing == u"shelter" || housing == u"reception_centre" ||
           housing == u"insecure";
}

bool isThirdCountryNational(const QString& citizenships)
{
    if (citizenships.isEmpty()) return false;
    for (const QString& c : citizenships.split(u',', Qt::SkipEmptyParts)) {
        if (codes::isEuCountry(c.trimmed())) return false;
    }
    return true;
}

bool hasForeignBackground(const IndicatorQueries::PersonRow& p)
{
    return !p.countryOfBirth.isEmpty() && !p.deskCountry.isEmpty() &&
           p.countryOfBirth != p.deskCountry;
}

const char* labourStatus(const QString& employment)
{
    if (employment == u"unemployed" || employment == u"long_term_unemployed") return "unemployed";
    if (employment == u"inactive" || employment == u"in_education") return "inactive";
    if (employment == u"employed" || employment == u"self_employed") return "employed";
    return nullptr;
}

const char* iscedBand(int isced)
{
    if (isced < 0) return nullptr;
    return isced <= 2 ? "isced_0_2" : isced <= 4 ? "isced_3_4" : "isced_5_8";
}

const char* ageBand(int age)
{
    if (age < 0) return nullptr;
    return age < 18 ? "below_18" : age <= 29 ? "age_18_29" : age >= 55 ? "age_55_plus" : nullptr;
}

const char* leavingResult(const QString& situation)
{
    if (situation == u"job_searching") return "leaving_job_searching";
    if (situation == u"education_training") return "leaving_education_training";
    if (situation == u"qualification") return "leaving_qualification";
    if (situation == u"employed" || situation == u"self_employed") return "leaving_employed";
    return nullptr;
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

void EsfIndicators::count(const char* code, const QString& gender)
{
    if (!code) return;
    // Plain C strings: this runs about ten times for every participant.
    const std::vector<const char*>& all = codes();
    for (size_t i = 0; i < all.size(); ++i) {
        if (std::strcmp(all[i], code) == 0) {
            m_rows[i].count.add(gender);
            return;
        }
    }
}

void EsfIndicators::addParticipant(const IndicatorQueries::PersonRow& p, int ageAtEntry,
                                   const QString& from, const QString& to)
{
    const QString& g = p.gender;
    count("participants", g);
    count(labourStatus(p.employment), g);
    count(p.employment == u"long_term_unemployed" ? "long_term_unemployed" : nullptr, g);
    count(ageBand(ageAtEntry), g);
    count(iscedBand(p.isced), g);
    count(p.disability ? "disability" : nullptr, g);
    count(isThirdCountryNational(p.citizenships) ? "third_country" : nullptr, g);
    count(hasForeignBackground(p) ? "foreign_background" : nullptr, g);
    count(p.minority ? "minority" : nullptr, g);
    count(isHomelessOrExcluded(p.housing) ? "homeless_excluded" : nullptr, g);
    if (!p.exitDate.isEmpty() && p.exitDate >= from && p.exitDate <= to)
        count(leavingResult(p.exitSituation), g);
}

void EsfIndicators::addSixMonths(const IndicatorQueries::LeaverFollowup& f)
{
    if (f.situation == u"employed" || f.situation == u"self_employed")
        count("six_months_employed", f.gender);
    if (f.improved) count("six_months_improved", f.gender);
}

} // namespace percorsi
