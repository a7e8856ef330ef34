#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include "core/storage/PathStore.h"
#include "core/storage/UserStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/paths/EnrolPicker.h"
#include "ui/paths/PathDialog.h"
#include "ui/paths/PathManageDialog.h"
#include "ui/paths/PathsPage.h"
#include "ui/paths/RecurrenceDialog.h"

using namespace percorsi;

TEST_CASE("The recurrence dialog plans Tuesdays and Thursdays, skipping holidays")
{
    RecurrenceDialog dialog(QDate(2026, 3, 1), QDate(2026, 6, 30));
    REQUIRE(uitest::showActive(dialog));
    dialog.weekday(2)->setFocus();
    QTest::keyClick(dialog.weekday(2), Qt::Key_Space);
    dialog.weekday(4)->setFocus();
    QTest::keyClick(dialog.weekday(4), Qt::Key_Space);
    dialog.fromEdit()->setFocus();
    dialog.fromEdit()->setDate(QDate(2026, 3, 3));
    dialog.holidaysEdit()->setFocus();
    QTest::keyClicks(dialog.holidaysEdit(), QStringLiteral("2026-04-02"));
    QTest::keyClick(dialog.holidaysEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.holidaysEdit(), QStringLiteral("2026-06-02"));
    CHECK(dialog.recurrence().minutes == 150);
    const auto days = dialog.dates();
    CHECK(days.size() == 33);
    CHECK(dialog.previewText().startsWith(QStringLiteral("33 session")));

    dialog.endEdit()->setTime(QTime(9, 0));
    CHECK(dialog.previewText() == QStringLiteral("The end time must be after the start."));
}

TEST_CASE("The Paths page lists paths with their figures and a trainer's own first")
{
    test::TestDatabase tdb;
    auto trainer =
        UserStore(tdb.db()).create(QStringLiteral("giulia"), QStringLiteral("Giulia Rossi"),
                                   QStringLiteral("trainer"), QStringLiteral("long enough"));
    REQUIRE(trainer.ok());
    const qint64 mine = test::add(tdb.db(), test::path(QStringLiteral("Italiano A2"))
                                                .with(u"trainer_id", trainer->id())
                                                .with(u"capacity", 1));
    test::add(tdb.db(), test::path(QStringLiteral("Orientamento al lavoro")));
    test::add(tdb.db(), test::session(mine, QStringLiteral("2026-06-15"))); // the fixed today
    PathStore paths(tdb.db());
    REQUIRE(paths
                .enrolAll(
                    mine,
                    {test::addPerson(tdb.db()), test::addPerson(tdb.db(), QStringLiteral("Sara"))},
                    QDate(2026, 3, 1))
                .ok());
    RecordStore store(tdb.db());
    PathsPage page(store);
    REQUIRE(uitest::showActive(page));
    CHECK(page.table()->rowCount() == 2);
    page.setTrainer(trainer->id());
    REQUIRE(page.table()->rowCount() == 2);
    CHECK(page.table()->item(0, 0)->text() == QStringLiteral("Italiano A2")); // hers first
    CHECK(page.table()->item(0, 0)->font().bold());
    CHECK_FALSE(page.table()->item(1, 0)->font().bold());
    CHECK(page.table()->item(0, 3)->text() == QStringLiteral("San Siro")); // desk
    CHECK(page.table()->item(0, 8)->text() == QStringLiteral("1")); // enrolled
    CHECK(page.table()->item(0, 9)->text() == QStringLiteral("1")); // waiting
    REQUIRE(page.today()->count() == 1);
    CHECK(page.today()->item(0)->text().contains(QStringLiteral("Italiano A2")));

    qint64 opened = 0;
    QObject::connect(&page, &PathsPage::registerRequested, [&](qint64 id) { opened = id; });
    page.today()->setFocus();
    page.today()->setCurrentRow(0);
    QTest::keyClick(page.today(), Qt::Key_Return);
    CHECK(opened == mine);
}

TEST_CASE("The enrolment picker ticks several people, and beyond the capacity they wait")
{
    test::TestDatabase tdb;
    const qint64 path = test::add(tdb.db(), test::path().with(u"capacity", 2));
    const qint64 amina =
        test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    const qint64 awa = test::addPerson(tdb.db(), QStringLiteral("Awa"), QStringLiteral("Diallo"));
    const qint64 fatou =
        test::addPerson(tdb.db(), QStringLiteral("Fatou"), QStringLiteral("Diallo"));
    test::addPerson(tdb.db(), QStringLiteral("Grace"), QStringLiteral("Okafor"));
    EnrolPicker picker(tdb.db(), path);
    REQUIRE(uitest::showActive(picker));
    picker.searchEdit()->setFocus();
    QTest::keyClicks(picker.searchEdit(), QStringLiteral("diallo"));
    REQUIRE(uitest::waitFor([&] { return picker.results()->count() == 3; }));
    QTest::keyClick(picker.searchEdit(), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == picker.results());
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(picker.results(), Qt::Key_Space);
        QTest::keyClick(picker.results(), Qt::Key_Down);
    }
    REQUIRE(picker.chosen().size() == 3);
    CHECK(picker.seatsText().contains(QStringLiteral("1 go to the waiting list")));

    auto done = PathStore(tdb.db()).enrolAll(path, picker.chosen(), QDate(2026, 3, 1));
    REQUIRE(done.ok());
    CHECK(PathStore(tdb.db()).summary(path)->waiting == 1);
    CHECK((std::vector<qint64>{amina, awa, fatou}.size() == 3));
}

TEST_CASE("People and sessions of a path: withdraw with a reason, move and cancel a session")
{
    test::TestDatabase tdb;
    const qint64 path = test::add(tdb.db(), test::path().with(u"capacity", 1));
    test::add(tdb.db(), test::session(path, QStringLiteral("2026-03-05")));
    PathStore paths(tdb.db());
    REQUIRE(paths
                .enrolAll(
                    path,
                    {test::addPerson(tdb.db()), test::addPerson(tdb.db(), QStringLiteral("Sara"))},
                    QDate(2026, 3, 1))
                .ok());
    RecordStore store(tdb.db());
    PathManageDialog dialog(store, path);
    REQUIRE(uitest::showActive(dialog));
    dialog.people()->setCurrentCell(0, 0);
    CHECK_FALSE(dialog.withdrawCurrent(QString())); // a reason is needed
    CHECK_FALSE(dialog.errorText().isEmpty());
    REQUIRE(dialog.withdrawCurrent(QStringLiteral("Found work")));
    CHECK(paths.summary(path)->enrolled == 1); // Sara took the seat
    CHECK(paths.summary(path)->withdrawn == 1);

    dialog.sessions()->setCurrentCell(0, 0);
    REQUIRE(dialog.moveCurrentSession(QDate(2026, 3, 6), QTime(14, 0), 90));
    REQUIRE(
        dialog.describeCurrentSession(QStringLiteral("Biblioteca"), QStringLiteral("Al mercato")));
    REQUIRE(dialog.cancelCurrentSession());
    auto s = paths.sessions(path);
    CHECK(s->front().text(u"date") == QStringLiteral("2026-03-06"));
    CHECK(s->front().integer(u"cancelled") == 1);
    CHECK(s->front().text(u"topic") == QStringLiteral("Al mercato"));
    CHECK(s->front().text(u"place") == QStringLiteral("Biblioteca"));
    CHECK(dialog.sessions()->item(0, 5)->text() == QStringLiteral("cancelled"));
}

TEST_CASE("The path dialog creates a path and shows what the store refuses")
{
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    PathDialog dialog(store, Record(Entity::Path));
    REQUIRE(uitest::showActive(dialog));
    dialog.accept(); // no name
    CHECK_FALSE(dialog.errorText().isEmpty());
    dialog.nameEdit()->setFocus();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Italiano A1"));
    dialog.capacityEdit()->setValue(15);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.saved().integer(u"capacity") == 15);
}
