#include <catch2/catch.hpp>

#include "core/storage/AttendanceStore.h"
#include "core/storage/PathStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

using Mark = AttendanceStore::Mark;

// A path with `sessions` weekly sessions of 150 minutes from 3 March and
// `people` people enrolled.
struct Course
{
    explicit Course(Database& db, int people = 3, int sessions = 6)
    {
        PathStore store(db);
        path = test::add(db, test::path().with(u"capacity", people));
        for (int i = 0; i < sessions; ++i)
            this->sessions.push_back(test::add(
                db, test::session(path, QDate(2026, 3, 3).addDays(7 * i).toString(Qt::ISODate))));
        for (int i = 0; i < people; ++i)
            this->people.push_back(test::addPerson(db, QStringLiteral("P%1").arg(i)));
        REQUIRE(store.enrolAll(path, this->people, QDate(2026, 3, 1)).ok());
    }
    qint64 path = 0;
    std::vector<qint64> sessions;
    std::vector<qint64> people;
};

void record(AttendanceStore& store, qint64 session, qint64 person, const char* status)
{
    REQUIRE(store.saveSession(session, {Mark{person, QString::fromLatin1(status)}}).ok());
}

} // namespace

TEST_CASE("consecutive absences count the latest absences in a row", "[attendance]")
{
    TestDatabase t;
    Course c(t.db(), 1, 6);
    AttendanceStore store(t.db());
    const qint64 p = c.people[0];
    CHECK(store.consecutiveAbsences(p) == 0);
    const char* marks[] = {"absent", "present", "absent", "excused", "absent", "absent"};
    for (size_t i = 0; i < 6; ++i)
        record(store, c.sessions[i], p, marks[i]);
    // The excused absence neither counts nor breaks the run.
    CHECK(store.consecutiveAbsences(p) == 3);
    CHECK(store.consecutiveAbsences(p, c.path) == 3);
    CHECK(store.consecutiveAbsencesOfPath(c.path)->at(p) == 3);

    SECTION("a presence ends the run")
    {
        record(store, c.sessions[5], p, "present");
        CHECK(store.consecutiveAbsences(p) == 0);
    }
    SECTION("a cancelled session does not count")
    {
        REQUIRE(PathStore(t.db()).cancelSession(c.sessions[5]).ok());
        CHECK(store.consecutiveAbsences(p) == 2);
    }
    SECTION("over all paths, the latest sessions decide")
    {
        const qint64 other = test::add(t.db(), test::path(QStringLiteral("Orientamento")));
        const qint64 late = test::add(t.db(), test::session(other, QStringLiteral("2026-05-05")));
        REQUIRE(PathStore(t.db()).enrol(other, p, QDate(2026, 3, 1)).ok());
        record(store, late, p, "present");
        CHECK(store.consecutiveAbsences(p) == 0);
        CHECK(store.consecutiveAbsences(p, c.path) == 3);
    }
}

TEST_CASE("a session's register is saved at once, hours defaulting to its length", "[attendance]")
{
    TestDatabase t;
    Course c(t.db(), 3, 2);
    AttendanceStore store(t.db());
    const qint64 s = c.sessions[0];
    REQUIRE(store
                .saveSession(s, {Mark{c.people[0], QStringLiteral("present")},
                                 Mark{c.people[1], QStringLiteral("present"), 1.5},
                                 Mark{c.people[2], QStringLiteral("absent")}})
                .ok());
    auto rows = store.ofSession(s);
    REQUIRE(rows->size() == 3);
    CHECK(store.hoursOfPerson(c.people[0]) == Approx(2.5));
    CHECK(store.hoursOfPerson(c.people[1]) == Approx(1.5));
    CHECK(store.hoursOfPerson(c.people[2]) == Approx(0));

    SECTION("saving again changes and removes rows")
    {
        REQUIRE(store
                    .saveSession(s, {Mark{c.people[0], QStringLiteral("excused")},
                                     Mark{c.people[2], QString()}})
                    .ok());
        CHECK(store.ofSession(s)->size() == 2);
        CHECK(store.hoursOfPerson(c.people[0]) == Approx(0));
    }
    SECTION("an invalid row leaves the whole session as it was")
    {
        const qint64 stranger = test::addPerson(t.db(), QStringLiteral("Nobody"));
        CHECK_FALSE(store
                        .saveSession(s, {Mark{c.people[2], QStringLiteral("present")},
                                         Mark{stranger, QStringLiteral("present")}})
                        .ok());
        CHECK(store.tallyOf(c.people[2], c.path).absent == 1);
        CHECK(store.ofSession(s)->size() == 3);
    }
    SECTION("hours longer than the session are refused")
    {
        CHECK_FALSE(store.saveSession(s, {Mark{c.people[0], QStringLiteral("present"), 4}}).ok());
    }
}

TEST_CASE("attendance rates and hours per person and per path", "[attendance]")
{
    TestDatabase t;
    Course c(t.db(), 2, 4);
    AttendanceStore store(t.db());
    const char* first[] = {"present", "present", "absent", "present"};
    const char* second[] = {"present", "excused", "absent", "absent"};
    for (size_t i = 0; i < 4; ++i) {
        REQUIRE(store
                    .saveSession(c.sessions[i], {Mark{c.people[0], QString::fromLatin1(first[i])},
                                                 Mark{c.people[1], QString::fromLatin1(second[i])}})
                    .ok());
    }
    auto tallies = store.talliesOfPath(c.path);
    REQUIRE(tallies.ok());
    CHECK(tallies->at(c.people[0]).rate() == Approx(0.75));
    CHECK(tallies->at(c.people[0]).hours == Approx(7.5));
    CHECK(tallies->at(c.people[1]).rate() == Approx(0.25));
    CHECK(tallies->at(c.people[1]).excused == 1);
    auto hours = store.hoursOfPath(c.path);
    REQUIRE(hours.ok());
    CHECK(hours->planned == Approx(60));
    CHECK(hours->scheduled == Approx(10));
    CHECK(hours->delivered == Approx(10)); // all before the fixed today
    CHECK(hours->attended == Approx(10));
    CHECK(store.ofPath(c.path)->size() == 8);
}
