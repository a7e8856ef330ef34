#include <catch2/catch.hpp>

#include "core/storage/PersonStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

// Inserts and expects a refusal whose message mentions `words`, with the
// number of records of that entity unchanged.
void expectRefused(Database& db, const Record& record, const QString& words)
{
    RecordStore store(db);
    const qint64 before = *store.count(record.def());
    auto result = store.insert(record);
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message().toStdString());
    CHECK(result.error().kind() == Error::Kind::Invalid);
    CHECK(result.error().message().contains(words));
    CHECK(*store.count(record.def()) == before);
}

} // namespace

TEST_CASE("a birth date in the future is refused", "[rules]")
{
    TestDatabase t;
    PersonStore people(t.db());
    auto r = people.create(test::person().with("birth_date", QStringLiteral("2026-06-16")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("Birth date 2026-06-16 is in the future")));
    REQUIRE_FALSE(r.error().fieldMessages().isEmpty());
    CHECK(r.error().fieldMessages().first().field == QStringLiteral("birth_date"));
    CHECK(*people.count(schema::def(Entity::Person)) == 0);
}

TEST_CASE("person dates and years must agree", "[rules]")
{
    TestDatabase t;
    expectRefused(t.db(), test::person().with("birth_year", 1991), QStringLiteral("does not match"));
    expectRefused(t.db(), test::person().with("arrival_year", 1985), QStringLiteral("before the birth"));
    expectRefused(t.db(), test::person().with("arrival_year", 2027), QStringLiteral("future"));
    expectRefused(t.db(), test::person().with("household_size", 2).with("children", 2),
                  QStringLiteral("do not fit"));
}

TEST_CASE("a closed case needs an exit date and reason, not before the intake", "[rules]")
{
    TestDatabase t;
    Record closed = test::person().with("status", QStringLiteral("closed"));
    expectRefused(t.db(), closed, QStringLiteral("exit date"));
    closed.set("exit_date", QStringLiteral("2026-01-01"));
    closed.set("close_reason", QStringLiteral("completed"));
    expectRefused(t.db(), closed, QStringLiteral("before the intake"));
    closed.set("exit_date", QStringLiteral("2026-05-01"));
    CHECK(test::addPerson(t.db()) > 0);
    PersonStore people(t.db());
    CHECK(people.create(closed).ok());
    expectRefused(t.db(), test::person().with("exit_date", QStringLiteral("2026-05-01")),
                  QStringLiteral("Only a closed case"));
}

TEST_CASE("a session outside its path's dates is refused", "[rules]")
{
    TestDatabase t;
    const qint64 path = test::add(t.db(), test::path());
    expectRefused(t.db(), test::session(path, QStringLiteral("2026-07-01")),
                  QStringLiteral("outside the path's dates (2026-03-03 to 2026-06-30)"));
    CHECK(test::add(t.db(), test::session(path, QStringLiteral("2026-06-30"))) > 0);
}

TEST_CASE("attendance of someone not enrolled is refused", "[rules]")
{
    TestDatabase t;
    const qint64 path = test::add(t.db(), test::path());
    const qint64 session = test::add(t.db(), test::session(path));
    const qint64 amina = test::addPerson(t.db());
    const qint64 other = test::addPerson(t.db(), QStringLiteral("Fatima"), QStringLiteral("Zahra"));
    test::add(t.db(), test::enrolment(path, amina));
    CHECK(test::add(t.db(), test::attendance(session, amina).with("hours", 2.5)) > 0);
    expectRefused(t.db(), test::attendance(session, other), QStringLiteral("not enrolled"));
}

TEST_CASE("a store that remembers a path's enrolled people forgets them when one changes", "[rules]")
{
    TestDatabase t;
    const qint64 path = test::add(t.db(), test::path());
    const qint64 other = test::add(t.db(), test::path().with("name", QStringLiteral("Italiano A2")));
    const qint64 amina = test::addPerson(t.db());
    const qint64 fatima = test::addPerson(t.db(), QStringLiteral("Fatima"), QStringLiteral("Zahra"));
    RecordStore store(t.db());
    store.memoizeEnrolments();
    CHECK_FALSE(store.isEnrolled(path, amina));
    auto enrolled = store.insert(test::enrolment(path, amina));
    REQUIRE(enrolled.ok());
    CHECK(store.isEnrolled(path, amina)); // the insert made it forget
    CHECK_FALSE(store.isEnrolled(path, fatima));
    CHECK_FALSE(store.isEnrolled(other, amina));
    Record waiting = enrolled.value();
    waiting.set("status", QStringLiteral("waiting"));
    REQUIRE(store.update(waiting).ok());
    CHECK_FALSE(store.isEnrolled(path, amina)); // and so did the update
    // A write by another writer is told by forgetAbout(), as the merge does.
    auto elsewhere = RecordStore(t.db()).insert(test::enrolment(path, fatima));
    REQUIRE(elsewhere.ok());
    CHECK_FALSE(store.isEnrolled(path, fatima));
    store.forgetAbout(&schema::def(Entity::Enrolment));
    CHECK(store.isEnrolled(path, fatima));
    REQUIRE(store.remove(schema::def(Entity::Enrolment), elsewhere->id()).ok());
    CHECK_FALSE(store.isEnrolled(path, fatima));
}

TEST_CASE("attendance hours fit the session and belong to people present", "[rules]")
{
    TestDatabase t;
    const qint64 path = test::add(t.db(), test::path());
    const qint64 session = test::add(t.db(), test::session(path));
    const qint64 amina = test::addPerson(t.db());
    test::add(t.db(), test::enrolment(path, amina));
    expectRefused(t.db(), test::attendance(session, amina).with("hours", 3),
                  QStringLiteral("longer than the session"));
    expectRefused(t.db(), test::attendance(session, amina, QStringLiteral("absent")).with("hours", 2),
                  QStringLiteral("Only a person present"));
}

TEST_CASE("a placement ending before it starts is refused", "[rules]")
{
    TestDatabase t;
    const qint64 amina = test::addPerson(t.db());
    const qint64 employer = test::add(t.db(), test::employer());
    Record p(Entity::Placement);
    p.set("person_id", amina);
    p.set("employer_id", employer);
    p.set("type", QStringLiteral("internship_extracurricular"));
    p.set("stage", QStringLiteral("ended"));
    p.set("start_date", QStringLiteral("2026-04-01"));
    p.set("end_date", QStringLiteral("2026-03-01"));
    expectRefused(t.db(), p, QStringLiteral("End date 2026-03-01 is before the start date 2026-04-01"));
    p.set("end_date", QStringLiteral("2026-05-31"));
    p.set("employer_id", QVariant());
    expectRefused(t.db(), p, QStringLiteral("needs an employer"));
    p.set("type", QStringLiteral("self_employment"));
    CHECK(test::add(t.db(), p) > 0);
}

TEST_CASE("a reference to a record that does not exist is refused", "[rules]")
{
    TestDatabase t;
    const qint64 amina = test::addPerson(t.db());
    Record referral(Entity::Referral);
    referral.set("person_id", amina);
    referral.set("service_id", 4242);
    referral.set("referred_on", QStringLiteral("2026-05-02"));
    referral.set("status", QStringLiteral("sent"));
    expectRefused(t.db(), referral, QStringLiteral("there is no service with id 4242"));
}

TEST_CASE("consents, enrolments and events check their own dates and totals", "[rules]")
{
    TestDatabase t;
    const qint64 amina = test::addPerson(t.db());
    Record consent(Entity::Consent);
    consent.set("person_id", amina);
    consent.set("purpose", QStringLiteral("anonymous_reporting"));
    consent.set("legal_basis", QStringLiteral("consent"));
    consent.set("given_on", QStringLiteral("2026-03-01"));
    consent.set("expires_on", QStringLiteral("2026-02-01"));
    expectRefused(t.db(), consent, QStringLiteral("Expiry 2026-02-01 is before"));

    const qint64 path = test::add(t.db(), test::path());
    expectRefused(t.db(), test::enrolment(path, amina).with("status", QStringLiteral("completed")),
                  QStringLiteral("needs an end date"));

    Record event(Entity::Event);
    event.set("name", QStringLiteral("Open day"));
    event.set("type", QStringLiteral("open_day"));
    event.set("date", QStringLiteral("2026-05-10"));
    event.set("women", 30);
    event.set("men", 10);
    event.set("age_18_29", 20);
    event.set("age_30_54", 15);
    expectRefused(t.db(), event, QStringLiteral("headcount by age (35) differs"));
    event.set("age_55_plus", 5);
    CHECK(test::add(t.db(), event) > 0);
}
