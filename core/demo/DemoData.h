#pragma once

#include <array>
#include <span>
#include <unordered_map>

#include <QDate>
#include <QStringList>
#include <QVariant>

#include "core/domain/Record.h"
#include "core/util/TimeOrderedUuid.h"

// The content of the demo data: a seeded random source, the lists it draws
// from (names, places, services, words for things) and the person a desk
// meets at intake. DemoGenerator decides which records exist, how they link
// and when things happen.
namespace percorsi::demo {

// xoshiro256** seeded through splitmix64: the same sequence on every platform
// and standard library, which the standard distributions do not promise.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64& s : m_s) {
            seed += 0x9e3779b97f4a7c15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // 0 <= result < bound, without the bias of a plain modulo.
    int below(int bound)
    {
        if (bound <= 1) return 0;
        const quint64 n = quint64(bound);
        const quint64 limit = (0 - n) % n;
        quint64 r = next();
        while (r < limit)
            r = next();
        return int(r % n);
    }
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // A day from `from` to `to`, both included; `from` when the range is empty.
    QDate date(QDate from, QDate to)
    {
        return to <= from ? from : from.addDays(below(int(from.daysTo(to)) + 1));
    }
    // A time-ordered (version 7) uuid, greater than the last one this
    // generator drew, at a clock of its own that starts on 1 January 2025.
    QString uuid();

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
    TimeOrderedUuid m_uuids;
    qint64 m_uuidsDrawn = 0;
};

struct City;

// Random choices over the lists below and a phone number after a pattern.
// Lists are split once and kept; "woman*85|man*13" weighs its items.
class Draws : public Rng
{
public:
    using Rng::Rng;
    const QStringList& items(const char* list);
    const QString& pick(const char* list);
    QString phone(const char* pattern);
    QString address(const City& city);

private:
    std::unordered_map<const char*, QStringList> m_lists;
};

// The lists the demo generator draws from. Every list is one UTF-8 string of
// items separated by '|'; "item*3" counts three times.

// People from one country of origin, as the registers of the four cities show
// them (several transliterations of the same name on purpose).
struct Community
{
    const char* country;   // ISO 3166-1 alpha-2
    const char* languages; // ISO 639: the mother tongue first, then others some speak
    const char* women;     // given names
    const char* men;
    const char* families;
    const char* preferred; // names some people ask to be called by
    const char* permits;   // permit_type codes, weighted
    bool twoSurnames;      // Spanish-style "Quispe Mamani"
};

// A desk's city: its places, its people and its words for things.
struct City
{
    const char* desk; // desk name, city, code, ISO country and main language
    const char* city;
    const char* code;
    const char* country;
    const char* language;
    const char* userSuffix;  // of the desk's extra accounts (operator.bcn); empty at home
    const char* staff;       // full names: operator, trainer (home: coordinator, administrator)
    const char* communities; // "EG*20|MA*14|…": country and share, largest first
    const char* neighbourhoods;
    const char* streets;
    const char* postcode;
    const char* mobile; // phone patterns, '#' a random digit
    const char* landline;
    const char* venues;         // where paths and events take place
    const char* partners;       // local associations
    const char* pathNames;      // one per path_type, in the order of the code set
    const char* qualifications; // vocational, language certificate, attendance certificate
    const char* employerForms;  // "sector|name pattern with %1" pairs
    const char* localFamilies;  // for employers and their contacts
    const char* localGiven;
};

// One entry of a city's directory of services.
struct Service
{
    int city; // index into cities()
    const char* category;
    const char* name;
    const char* street;
};

// The need domains, in the order of the assessment's need_* fields, with the
// intervention kind and the service category that answer each.
struct Domain
{
    const char* code;
    const char* field;
    const char* kind;
    const char* category;
};

struct Project
{
    const char* name;
    const char* funder;
    const char* start;
    const char* end;
    const char* sites;
    const char* description;
    const char* targets; // "indicator:target|…"
};

// Need levels 0-3, in the order of domains().
using Needs = std::array<int, 9>;

// A value, or nothing: the field is left empty.
inline QVariant when(bool condition, const QVariant& value)
{
    return condition ? value : QVariant();
}

// Fills a person record as the desk meets her at intake, from her community
// and her city: names, birth, contacts, intake date, origin, permit, languages,
// household, education, work and housing. Returns the needs her first
// screening finds.
Needs drawIntake(Draws& draws, const City& city, const Community& community, Record& person);

const Community& community(QStringView country);
std::span<const City> cities();
std::span<const Service> services();
std::span<const Domain> domains();
std::span<const Project> projects();

// Neutral English texts, by code where the name says so.
namespace text {
const char* interventionNotes(const char* kind);
const char* goals(const char* domain);
const char* referralReasons(const char* category);
const char* eligibility(const char* category);
const char* pathTopics(const char* pathType);
const char* eventNames(const char* eventType);
const char* engagementNotes(const char* kind);
extern const char* const referralOutcomes;
extern const char* const referralRefusals;
extern const char* const withdrawReasons;
extern const char* const personNotes;
extern const char* const serviceHours;
extern const char* const placementNotes; // hired, completed, interrupted: one each
extern const char* const businessIdeas;
extern const char* const ventureSupport;
extern const char* const otherTrainers;
} // namespace text

} // namespace percorsi::demo
