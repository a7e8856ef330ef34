#include <catch2/catch.hpp>

#include <thread>

#include <QLocale>

#include "core/domain/Codes.h"
#include "core/domain/Validator.h"
#include "core/i18n/RegionNames.h"
#include "tests/support/Builders.h"

using namespace percorsi;

namespace {

// Normalizes a person with one field changed; returns the message for that field.
QString problemWith(const char* field, const QVariant& value, Record* out = nullptr)
{
    Record r = test::person();
    r.set(field, value);
    Error e;
    Validator::normalize(r, e);
    if (out)
        *out = r;
    for (const auto& fm : e.fieldMessages()) {
        if (fm.field == QLatin1StringView(field))
            return fm.message;
    }
    return {};
}

} // namespace

TEST_CASE("a valid person normalizes without messages", "[validation]")
{
    Record r = test::person();
    r.set("given_name", QStringLiteral("  Amina  "));
    r.set("citizenships", QStringLiteral("sn, fr"));
    r.set("languages", QStringLiteral("WO, fr"));
    r.set("household_size", QStringLiteral("4"));
    r.set("childcare_need", QStringLiteral("yes"));
    Error e;
    Validator::normalize(r, e);
    CHECK(e.fieldMessages().isEmpty());
    CHECK(r.text("given_name") == QStringLiteral("Amina"));
    CHECK(r.text("citizenships") == QStringLiteral("SN,FR"));
    CHECK(r.text("languages") == QStringLiteral("wo,fr"));
    CHECK(r.value("household_size") == QVariant(qint64(4)));
    CHECK(r.value("childcare_need") == QVariant(qint64(1)));
}

TEST_CASE("required fields may not be empty", "[validation]")
{
    CHECK(problemWith("family_name", QStringLiteral("   ")).contains(QStringLiteral("required")));
    CHECK(problemWith("gender", QVariant()).contains(QStringLiteral("required")));
    CHECK(problemWith("preferred_name", QString()).isEmpty());
}

TEST_CASE("text with control characters or over its length is refused", "[validation]")
{
    CHECK(problemWith("given_name", QStringLiteral("Ami\u0007na")).contains(QStringLiteral("U+0007")));
    CHECK(problemWith("given_name", QStringLiteral("Ami\nna")).contains(QStringLiteral("control")));
    CHECK(problemWith("given_name", QString(101, QLatin1Char('a'))).contains(QStringLiteral("100")));
    CHECK(problemWith("notes", QStringLiteral("line one\nline two")).isEmpty());
    CHECK(problemWith("notes", QStringLiteral("bell \u0007")).contains(QStringLiteral("control")));
}

TEST_CASE("numbers, dates and times must be well formed and in range", "[validation]")
{
    CHECK(problemWith("household_size", QStringLiteral("four")).contains(QStringLiteral("whole number")));
    CHECK(problemWith("household_size", 2.5).contains(QStringLiteral("whole number")));
    CHECK(problemWith("household_size", 0).contains(QStringLiteral("range")));
    CHECK(problemWith("education_isced", 9).contains(QStringLiteral("range")));
    CHECK(problemWith("birth_date", QStringLiteral("2026-02-30")).contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(problemWith("birth_date", QStringLiteral("12/04/1990")).contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(problemWith("birth_date", QStringLiteral("1850-01-01")).contains(QStringLiteral("valid date")));
    CHECK(problemWith("birth_date", QStringLiteral("1990-4-12")).contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(problemWith("birth_date", QStringLiteral("1990-04-1２")).contains(QStringLiteral("YYYY-MM-DD")));
    for (const QString& day : {QStringLiteral("1990-04-12"), QStringLiteral(" 1990-04-12\t"),
                               QStringLiteral("2024-02-29")}) {
        Record person = test::person();
        person.set("birth_date", day);
        Error e;
        Validator::normalize(person, e);
        CHECK(e.fieldMessages().isEmpty());
        CHECK(person.value("birth_date") == QVariant(day.trimmed())); // stored as YYYY-MM-DD
    }
    CHECK(problemWith("birth_year", 1899).contains(QStringLiteral("range")));
    Record session(Entity::Session);
    session.set("start_time", QStringLiteral("25:00"));
    Error e;
    Validator::normalize(session, e);
    bool timeRefused = false;
    for (const auto& fm : e.fieldMessages())
        timeRefused = timeRefused || (fm.field == QLatin1String("start_time")
                                      && fm.message.contains(QStringLiteral("HH:MM")));
    CHECK(timeRefused);
}

TEST_CASE("codes must belong to their code set, and the message lists the known ones", "[validation]")
{
    const QString m = problemWith("gender", QStringLiteral("female"));
    CHECK(m.contains(QStringLiteral("'female'")));
    CHECK(m.contains(QStringLiteral("woman, man, non_binary")));
    CHECK(problemWith("permit_type", QStringLiteral("refugee")).isEmpty());
    CHECK(problemWith("country_of_birth", QStringLiteral("XX")).contains(QStringLiteral("ISO 3166")));
    CHECK(problemWith("citizenships", QStringLiteral("MA,ZZ")).contains(QStringLiteral("'ZZ'")));
    CHECK(problemWith("languages", QStringLiteral("arabic")).contains(QStringLiteral("ISO 639")));
    CHECK(problemWith("language_level", QStringLiteral("B3")).contains(QStringLiteral("B3")));
}

TEST_CASE("phones and e-mail addresses are checked", "[validation]")
{
    Record r(Entity::Person);
    CHECK(problemWith("phone", QStringLiteral("+39 333 123 4567"), &r).isEmpty());
    CHECK(r.text("phone") == QStringLiteral("+39 333 123 4567"));
    CHECK(problemWith("phone", QStringLiteral("call me")).contains(QStringLiteral("phone")));
    CHECK(problemWith("phone", QStringLiteral("123")).contains(QStringLiteral("6 to 15")));
    CHECK(problemWith("email", QStringLiteral("amina@example.org")).isEmpty());
    CHECK(problemWith("email", QStringLiteral("amina@")).contains(QStringLiteral("e-mail")));
}

TEST_CASE("code sets carry labels and the EU list", "[codes]")
{
    CHECK(codes::label(u"path_type", u"language_course") == QStringLiteral("Language course"));
    CHECK(codes::label(u"gender", u"unknown") == QStringLiteral("unknown"));
    CHECK(codes::isEuCountry(u"IT"));
    CHECK_FALSE(codes::isEuCountry(u"MA"));
    for (const EntityDef* def : schema::entities()) {
        for (const FieldDef& f : def->fields) {
            if (f.type == FieldType::Code || f.type == FieldType::CodeList) {
                INFO(def->name << "." << f.name);
                CHECK_FALSE(codes::set(QLatin1StringView(f.codes)).empty());
            }
        }
    }
}

TEST_CASE("countries and languages are named in the locale's language", "[codes][i18n]")
{
    struct DefaultLocale
    {
        ~DefaultLocale() { QLocale::setDefault(QLocale(QLocale::English)); }
    } restore;
    QLocale::setDefault(QLocale(QLocale::English));
    CHECK(RegionNames::country(QStringLiteral("MA")) == QStringLiteral("Morocco"));
    CHECK(RegionNames::country(QStringLiteral("ir")) == QStringLiteral("Iran"));
    CHECK(RegionNames::language(QStringLiteral("ti")) == QStringLiteral("Tigrinya"));
    CHECK(RegionNames::language(QStringLiteral("ara")) == QStringLiteral("Arabic"));

    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    CHECK(RegionNames::nameLanguage() == QStringLiteral("it"));
    CHECK(RegionNames::country(QStringLiteral("MA")) == QStringLiteral("Marocco"));
    CHECK(RegionNames::language(QStringLiteral("ar")) == QStringLiteral("Arabo"));
    QLocale::setDefault(QLocale(QLocale::Swedish));
    CHECK(RegionNames::country(QStringLiteral("MA")) == QStringLiteral("Marocko"));
    QLocale::setDefault(QLocale(QLocale::Arabic));
    CHECK(RegionNames::country(QStringLiteral("MA")) == QStringLiteral("المغرب"));
    CHECK(RegionNames::language(QStringLiteral("ar")) == QStringLiteral("العربية"));

    // Every country has a name, sorted in the language's order.
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    const auto all = RegionNames::countries();
    CHECK(all.size() >= 249);
    for (const auto& [code, name] : all) {
        INFO(code.toStdString());
        CHECK(code.size() == 2);
        CHECK_FALSE(name.isEmpty());
    }
    // A language without names of its own falls back to English; an unknown code stays a code.
    QLocale::setDefault(QLocale(QLocale::Japanese));
    CHECK(RegionNames::nameLanguage() == QStringLiteral("en"));
    CHECK(RegionNames::country(QStringLiteral("MA")) == QStringLiteral("Morocco"));
    CHECK(RegionNames::country(QStringLiteral("ZZ")) == QStringLiteral("ZZ"));
}

TEST_CASE("fields normalized ahead, on another thread, give the record and messages of normalize()",
          "[validation]")
{
    // Each case: a field of a person and a raw value, good, faulty, blank or missing.
    const std::vector<std::pair<const char*, QVariant>> cases = {
        {"given_name", QStringLiteral("  Amina ")},
        {"given_name", QStringLiteral("   ")},
        {"given_name", QVariant()},
        {"family_name", QStringLiteral("Dia\u0001llo")},
        {"family_name", QString(300, QLatin1Char('x'))},
        {"birth_date", QStringLiteral("1990-02-30")},
        {"birth_date", QStringLiteral(" 1990-02-28 ")},
        {"household_size", QStringLiteral("4.5")},
        {"household_size", QStringLiteral("4")},
        {"childcare_need", QStringLiteral("perhaps")},
        {"childcare_need", QStringLiteral("YES")},
        {"citizenships", QStringLiteral("sn, fr, sn")},
        {"citizenships", QStringLiteral("xx")},
        {"languages", QStringLiteral("WO, fr")},
        {"languages", QStringLiteral("zzzz")},
        {"phone", QStringLiteral("+39 02 1234 5678")},
        {"phone", QStringLiteral("call me")},
        {"email", QStringLiteral("amina@example.org")},
        {"email", QStringLiteral("amina@")},
        {"education_level", QStringLiteral("not-a-level")},
        {"status", QVariant()}, // missing: its default
    };
    for (const auto& [field, value] : cases) {
        INFO(field << " = " << value.toString().toStdString());
        Record here = test::person();
        here.set(field, value);
        Record ahead(here.def());
        for (int i = 0; i < here.size(); ++i)
            ahead.set(i, here.value(i)); // what the merge had before: every raw value
        Validator::Prepared prepared;
        std::thread other([&] {
            const auto& fields = here.def().fields;
            prepared.done.assign(fields.size(), 1);
            prepared.values.resize(fields.size());
            prepared.messages.resize(fields.size());
            for (size_t i = 0; i < fields.size(); ++i)
                prepared.values[i] =
                    Validator::normalizeField(fields[i], here.value(int(i)), &prepared.messages[i]);
        });
        other.join();
        Error normalized, normalizedAhead;
        Validator::normalize(here, normalized);
        Validator::normalize(ahead, normalizedAhead, &prepared);
        REQUIRE(normalized.fieldMessages().size() == normalizedAhead.fieldMessages().size());
        for (qsizetype i = 0; i < normalized.fieldMessages().size(); ++i) {
            CHECK(normalized.fieldMessages()[i].field == normalizedAhead.fieldMessages()[i].field);
            CHECK(normalized.fieldMessages()[i].message == normalizedAhead.fieldMessages()[i].message);
        }
        // The values agree wherever normalize() keeps one (a faulty value it leaves as given).
        if (normalized.fieldMessages().isEmpty()) {
            for (int i = 0; i < here.size(); ++i)
                CHECK(here.value(i) == ahead.value(i));
        }
    }
}
