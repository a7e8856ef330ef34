#include <catch2/catch.hpp>

#include "core/domain/SessionPlanner.h"
#include "core/storage/PathStore.h"
#include "core/storage/UserStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

SessionPlanner::Recurrence tuesdaysAndThursdays()
{
    SessionPlanner::Recurrence r;
    r.weekdays = {2, 4};
    r.from = QDate(2026, 3, 3);
    r.to = QDate(2026, 6, 30);
    r.start = QTime(9, 30);
    r.minutes = SessionPlanner::minutesBetween(QTime(9, 30), QTime(12, 0));
    r.holidays = {QDate(2026, 4, 2), QDate(2026, 6, 2)};
    return r;
}

qint64 pathWithCapacity(Database& db, int capacity)
{
    return test::add(db, test::path().with(u"capacity", capacity));
}

QString statusOf(PathStore& store, qint64 enrolmentId)
{
    auto e = store.get(schema::def(Entity::Enrolment), enrolmentId);
    REQUIRE(e.ok());
    return e->text(u"status");
}

} // namespace

TEST_CASE("a recurrence gives the weekdays between its dates, holidays skipped", "[paths]")
{
    const auto days = SessionPlanner::dates(tuesdaysAndThursdays());
    // 3 March to 30 June 2026: 18 Tuesdays and 17 Thursdays, less two holidays.
    CHECK(days.size() == 33);
    CHECK(days.front() == QDate(2026, 3, 3));
    CHECK(days.back() == QDate(2026, 6, 30));
    CHECK(std::find(days.begin(), days.end(), QDate(2026, 4, 2)) == days.end());
    for (const QDate& d : days)
        CHECK((d.dayOfWeek() == 2 || d.dayOfWeek() == 4));
    CHECK(SessionPlanner::minutesBetween(QTime(9, 30), QTime(12, 0)) == 150);
    CHECK(SessionPlanner::minutesBetween(QTime(12, 0), QTime(9, 30)) == 0);
}

TEST_CASE("a recurrence stays within the path's dates", "[paths]")
{
    const auto days =
        SessionPlanner::dates(tuesdaysAndThursdays(), QDate(2026, 3, 10), QDate(2026, 3, 20));
    REQUIRE(days.size() == 4);
    CHECK(days.front() == QDate(2026, 3, 10));
    CHECK(days.back() == QDate(2026, 3, 19));
}

TEST_CASE("sessions are generated, moved and cancelled", "[paths]")
{
    TestDatabase t;
    PathStore store(t.db());
    const qint64 path = test::add(t.db(), test::path());
    auto added = store.addSessions(path, tuesdaysAndThursdays(), QStringLiteral("Via Zamagna 3"));
    REQUIRE(added.ok());
    CHECK(*added == 33);
    auto sessions = store.sessions(path);
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 33);
    CHECK(sessions->front().integer(u"minutes") == 150);
    CHECK(sessions->front().text(u"place") == u"Via Zamagna 3");

    const qint64 first = sessions->front().id();
    REQUIRE(store.moveSession(first, QDate(2026, 3, 4), QTime(14, 0), 120).ok());
    REQUIRE(store.cancelSession(sessions->at(1).id()).ok());
    auto s = store.get(schema::def(Entity::Session), first);
    CHECK(s->text(u"date") == u"2026-03-04");
    CHECK(s->text(u"start_time") == u"14:00");
    CHECK(store.summary(path)->sessions == 32);
    // A session cannot move outside the path's dates.
    CHECK_FALSE(store.moveSession(first, QDate(2026, 7, 14), QTime(9, 0), 60).ok());
}

TEST_CASE("enrolment beyond the capacity goes to the waiting list", "[paths]")
{
    TestDatabase t;
    PathStore store(t.db());
    const qint64 path = pathWithCapacity(t.db(), 2);
    std::vector<qint64> people;
    for (int i = 0; i < 4; ++i)
        people.push_back(test::addPerson(t.db(), QStringLiteral("Person%1").arg(i)));
    auto enrolled = store.enrolAll(path, people, QDate(2026, 3, 1));
    REQUIRE(enrolled.ok());
    CHECK(enrolled->at(0).text(u"status") == u"enrolled");
    CHECK(enrolled->at(1).text(u"status") == u"enrolled");
    CHECK(enrolled->at(2).text(u"status") == u"waiting");
    CHECK(enrolled->at(3).text(u"status") == u"waiting");
    CHECK(store.seatsTaken(path) == 2);
    auto summary = store.summary(path);
    CHECK(summary->enrolled == 2);
    CHECK(summary->waiting == 2);

    SECTION("a withdrawal gives the seat to the first person waiting")
    {
        CHECK_FALSE(store.withdraw(enrolled->at(0).id(), QDate(2026, 3, 10), {}).ok());
        REQUIRE(
            store.withdraw(enrolled->at(0).id(), QDate(2026, 3, 10), QStringLiteral("Found work"))
                .ok());
        CHECK(statusOf(store, enrolled->at(0).id()) == u"withdrawn");
        CHECK(statusOf(store, enrolled->at(2).id()) == u"enrolled");
        CHECK(statusOf(store, enrolled->at(3).id()) == u"waiting");
        CHECK(store.seatsTaken(path) == 2);
    }
    SECTION("completion keeps the seat and records the qualification")
    {
        REQUIRE(store
                    .complete(enrolled->at(1).id(), QDate(2026, 6, 30),
                              QStringLiteral("Certificato A2"))
                    .ok());
        auto e = store.get(schema::def(Entity::Enrolment), enrolled->at(1).id());
        CHECK(e->text(u"status") == u"completed");
        CHECK(e->text(u"qualification") == u"Certificato A2");
        CHECK(store.summary(path)->completed == 1);
        CHECK(statusOf(store, enrolled->at(2).id()) == u"waiting");
    }
    SECTION("a larger capacity lets the waiting list in")
    {
        auto p = store.get(schema::def(Entity::Path), path);
        REQUIRE(store.update(p.value().with(u"capacity", 3)).ok());
        auto promoted = store.promote(path, QDate(2026, 3, 5));
        REQUIRE(promoted.ok());
        REQUIRE(promoted->size() == 1);
        CHECK(promoted->front().id() == enrolled->at(2).id());
    }
    SECTION("the same person cannot be enrolled twice")
    {
        CHECK_FALSE(store.enrol(path, people[0], QDate(2026, 3, 2)).ok());
    }
}

TEST_CASE("the catalogue and a trainer's sessions of the day", "[paths]")
{
    TestDatabase t;
    PathStore store(t.db());
    const qint64 a = test::add(t.db(), test::path(QStringLiteral("Italiano A1")));
    test::add(t.db(), test::path(QStringLiteral("Orientamento")));
    auto p = store.get(schema::def(Entity::Path), a);
    auto trainer =
        UserStore(t.db()).create(QStringLiteral("giulia"), QStringLiteral("Giulia Rossi"),
                                 QStringLiteral("trainer"), QStringLiteral("a long password"));
    REQUIRE(trainer.ok());
    REQUIRE(store.update(p.value().with(u"trainer_id", trainer->id())).ok());
    REQUIRE(store.addSessions(a, tuesdaysAndThursdays()).ok());

    CHECK(store.catalogue()->size() == 2);
    auto mine = store.catalogue(trainer->id());
    REQUIRE(mine->size() == 2);
    CHECK(mine->front().trainer == u"Giulia Rossi");
    CHECK(mine->back().trainer.isEmpty());
    CHECK(store.sessionsOn(QDate(2026, 3, 5), trainer->id())->size() == 1);
    CHECK(store.sessionsOn(QDate(2026, 3, 6), trainer->id())->empty());
}
