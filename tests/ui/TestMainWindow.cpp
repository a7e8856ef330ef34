#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QStatusBar>
#include <QTest>

#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/MainWindow.h"
#include "ui/attendance/AttendancePage.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/SyncPage.h"
#include "ui/paths/PathsPage.h"
#include "ui/reports/DashboardPage.h"

using namespace percorsi;

namespace {

QStringList sidebarTitles(const MainWindow& window)
{
    QStringList titles;
    for (int i = 0; i < window.sidebar()->count(); ++i)
        titles << window.sidebar()->item(i)->text();
    return titles;
}

Qt::Key digitKey(int page)
{
    return Qt::Key(Qt::Key_0 + (page + 1) % 10);
}

} // namespace

TEST_CASE("The main window offers an administrator every page and names the desk")
{
    test::TestDatabase tdb;
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));

    CHECK(window.pageCount() == 12);
    CHECK(sidebarTitles(window) ==
          QStringList({QStringLiteral("People"), QStringLiteral("Paths"),
                       QStringLiteral("Attendance"), QStringLiteral("Placements"),
                       QStringLiteral("Services"), QStringLiteral("Employers"),
                       QStringLiteral("Events"), QStringLiteral("Reports"), QStringLiteral("Sync"),
                       QStringLiteral("Settings"), QStringLiteral("Accounts"),
                       QStringLiteral("Audit")}));
    CHECK(window.windowTitle() == QStringLiteral("Percorsi — San Siro"));
    const QString status = window.statusBar()->findChildren<QLabel*>().constFirst()->text();
    CHECK(status.contains(QStringLiteral("MI-SS")));
    CHECK(window.width() <= 1366);
    CHECK(window.height() <= 768);
}

TEST_CASE("Ctrl+1 to Ctrl+0 open the pages in sidebar order")
{
    test::TestDatabase tdb;
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));

    for (int page : {9, 2, 0, 7, 1, 3, 4, 5, 6, 8}) {
        QTest::keyClick(&window, digitKey(page), Qt::ControlModifier);
        INFO("page " << page);
        CHECK(window.currentPage() == page);
        CHECK(window.sidebar()->currentRow() == page);
        CHECK(window.page(page)->isVisible());
    }
}

TEST_CASE("Ctrl+F opens the People page with the search field focused")
{
    test::TestDatabase tdb;
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    REQUIRE(window.currentPage() == 9);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);

    CHECK(window.currentPage() == 0);
    CHECK(QApplication::focusWidget() == window.peoplePage()->searchField());
}

TEST_CASE("The sidebar is reachable with Tab and changes page with the arrow keys")
{
    test::TestDatabase tdb;
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));
    window.peoplePage()->focusSearch();

    bool reached = false;
    for (int i = 0; i < 20 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget() == window.sidebar();
    }
    REQUIRE(reached);

    QTest::keyClick(window.sidebar(), Qt::Key_Down);
    CHECK(window.currentPage() == 1);
}

TEST_CASE("Register on the Paths page opens that path's register, and new paths appear there")
{
    test::TestDatabase tdb;
    const qint64 first = test::add(tdb.db(), test::path(QStringLiteral("Italiano A1")));
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto* paths = window.findChild<PathsPage*>();
    REQUIRE(paths);
    QPushButton* registerButton = nullptr;
    for (auto* b : paths->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Re&gister"))
            registerButton = b;
    REQUIRE(registerButton);
    auto* table = paths->findChild<QTableWidget*>();
    REQUIRE(table);
    REQUIRE(table->rowCount() >= 1);
    table->setCurrentCell(0, 0);
    QTest::mouseClick(registerButton, Qt::LeftButton);

    auto* attendance = window.findChild<AttendancePage*>();
    REQUIRE(attendance);
    CHECK(attendance->isVisible());
    CHECK(attendance->pathBox()->currentData().toLongLong() == first);

    // A path created while the window is open is there the next time the page is shown.
    const qint64 second = test::add(tdb.db(), test::path(QStringLiteral("Nederlands A2")));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(attendance->pathBox()->findData(second) >= 0);
    CHECK(attendance->pathBox()->currentData().toLongLong() == first);
}

TEST_CASE("The window opens without building the pages not yet shown, and builds each when shown")
{
    test::TestDatabase tdb;
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));
    CHECK(window.findChild<PeoplePage*>() != nullptr);
    CHECK(window.findChild<SyncPage*>() == nullptr);
    CHECK(window.findChild<DashboardPage*>() == nullptr);

    const int sync = window.indexOfPage(QStringLiteral("Sync"));
    REQUIRE(sync >= 0);
    window.showPage(sync);
    auto* page = window.findChild<SyncPage*>();
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(window.page(sync) == page);
    CHECK(page->accessibleName() == QStringLiteral("Sync"));
    window.showPage(0);
    window.showPage(sync);
    CHECK(window.findChildren<SyncPage*>().size() == 1); // built once

    const int reports = window.indexOfPage(QStringLiteral("Reports"));
    REQUIRE(reports >= 0);
    CHECK(qobject_cast<DashboardPage*>(window.page(reports)) != nullptr); // asked for: built
}
