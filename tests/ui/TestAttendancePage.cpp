#include <catch2/catch.hpp>

#include <QComboBox>
#include <QTest>

#include "core/storage/AttendanceStore.h"
#include "core/storage/PathStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/attendance/AttendancePage.h"
#include "ui/attendance/RegisterModel.h"
#include "ui/attendance/RegisterView.h"

using namespace percorsi;

namespace {

// A path of weekly sessions around the tests' fixed today (15 June 2026)
// with `people` people enrolled.
struct Course
{
    Course(Database& db, int people)
    {
        PathStore store(db);
        path = test::add(db, test::path(QStringLiteral("Italiano A2")).with(u"capacity", people));
        SessionPlanner::Recurrence weekly{
            {2}, QDate(2026, 5, 26), QDate(2026, 6, 30), QTime(9, 30), 150, {}};
        REQUIRE(store.addSessions(path, weekly).ok());
        std::vector<qint64> ids;
        for (int i = 0; i < people; ++i)
            ids.push_back(
                test::addPerson(db, QStringLiteral("Person%1").arg(i, 2, 10, QChar(u'0'))));
        REQUIRE(store.enrolAll(path, ids, QDate(2026, 5, 20)).ok());
    }
    qint64 path = 0;
};

// Sends keys to the widget with focus and counts them.
struct Keyboard
{
    int count = 0;
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, mods);
        ++count;
    }
};

} // namespace

TEST_CASE("A 20-person session is recorded and saved from the keyboard in at most 25 keystrokes")
{
    test::TestDatabase tdb;
    Course course(tdb.db(), 20);
    RecordStore store(tdb.db());
    AttendancePage page(store);
    REQUIRE(uitest::showActive(page));
    page.openPath(course.path);
    RegisterModel& model = *page.model();
    REQUIRE(model.personCount() == 20);
    // The cursor starts on the first person of the next session: Tuesday 16 June.
    const QModelIndex start = page.view()->currentIndex();
    REQUIRE(start.row() == 0);
    const Record session = model.session(start.column());
    CHECK(session.text(u"date") == QStringLiteral("2026-06-16"));
    REQUIRE(uitest::waitFor([&] { return QApplication::focusWidget() == page.view(); }));

    Keyboard keys;
    SECTION("one key per person, then Ctrl+S")
    {
        for (int i = 0; i < 20; ++i)
            keys.press(i % 7 == 3 ? Qt::Key_A : i == 12 ? Qt::Key_E : Qt::Key_P);
        keys.press(Qt::Key_S, Qt::ControlModifier);
        CHECK(keys.count <= 25);
        auto rows = AttendanceStore(tdb.db()).ofSession(session.id());
        REQUIRE(rows->size() == 20);
        const auto tallies = AttendanceStore(tdb.db()).talliesOfPath(course.path).value();
        int present = 0, absent = 0, excused = 0;
        for (const auto& [person, t] : tallies)
            present += t.present, absent += t.absent, excused += t.excused;
        CHECK(present == 16);
        CHECK(absent == 3);
        CHECK(excused == 1);
        CHECK(page.statusText() == QStringLiteral("Saved."));
    }
    SECTION("the whole session present, two exceptions, hours changed")
    {
        keys.press(Qt::Key_M);
        keys.press(Qt::Key_Down);
        keys.press(Qt::Key_A);      // the second person is absent; the cursor moves on
        keys.press(Qt::Key_E);      // the third is excused
        keys.press(Qt::Key_Return); // the fourth came late: edit her hours
        REQUIRE(uitest::waitFor([&] { return QApplication::focusWidget() != page.view(); }));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1.5"));
        keys.count += 4;
        keys.press(Qt::Key_Return); // the editor commits on the next turn of the event loop
        REQUIRE(uitest::waitFor([&] { return model.hours(3, start.column()) == 1.5; }));
        keys.press(Qt::Key_S, Qt::ControlModifier);
        CHECK(keys.count <= 25);
        AttendanceStore attendance(tdb.db());
        REQUIRE(attendance.ofSession(session.id())->size() == 20);
        CHECK(attendance.tallyOf(model.personId(1), course.path).absent == 1);
        CHECK(attendance.tallyOf(model.personId(2), course.path).excused == 1);
        CHECK(attendance.tallyOf(model.personId(3), course.path).hours == Approx(1.5));
        CHECK(attendance.tallyOf(model.personId(0), course.path).hours == Approx(2.5));
    }
}

TEST_CASE("The register flags three absences in a row and shows the rate")
{
    test::TestDatabase tdb;
    Course course(tdb.db(), 2);
    RecordStore store(tdb.db());
    AttendancePage page(store);
    REQUIRE(uitest::showActive(page));
    page.openPath(course.path);
    RegisterModel& model = *page.model();
    for (int c = 0; c < 3; ++c) {
        model.setMark(0, c, RegisterModel::Absent);
        model.setMark(1, c, c == 1 ? RegisterModel::Absent : RegisterModel::Present);
    }
    REQUIRE(page.save());
    CHECK(model.absencesInRow(0) == 3);
    CHECK(model.absencesInRow(1) == 0);
    const QModelIndex rate = model.index(0, model.sessionCount());
    CHECK(rate.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3")));
    CHECK(model.index(1, model.sessionCount()).data().toString().startsWith(QStringLiteral("67")));
}
