#include <algorithm>

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/Transaction.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/dialogs/PersonDetailsDialog.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/PeoplePage.h"
#include "ui/widgets/RecordTableView.h"

using namespace percorsi;

namespace {

constexpr int kFamilyColumn = 1;
constexpr int kGivenColumn = 2;

void addPeople(Database& db, int n)
{
    Transaction tx(db.connection());
    for (int i = 0; i < n; ++i)
        test::addPerson(db, QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i));
    REQUIRE(tx.commit().ok());
}

} // namespace

TEST_CASE("Typing a name without its accents finds the person")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db(), QStringLiteral("Thị Lan"), QStringLiteral("Nguyễn"));
    test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    test::addPerson(tdb.db(), QStringLiteral("Fatima"), QStringLiteral("Benali"));
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 3; }));
    CHECK(page.countText() == QStringLiteral("3 people"));

    page.focusSearch();
    QTest::keyClicks(page.searchField(), QStringLiteral("nguyen"));

    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 1; }));
    CHECK(uitest::column(*page.model(), kFamilyColumn) == QStringList{QStringLiteral("Nguyễn")});
    CHECK(uitest::column(*page.model(), kGivenColumn) == QStringList{QStringLiteral("Thị Lan")});
    CHECK(page.countText() == QStringLiteral("1 match"));

    SECTION("clearing the field shows everyone again")
    {
        page.searchField()->clear();
        REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 3; }));
        CHECK(page.countText() == QStringLiteral("3 people"));
    }

    SECTION("a name nobody has shows no one")
    {
        QTest::keyClicks(page.searchField(), QStringLiteral("zzz"));
        REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 0; }));
        CHECK(page.countText() == QStringLiteral("0 matches"));
    }
}

TEST_CASE("The people list reads more rows as it is scrolled")
{
    test::TestDatabase tdb;
    addPeople(tdb.db(), 500);
    RecordStore store(tdb.db());
    PeoplePage page(store);
    page.resize(900, 500);
    REQUIRE(uitest::showActive(page));
    CHECK(page.countText() == QStringLiteral("500 people"));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() > 0; }));
    CHECK(page.model()->rowCount() == RecordTableModel::kPageSize);

    RecordTableView* view = page.view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);

    REQUIRE(
        uitest::waitFor([&] { return page.model()->rowCount() > RecordTableModel::kPageSize; }));
    for (int i = 0; i < 5 && page.model()->canFetchMore({}); ++i) {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QTest::qWait(20);
    }
    CHECK(page.model()->rowCount() == 500);
    CHECK_FALSE(page.model()->canFetchMore({}));
    // Every row has the same height: nothing is measured row by row.
    CHECK(view->rowHeight(0) == view->rowHeight(499));
}

TEST_CASE("Enter on a person opens her details")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));
    page.focusSearch();
    QTest::keyClicks(page.searchField(), QStringLiteral("diallo"));
    REQUIRE(uitest::waitFor([&] { return page.countText() == QStringLiteral("1 match"); }));

    QTest::keyClick(page.searchField(), Qt::Key_Return);

    auto* dialog = page.findChild<PersonDetailsDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowTitle() == QStringLiteral("Person — Amina Diallo"));
    const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
    const auto shows = [&](const QString& text) {
        return std::any_of(labels.begin(), labels.end(),
                           [&](const QLabel* l) { return l->text() == text; });
    };
    CHECK(shows(QStringLiteral("Woman")));    // gender, through its code label
    CHECK(shows(QStringLiteral("Senegal")));  // country of birth
    CHECK(shows(QStringLiteral("San Siro"))); // desk
    dialog->close();
}

TEST_CASE("Down from the search field moves into the list, a double-click opens a person")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    test::addPerson(tdb.db(), QStringLiteral("Sara"), QStringLiteral("Haile"));
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 2; }));
    page.focusSearch();

    QTest::keyClick(page.searchField(), Qt::Key_Down);
    CHECK(page.view()->hasFocus());
    CHECK(page.view()->currentIndex().row() == 0);

    RecordTableView* view = page.view();
    const QRect second = view->visualRect(page.model()->index(1, kFamilyColumn));
    // What a real double-click delivers: a click, then the double-click and its release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, second.center());

    auto* dialog = page.findChild<PersonDetailsDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Person — Sara Haile"));
    dialog->close();
}
