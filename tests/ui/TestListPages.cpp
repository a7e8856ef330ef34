#include <catch2/catch.hpp>

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ListSpecs.h"
#include "ui/pages/SyncPage.h"

using namespace percorsi;

TEST_CASE("The Attendance page lists sessions newest first, with their path by name")
{
    test::TestDatabase tdb;
    const qint64 path = test::add(tdb.db(), test::path(QStringLiteral("Italiano A2")));
    test::add(tdb.db(), test::session(path, QStringLiteral("2026-03-05")));
    test::add(tdb.db(), test::session(path, QStringLiteral("2026-03-12")));
    RecordStore store(tdb.db());
    RecordListPage page(store, ListSpecs::sessions());
    REQUIRE(uitest::showActive(page));

    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 2; }));
    CHECK(page.countText() == QStringLiteral("2 sessions"));
    CHECK(page.model()->recordAt(0)->text("date") == QStringLiteral("2026-03-12"));
    CHECK(uitest::column(*page.model(), 2) ==
          QStringList({QStringLiteral("Italiano A2"), QStringLiteral("Italiano A2")}));
}

TEST_CASE("The Paths page shows codes by their labels")
{
    test::TestDatabase tdb;
    test::add(tdb.db(), test::path(QStringLiteral("Italiano A2")));
    RecordStore store(tdb.db());
    RecordListPage page(store, ListSpecs::paths());
    REQUIRE(uitest::showActive(page));

    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 1; }));
    CHECK(page.countText() == QStringLiteral("1 path"));
    CHECK(page.model()->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Type"));
    CHECK(page.model()->index(0, 1).data().toString() != QStringLiteral("language_course"));
    CHECK_FALSE(page.model()->index(0, 1).data().toString().isEmpty());
}

TEST_CASE("The Sync page marks this desk and computes the digest on request")
{
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    SyncPage page(store);
    REQUIRE(uitest::showActive(page));
    REQUIRE(uitest::waitFor([&] { return page.desks()->rowCount() == 1; }));
    CHECK(page.desks()->index(0, 5).data().toString() == QStringLiteral("This desk"));
    CHECK(page.digest().isEmpty());

    auto* compute = page.findChild<QPushButton*>(QStringLiteral("computeDigest"));
    REQUIRE(compute);
    QTest::mouseClick(compute, Qt::LeftButton);

    CHECK(page.digest().size() == 64); // SHA-256 in hex
}
