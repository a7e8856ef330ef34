#include <catch2/catch.hpp>

#include <QDate>

#include "core/domain/Record.h"
#include "core/storage/Database.h"
#include "core/storage/FieldBinding.h"
#include "core/storage/Statement.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

TEST_CASE("a record reads its stored dates as the ISO parser does", "[rules]")
{
    Record person(Entity::Person);
    for (const char* text : {"2024-02-29", "2023-02-29", "0000-01-01", "1999-12-31", "2024-13-01",
                             "2024-1-01", "2024-01-1x", "2024/01/01", "abcd-01-01", "2024-01-01T10:00",
                             "", "1"}) {
        INFO(text);
        person.set(u"birth_date", QString::fromLatin1(text));
        const QDate expected = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
        CHECK(person.date(u"birth_date") == expected);
        CHECK(person.date("birth_date").isValid() == expected.isValid());
    }
    person.set(u"birth_date", QVariant());
    CHECK_FALSE(person.date(u"birth_date").isValid());
}

TEST_CASE("fields are found by name in any string form, and only by their own", "[rules]")
{
    const EntityDef& def = schema::def(Entity::Attendance);
    for (size_t i = 0; i < def.fields.size(); ++i) {
        const char* name = def.fields[i].name;
        INFO(name);
        CHECK(def.indexOf(name) == int(i));
        CHECK(def.indexOf(QString::fromLatin1(name)) == int(i));
        CHECK(def.indexOf(QLatin1StringView(name)) == int(i));
    }
    CHECK(def.indexOf("") == -1);
    CHECK(def.indexOf("status_") == -1);
    CHECK(def.indexOf("statu") == -1);
    CHECK(def.indexOf(u"Status") == -1);
    CHECK(def.indexOf("session") == -1);
}

TEST_CASE("values made ready to bind reach SQLite as the values themselves would", "[storage]")
{
    TestDatabase t;
    const FieldDef text{.name = "t", .type = FieldType::Text};
    const FieldDef integer{.name = "i", .type = FieldType::Integer};
    const FieldDef decimal{.name = "d", .type = FieldType::Decimal};
    const std::vector<std::pair<const FieldDef*, QVariant>> values = {
        {&text, QStringLiteral("Zoë ☃ 𝄞")}, {&text, QString()},          {&text, QStringLiteral("")},
        {&text, QVariant()},                  {&integer, qint64(-42)},      {&integer, QStringLiteral("7")},
        {&decimal, 2.5},                      {&decimal, QStringLiteral("1.25")}, {&text, qint64(12)},
    };
    fieldbinding::EncodedRow row;
    row.reset(values.size());
    row.setExtra(QStringLiteral("the uuid"));
    for (size_t i = 0; i < values.size(); ++i) {
        CHECK_FALSE(row.has(int(i)));
        row.set(int(i), *values[i].first, values[i].second);
        CHECK(row.has(int(i)));
    }
    for (size_t i = 0; i < values.size(); ++i) {
        INFO(i);
        Statement ready = t->connection().prepare("SELECT typeof(?1), quote(?1), ?2");
        row.bind(ready, 1, int(i));
        row.bindExtra(ready, 2);
        REQUIRE(ready.next());
        Statement plain = t->connection().prepare("SELECT typeof(?1), quote(?1)");
        fieldbinding::bind(plain, 1, *values[i].first, values[i].second);
        REQUIRE(plain.next());
        CHECK(ready.text(0) == plain.text(0));
        CHECK(ready.text(1) == plain.text(1));
        CHECK(ready.text(2) == QLatin1String("the uuid"));
    }
    // Filled again, it forgets the row before.
    row.reset(2);
    CHECK_FALSE(row.has(0));
    CHECK_FALSE(row.has(1));
    row.setInteger(1, 9);
    Statement again = t->connection().prepare("SELECT ?1");
    row.bind(again, 1, 1);
    REQUIRE(again.next());
    CHECK(again.int64(0) == 9);
}

TEST_CASE("a field is found by its name in bytes or in UTF-16, never by a part of it", "[validation]")
{
    const EntityDef& person = schema::def(Entity::Person);
    const int index = person.indexOf(QLatin1StringView("birth_date"));
    REQUIRE(index >= 0);
    CHECK(QLatin1StringView(person.fields[size_t(index)].name) == QLatin1StringView("birth_date"));
    CHECK(person.indexOf(QUtf8StringView("birth_date")) == index);
    CHECK(person.indexOf(QStringLiteral("birth_date")) == index);
    CHECK(person.indexOf("birth_date") == index);
    for (const char* other : {"birth_dat", "birth_date_", "Birth_date", "", "birth_date\xc3\xa9"}) {
        INFO(other);
        CHECK(person.indexOf(QUtf8StringView(other)) == -1);
        CHECK(person.indexOf(QString::fromUtf8(other)) == -1);
    }
    CHECK(person.indexOf(QLatin1StringView("birth_date\0x", 12)) == -1);
    for (size_t i = 0; i < person.fields.size(); ++i)
        CHECK(person.indexOf(QLatin1StringView(person.fields[i].name)) == int(i));
}
