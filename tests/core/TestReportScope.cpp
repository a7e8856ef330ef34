#include <cstring>
#include <thread>

#include <catch2/catch.hpp>

#include "core/reports/IndicatorEngine.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/ReportScope.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;

TEST_CASE("The people in a report keep the earliest day they were reached", "[reports][scope]")
{
    ReportScope scope;
    scope.reset(10);
    scope.reach(3, 20260310);
    scope.reach(3, 20260201);
    scope.reach(3, 20260420);
    CHECK(scope.reachedOn(3) == 20260201);
    CHECK(scope.reachedOn(4) == 0);
    CHECK_FALSE(scope.contains(3)); // reached is not yet counted: the filters decide
    scope.admit(3);
    CHECK(scope.contains(3));
    CHECK(scope.reachedOn(3) == 20260201);
    // Ids beyond the dense range, as after an import of far-off keys, count the same.
    scope.reach(9'000'000'000LL, 20250101);
    scope.admit(9'000'000'000LL);
    CHECK(scope.contains(9'000'000'000LL));
    CHECK(scope.reachedOn(9'000'000'000LL) == 20250101);
    scope.reset(10);
    CHECK_FALSE(scope.contains(3));
    CHECK_FALSE(scope.contains(9'000'000'000LL));
}

TEST_CASE("Two threads reaching the same people keep the earliest day of each", "[reports][scope]")
{
    ReportScope scope;
    constexpr qint64 people = 20'000;
    scope.reset(people - 1);
    // Each thread reaches every person on days of its own, in another order;
    // the far-off id goes to the map, under its lock.
    const auto reach = [&scope](int first, int step) {
        for (int round = 0; round < 3; ++round) {
            for (qint64 id = 0; id < people; ++id)
                scope.reachShared(id, 20260100 + first + step * round + int(id % 5));
            scope.reachShared(50'000'000, 20260300 + first + round);
        }
    };
    std::thread other(reach, 2, 1);
    reach(1, 2);
    other.join();
    for (qint64 id = 0; id < people; ++id) {
        if (scope.reachedOn(id) != 20260101 + int(id % 5)) FAIL("person " << id << " reached on " << scope.reachedOn(id));
    }
    CHECK(scope.reachedOn(50'000'000) == 20260301);
    // People admitted afterwards keep their day.
    scope.admit(7, true);
    CHECK(scope.reachedOn(7) == 20260103);
    CHECK(scope.containsWoman(7));
}

TEST_CASE("Dates of reports read as yyyymmdd, anything else as no date", "[reports][scope]")
{
    CHECK(ReportScope::day("2026-06-15", 10) == 20260615);
    CHECK(ReportScope::day("2026-6-15", 9) == 0);
    CHECK(ReportScope::day("2026/06/15", 10) == 0);
    CHECK(ReportScope::day(nullptr, 0) == 0);
}

TEST_CASE("Ages at entry around birthdays on the 29th of February", "[reports]")
{
    const auto age = [](const char* on, const char* born) {
        return IndicatorEngine::ageOn(QLatin1StringView(on), QLatin1StringView(born), 0);
    };
    CHECK(age("2026-02-28", "2008-02-29") == 17); // no 29th in 2026: 18 on the 1st of March
    CHECK(age("2026-03-01", "2008-02-29") == 18);
    CHECK(age("2028-02-29", "2008-02-29") == 20);
    CHECK(age("2026-06-15", "2026-06-16") == -1); // not yet born: unknown band
    CHECK(IndicatorEngine::ageBand(age("2026-06-15", "2026-06-16")) == u"unknown");
}

TEST_CASE("A read-only reader computes the same indicators and cannot write", "[reports][scope]")
{
    test::TestDatabase tdb;
    test::ReportFixture data(tdb.db());
    Database::Options options;
    options.readOnly = true;
    options.today = [] { return QDate(2026, 6, 15); };
    auto reader = Database::open(tdb.path(), options);
    REQUIRE(reader.ok());
    for (const ReportFilter& filter : {ReportFilter{.projectId = data.project}, ReportFilter{},
                                       ReportFilter{.projectId = data.project, .funder = true}}) {
        auto mine = IndicatorEngine(**reader).compute(filter);
        auto theirs = IndicatorEngine(tdb.db()).compute(filter);
        REQUIRE(mine.ok());
        REQUIRE(theirs.ok());
        CHECK(mine->people == theirs->people);
        CHECK(mine->byGender == theirs->byGender);
        CHECK(mine->byAgeBand == theirs->byAgeBand);
        CHECK(mine->referralsByStatus == theirs->referralsByStatus);
        CHECK(mine->placements.byType == theirs->placements.byType);
        CHECK(mine->followups.due == theirs->followups.due);
    }
    CHECK_FALSE((*reader)->connection().exec("DELETE FROM person").ok());
    CHECK(*tdb.db().connection().scalar("SELECT count(*) FROM person") > 0);
}

TEST_CASE("sum_each adds up each argument over the rows, NULL as 0", "[reports][scope]")
{
    test::TestDatabase tdb;
    const char* rows = " FROM (VALUES (1, 10, 0.5), (2, NULL, 0.25), (3, 30, NULL))";
    Statement st = tdb->connection().prepare(
        std::string("SELECT sum_each(column1, column2), sum_each_real(column1, column3)") + rows);
    REQUIRE(st.next());
    const QByteArray ints = st.blob(0), reals = st.blob(1);
    REQUIRE(ints.size() == 3 * qsizetype(sizeof(qint64)));
    REQUIRE(reals.size() == 3 * qsizetype(sizeof(double)));
    qint64 i[3];
    double r[3];
    std::memcpy(i, ints.data(), sizeof(i));
    std::memcpy(r, reals.data(), sizeof(r));
    CHECK(i[0] == 6);
    CHECK(i[1] == 40);
    CHECK(i[2] == 3); // the rows
    CHECK(r[0] == 6.0);
    CHECK(r[1] == 0.75);
    CHECK(r[2] == 3.0);

    Statement none = tdb->connection().prepare(
        std::string("SELECT sum_each(column1)") + rows + " WHERE column1 > 5");
    REQUIRE(none.next());
    CHECK(none.isNull(0));

    std::string many = "SELECT sum_each(1";
    for (int k = 1; k <= ReportScope::kSumEachMax; ++k)
        many += ", 1";
    Statement tooMany = tdb->connection().prepare(many + ")");
    CHECK_FALSE(tooMany.next());
    CHECK_FALSE(tooMany.ok());
    CHECK(tooMany.error().message().contains(QStringLiteral("at most 64")));
}
