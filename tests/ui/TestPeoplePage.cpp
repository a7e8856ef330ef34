#include <algorithm>

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QApplication>
#include <QPushButton>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/storage/Database.h"
#include "core/storage/PersonStore.h"
#include "core/storage/RecordStore.h"
#include "core/storage/Transaction.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/PeopleFilterBar.h"
#include "ui/pages/PeoplePage.h"
#include "ui/profile/ProfileHeader.h"
#include "ui/profile/ProfileWindow.h"
#include "ui/sync/PeopleImportWizard.h"
#include "ui/sync/SheetFile.h"
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

TEST_CASE("The people list reaches every row at once and reads only the rows in view")
{
    test::TestDatabase tdb;
    addPeople(tdb.db(), 1500);
    RecordStore store(tdb.db());
    PeoplePage page(store);
    page.resize(900, 500);
    REQUIRE(uitest::showActive(page));
    CHECK(page.countText() == QStringLiteral("1,500 people"));
    CHECK(page.model()->rowCount() == 1500);
    CHECK_FALSE(page.model()->canFetchMore({}));
    CHECK(page.model()->rowsHeld() <= 2 * RecordTableModel::kWindowPageSize);

    RecordTableView* view = page.view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK(view->currentIndex().row() == 1499);
    const Record* last = page.model()->recordAt(1499);
    REQUIRE(last);
    CHECK(page.model()->index(1499, 0).data().toString() == last->text("case_number"));

    // Jumping about keeps a bounded number of rows in memory.
    for (int row = 0; row < 1500; row += 37) {
        view->scrollTo(page.model()->index(row, 0));
        view->viewport()->repaint();
    }
    CHECK(page.model()->rowsHeld() <=
          RecordTableModel::kWindowPages * RecordTableModel::kWindowPageSize);
    // Every row has the same height: nothing is measured row by row.
    CHECK(view->rowHeight(0) == view->rowHeight(1499));
}

TEST_CASE("Enter on a person opens her profile")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    test::addPerson(tdb.db(), QStringLiteral("Sara"), QStringLiteral("Haile"));
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));
    page.focusSearch();
    QTest::keyClicks(page.searchField(), QStringLiteral("diallo"));
    SECTION("once the matches are listed")
    {
        REQUIRE(uitest::waitFor([&] { return page.countText() == QStringLiteral("1 match"); }));
    }
    // With no event processed in between, the search runs at once and the
    // first match is read though the list has never been laid out or painted
    // (a fast typist, or a loaded machine).
    SECTION("typed at once after the name, before the list is drawn") {}

    QTest::keyClick(page.searchField(), Qt::Key_Return);

    auto* profile = page.findChild<ProfileWindow*>();
    REQUIRE(profile);
    CHECK(page.countText() == QStringLiteral("1 match"));
    CHECK(profile->isVisible());
    CHECK(profile->windowTitle() == QStringLiteral("Amina Diallo — MI-SS-000001"));
    CHECK(profile->header()->nameText() == QStringLiteral("Amina Diallo"));
    CHECK(profile->header()->factsText().contains(QStringLiteral("Active")));
    profile->close();
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

    auto* profile = page.findChild<ProfileWindow*>();
    REQUIRE(profile);
    CHECK(profile->windowTitle() == QStringLiteral("Sara Haile — MI-SS-000002"));
    profile->close();
}

TEST_CASE("Filters and a click on a column header narrow and order the people, with the count")
{
    test::TestDatabase tdb;
    const qint64 zeynep = test::addPerson(tdb.db(), QStringLiteral("Zeynep"), QStringLiteral("Arslan"));
    test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    test::addPerson(tdb.db(), QStringLiteral("Grace"), QStringLiteral("Okafor"));
    PersonStore people(tdb.db());
    REQUIRE(people.closeCase(zeynep, QStringLiteral("moved_away"), QDate(2026, 3, 1)).ok());
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 3; }));

    QComboBox* status = page.filterBar()->statusBox();
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 1; }));
    CHECK(page.countText() == QStringLiteral("1 person"));
    CHECK(uitest::column(*page.model(), kFamilyColumn) == QStringList{QStringLiteral("Arslan")});
    status->setCurrentIndex(0);

    QHeaderView* header = page.view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(kGivenColumn) + 5, header->height() / 2));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 3; }));
    CHECK(uitest::column(*page.model(), kGivenColumn)
          == QStringList({QStringLiteral("Amina"), QStringLiteral("Grace"), QStringLiteral("Zeynep")}));
    CHECK(page.countText() == QStringLiteral("3 people"));
}

TEST_CASE("Export list writes the people shown, as searched, and Import opens the wizard")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    test::addPerson(tdb.db(), QStringLiteral("Aminata"), QStringLiteral("Diop"));
    test::addPerson(tdb.db(), QStringLiteral("Fatima"), QStringLiteral("Benali"));
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));
    page.focusSearch();
    QTest::keyClicks(page.searchField(), QStringLiteral("amin"));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 2; }));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    QString asked;
    const auto chooser = SheetFile::chooseFile;
    SheetFile::chooseFile = [&](QWidget*, const QString& suggested) {
        asked = suggested;
        return csv;
    };
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    CHECK(asked.endsWith(QStringLiteral(".xlsx")));
    CHECK(page.message() == QStringLiteral("Wrote 2 person(s) to people.csv."));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QLatin1Char('\n')) == 3); // a header and two people
    CHECK(text.contains(QStringLiteral("Diallo")));
    CHECK(text.contains(QStringLiteral("Diop")));
    CHECK_FALSE(text.contains(QStringLiteral("Benali")));

    // Nobody listed: nothing is written, and the page says so.
    QTest::keyClicks(page.searchField(), QStringLiteral("zzz"));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 0; }));
    const QString none = dir.filePath(QStringLiteral("none.xlsx"));
    CHECK_FALSE(page.exportListTo(none));
    CHECK_FALSE(QFile::exists(none));
    CHECK(page.message() == QStringLiteral("There is nobody in the list to export."));

    bool wizardShown = false;
    QTimer::singleShot(0, [&] {
        if (auto* wizard = qobject_cast<PeopleImportWizard*>(QApplication::activeModalWidget())) {
            wizardShown = true;
            wizard->reject();
        }
    });
    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    CHECK(wizardShown);
    SheetFile::chooseFile = chooser;
}
