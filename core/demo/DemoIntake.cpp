#include "core/demo/DemoData.h"

#include <algorithm>

#include "core/demo/DemoGenerator.h"
#include "core/search/NameFolding.h"

// The person a desk meets at intake: identity, origin, household and needs,
// drawn so that they fit together (a permit about to expire raises the legal need).
namespace percorsi::demo {

namespace {

QDate anchor()
{
    return DemoGenerator::anchorDate();
}

// ---- a person at intake ----------------------------------------------------------

QString drawEmail(Draws& draws, const QString& given, const QString& family)
{
    auto ascii = [](const QString& name) {
        QString out;
        for (QChar c : NameFolding::fold(name)) {
            if (c >= u'a' && c <= u'z') out += c;
        }
        return out;
    };
    QString local = ascii(given.section(u' ', 0, 0)) + u'.' + ascii(family);
    if (draws.chance(0.5)) local += QString::number(draws.between(1, 99));
    return local + u'@' + draws.pick("gmail.com*2|hotmail.com|yahoo.com|outlook.com");
}

// Names, birth, intake and contacts; returns the date of birth.
QDate drawIdentity(Draws& draws, const City& city, const Community& c, Record& r)
{
    const QString gender = draws.pick("woman*85|man*13|non_binary*2");
    const bool male = gender == u"man" || (gender == u"non_binary" && draws.chance(0.5));
    const QString given = draws.pick(male ? c.men : c.women);
    QString family = draws.pick(c.families);
    if (c.twoSurnames && draws.chance(0.7)) family += u' ' + draws.pick(c.families);
    const QString preferred = draws.chance(0.1) ? draws.pick(c.preferred) : QString();
    const QDate intake = draws.date(QDate(2025, 1, 8), anchor().addDays(-2));
    const int age = draws.chance(0.05) ? draws.between(55, 65)
                                       : 18 + draws.below(13) + draws.below(13) + draws.below(12);
    const QDate birth = intake.addYears(-age).addDays(-draws.below(365));
    const bool yearOnly = draws.chance(0.15);
    r.with(u"gender", gender).with(u"given_name", given).with(u"family_name", family);
    r.with(u"preferred_name", when(preferred != given, preferred));
    r.with(u"birth_date", when(!yearOnly, birth)).with(u"birth_year", when(yearOnly, birth.year()));
    r.with(u"phone", when(draws.chance(0.92), draws.phone(city.mobile)));
    r.with(u"email", when(draws.chance(0.3), drawEmail(draws, given, family)));
    r.with(u"address", when(draws.chance(0.85), draws.address(city)));
    r.with(u"neighbourhood", draws.pick(city.neighbourhoods)).with(u"intake_date", intake);
    return birth;
}

// Country, citizenship, permit, arrival and languages.
void drawOrigin(Draws& draws, const City& city, const Community& c, Record& r, QDate birth)
{
    static const char* const kLevels[] = {"none", "A1", "A2", "A2", "B1", "B1",
                                          "B1",   "B2", "B2", "B2", "C1"};
    const QString origin = QString::fromLatin1(c.country);
    const QString host = QString::fromLatin1(city.country);
    const QString local = QString::fromLatin1(city.language);
    const int birthYear = birth.year();
    const bool bornHere = draws.chance(0.04);
    const int year = r.date(u"intake_date").year();
    const int bucket = draws.below(100);
    int years = bucket < 45 ? draws.below(3) : draws.between(3, bucket < 75 ? 8 : 25);
    if (origin == u"UA") years = draws.below(year - 2021); // arrived since the full-scale invasion
    years = bornHere ? year - birthYear : year - std::max(birthYear, year - years);
    QString permit = bornHere ? QStringLiteral("citizen") : draws.pick(c.permits);
    if (years < 6 && (permit == u"citizen" || permit == u"long_term_resident"))
        permit = QStringLiteral("family");
    const bool lasting =
        permit == u"none" || permit == u"citizen" || permit == u"long_term_resident";
    // Planned dates may lie after the anchor; some permits expire within 60 days of it.
    const int days = draws.chance(0.06) ? draws.between(1, 60) : draws.between(-45, 900);
    const QDate expiry =
        permit == u"temporary_protection" ? QDate(2027, 3, 4) : anchor().addDays(days);
    const QStringList& spoken = draws.items(c.languages);
    QStringList languages{spoken.front()};
    for (qsizetype i = 1; i < spoken.size(); ++i) {
        if (draws.chance(0.35)) languages << spoken[i];
    }
    const bool native = bornHere || spoken.front() == local;
    // Years in the country make the level; only some reach C1.
    const int score = std::clamp(years + draws.between(-2, 1), 0, draws.chance(0.3) ? 10 : 9);
    if (score >= 4 && !languages.contains(local)) languages << local;
    r.with(u"country_of_birth", bornHere ? host : origin);
    r.with(u"citizenships", permit == u"citizen" ? host + u',' + origin : origin);
    r.with(u"arrival_year", when(!bornHere, year - years)).with(u"permit_type", permit);
    r.with(u"permit_expiry", when(!lasting, expiry)).with(u"languages", languages.join(u','));
    r.with(u"language_level", QString::fromLatin1(native ? "C2" : kLevels[score]));
}

// Household, education, work and housing at intake.
void drawHousehold(Draws& draws, Record& r, int age)
{
    const int household = 1 + draws.below(3) + draws.below(3) + draws.below(2) * draws.below(3);
    const int mostChildren = std::min(household - 1, std::max(0, (age - 16) / 3));
    const int children = draws.below(mostChildren + 1);
    const QString permit = r.text(u"permit_type");
    const bool protection =
        permit == u"refugee" || permit == u"asylum_seeker" || permit == u"subsidiary_protection";
    r.with(u"household_size", household).with(u"children", children);
    r.with(u"childcare_need", children > 0 && draws.chance(0.5));
    r.with(u"education_isced", draws.pick("0*8|1*12|2*22|3*30|4*6|5*3|6*12|7*6|8").toInt());
    r.with(u"employment_status",
           draws.pick("unemployed*32|long_term_unemployed*18|inactive*28|employed*12|"
                      "self_employed*3|in_education*7"));
    r.with(u"disability", draws.chance(0.05)).with(u"minority", draws.chance(0.08));
    r.with(u"housing", protection && draws.chance(0.4)
                           ? QStringLiteral("reception_centre")
                           : draws.pick("stable*45|hosted*20|insecure*18|shelter*5|homeless*4|"
                                        "reception_centre*3"));
}

// The needs of the first screening follow from the situation at intake.
Needs drawNeeds(Draws& draws, const Record& r)
{
    const QString level = r.text(u"language_level");
    const QString work = r.text(u"employment_status");
    const QString housing = r.text(u"housing");
    const QString permit = r.text(u"permit_type");
    const bool employed = work == u"employed" || work == u"self_employed";
    const bool expiring =
        !r.isNull(u"permit_expiry") && r.date(u"permit_expiry") < anchor().addDays(60);
    const bool secure = permit == u"citizen" || permit == u"long_term_resident";
    const bool children = r.integer(u"children") > 0;
    return {level == u"none" || level == u"A1" ? 3
            : level == u"A2"                   ? 2
            : level == u"B1"                   ? 1
                                               : 0,
            employed ? draws.below(2) : draws.between(2, 3),
            housing == u"stable"                              ? 0
            : housing == u"hosted"                            ? 1
            : housing == u"shelter" || housing == u"homeless" ? 3
                                                              : 2,
            permit == u"none" || permit == u"asylum_seeker" || expiring ? 3
            : secure                                                    ? 0
                                                                        : draws.between(1, 2),
            std::min(3, draws.below(3) + int(r.integer(u"disability"))),
            !children                      ? 0
            : r.integer(u"childcare_need") ? draws.between(2, 3)
                                           : 1,
            r.integer(u"education_isced") <= 2 ? draws.between(2, 3) : draws.below(3),
            draws.between(1, 3),
            employed ? 1 : draws.between(2, 3)};
}

} // namespace

Needs drawIntake(Draws& draws, const City& city, const Community& community, Record& person)
{
    const QDate birth = drawIdentity(draws, city, community, person);
    drawOrigin(draws, city, community, person, birth);
    drawHousehold(draws, person, person.date(u"intake_date").year() - birth.year());
    return drawNeeds(draws, person);
}

} // namespace percorsi::demo
