#include <catch2/catch.hpp>

#include <QBuffer>

#include "core/storage/DeskStore.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

TEST_CASE("The bundle history lists bundles sent and received, newest first", "[sync]")
{
    TestDatabase milano;
    TestDatabase raval(false);
    REQUIRE(DeskStore(raval.db())
                .createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona"),
                             QStringLiteral("BA-RA"))
                .ok());
    test::addPerson(milano.db());
    REQUIRE(SyncStore(milano.db()).history()->empty());

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    BundleExporter::Options o;
    o.format = QStringLiteral("csv");
    auto sent = BundleExporter(milano.db()).write(&out, o);
    REQUIRE(sent.ok());
    out.close();

    out.open(QIODevice::ReadOnly);
    BundleImporter::Options dry;
    dry.dryRun = true;
    REQUIRE(BundleImporter(raval.db()).read(&out, dry).ok());
    REQUIRE(SyncStore(raval.db()).history()->empty()); // a dry run leaves no trace
    out.seek(0);
    REQUIRE(BundleImporter(raval.db()).read(&out, {}).ok());

    auto mine = SyncStore(milano.db()).history();
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->front().direction == QStringLiteral("sent"));
    CHECK(mine->front().bundleUuid == sent->bundleUuid);
    CHECK(mine->front().format == QStringLiteral("csv"));
    CHECK(mine->front().rows == sent->rows);
    CHECK(mine->front().peerDesk.isEmpty());

    auto theirs = SyncStore(raval.db()).history();
    REQUIRE(theirs->size() == 1);
    CHECK(theirs->front().direction == QStringLiteral("received"));
    CHECK(theirs->front().bundleUuid == sent->bundleUuid);
    CHECK(theirs->front().sourceDesk == SyncStore(milano.db()).deskUuid(milano->localDeskId()));
    CHECK(!theirs->front().at.isEmpty());
}
