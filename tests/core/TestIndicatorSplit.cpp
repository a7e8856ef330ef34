#include <catch2/catch.hpp>

#include "core/demo/DemoGenerator.h"
#include "core/reports/IndicatorEngine.h"
#include "core/storage/IndicatorQueries.h"
#include "tests/support/Builders.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

// The split work (two threads, two connections, by ranges of person and path
// ids) must give every figure the work on one thread gives, whatever the
// filter: demo data spread over desks, projects, years and consents.
TEST_CASE("Indicators split across two threads equal those computed on one",
          "[reports][split]")
{
    TestDatabase t(false, DemoGenerator::anchorDate());
    constexpr int people = 600;
    test::addDemo(t.db(), people, 11);

    IndicatorQueries queries(t.db());
    auto projects = queries.projects();
    auto desks = queries.desks();
    REQUIRE(projects.ok());
    REQUIRE(desks.ok());
    REQUIRE(projects->size() >= 2);
    REQUIRE(desks->size() >= 2);
    std::vector<ReportFilter> filters{ReportFilter{}, ReportFilter{.funder = true}};
    for (const auto& project : *projects) {
        filters.push_back({.projectId = project.id});
        filters.push_back({.projectId = project.id, .funder = true});
    }
    for (const auto& desk : *desks)
        filters.push_back({.deskId = desk.id});
    const QDate anchor = DemoGenerator::anchorDate();
    filters.push_back({.from = anchor.addYears(-1), .to = anchor.addMonths(-3)});
    filters.push_back({.projectId = projects->front().id, .from = anchor.addMonths(-8),
                       .to = anchor, .deskId = desks->back().id});
    for (const ReportFilter& filter : filters) {
        INFO("project " << filter.projectId << ", desk " << filter.deskId << ", funder "
                        << filter.funder << ", from " << filter.from.toString().toStdString());
        const Indicators in = test::computeBothWays(t.db(), filter);
        if (filter.projectId == 0 && filter.deskId == 0 && !filter.funder && !filter.from.isValid()) {
            CHECK(in.people == people); // everyone, or the check proves little
            CHECK(in.attendance.recorded > 0);
            CHECK(!in.referralsByStatus.empty());
        }
    }
}

TEST_CASE("Without a second connection the indicators are computed on one thread",
          "[reports][split]")
{
    // An in-memory database has no file for a second connection.
    Database::Options options = TestDatabase::options();
    options.create = true;
    auto db = Database::open(QStringLiteral(":memory:"), options);
    REQUIRE(db.ok());
    CHECK((*db)->secondConnection() == nullptr);
    auto in = IndicatorEngine(**db, IndicatorEngine::Split::Always).compute({});
    INFO((in.ok() ? QString() : in.error().message()).toStdString());
    REQUIRE(in.ok());
    CHECK(in->people == 0);
}
