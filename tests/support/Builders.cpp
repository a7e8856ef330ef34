#include "tests/support/Builders.h"

#include <catch2/catch.hpp>

#include "core/storage/PersonStore.h"

namespace percorsi::test {

Record person(const QString& given, const QString& family)
{
    Record r(Entity::Person);
    r.set("given_name", given);
    r.set("family_name", family);
    r.set("gender", QStringLiteral("woman"));
    r.set("birth_date", QStringLiteral("1990-04-12"));
    r.set("country_of_birth", QStringLiteral("SN"));
    r.set("citizenships", QStringLiteral("SN"));
    r.set("intake_date", QStringLiteral("2026-02-10"));
    r.set("status", QStringLiteral("active"));
    return r;
}

Record path(const QString& name, const QString& start, const QString& end)
{
    Record r(Entity::Path);
    r.set("name", name);
    r.set("type", QStringLiteral("language_course"));
    r.set("start_date", start);
    r.set("end_date", end);
    r.set("capacity", 20);
    r.set("planned_hours", 60.0);
    return r;
}

Record session(qint64 pathId, const QString& date)
{
    Record r(Entity::Session);
    r.set("path_id", pathId);
    r.set("date", date);
    r.set("start_time", QStringLiteral("09:30"));
    r.set("minutes", 150);
    return r;
}

Record enrolment(qint64 pathId, qint64 personId)
{
    Record r(Entity::Enrolment);
    r.set("path_id", pathId);
    r.set("person_id", personId);
    r.set("enrolled_on", QStringLiteral("2026-03-01"));
    r.set("status", QStringLiteral("enrolled"));
    return r;
}

Record attendance(qint64 sessionId, qint64 personId, const QString& status)
{
    Record r(Entity::Attendance);
    r.set("session_id", sessionId);
    r.set("person_id", personId);
    r.set("status", status);
    return r;
}

Record service(const QString& name)
{
    Record r(Entity::Service);
    r.set("name", name);
    r.set("category", QStringLiteral("health"));
    return r;
}

Record employer(const QString& name)
{
    Record r(Entity::Employer);
    r.set("name", name);
    return r;
}

qint64 addPerson(Database& db, const QString& given, const QString& family)
{
    PersonStore people(db);
    auto created = people.create(person(given, family));
    INFO((created.ok() ? QString() : created.error().message()).toStdString());
    REQUIRE(created.ok());
    return created->id();
}

qint64 add(Database& db, const Record& record)
{
    RecordStore store(db);
    auto created = store.insert(record);
    INFO((created.ok() ? QString() : created.error().message()).toStdString());
    REQUIRE(created.ok());
    return created->id();
}

DemoGenerator::Summary addDemo(Database& db, int people, quint64 seed)
{
    DemoGenerator::Options options;
    options.people = people;
    options.seed = seed;
    auto summary = DemoGenerator(db).generate(options);
    INFO((summary.ok() ? QString() : summary.error().message()).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

} // namespace percorsi::test
