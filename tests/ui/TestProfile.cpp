#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include "core/storage/PersonStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/models/RecordTableModel.h"
#include "ui/profile/CloseCaseDialog.h"
#include "ui/profile/DetailsTab.h"
#include "ui/profile/HistoryTab.h"
#include "ui/profile/ProfileHeader.h"
#include "ui/profile/ProfileWindow.h"
#include "ui/profile/RecordsTab.h"
#include "ui/profile/ScreeningTab.h"

#include <QTableWidget>

using namespace percorsi;

namespace {

struct Fixture
{
    test::TestDatabase tdb;
    RecordStore store{tdb.db()};
    qint64 id = test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));

    Record stored() { return *store.get(schema::def(Entity::Person), id); }
};

void retype(QWidget* editor, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(editor);
    REQUIRE(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

} // namespace

TEST_CASE("An edit refused by validation shows why under the field and changes nothing")
{
    Fixture f;
    ProfileWindow window(f.store, f.id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(uitest::showActive(window));

    retype(window.details()->editor("birth_date"), QStringLiteral("2099-01-01"));
    QTest::mouseClick(window.details()->saveButton(), Qt::LeftButton);

    CHECK(window.details()->errorText("birth_date").contains(QStringLiteral("future")));
    CHECK(f.stored().text("birth_date") == QStringLiteral("1990-04-12"));
    CHECK(window.undoStack()->count() == 0);
}

TEST_CASE("An edit is saved, undone with Ctrl+Z and redone with Ctrl+Shift+Z")
{
    Fixture f;
    ProfileWindow window(f.store, f.id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(uitest::showActive(window));

    retype(window.details()->editor("family_name"), QStringLiteral("Diallo Bah"));
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    CHECK(f.stored().text("family_name") == QStringLiteral("Diallo Bah"));
    CHECK(window.header()->nameText() == QStringLiteral("Amina Diallo Bah"));

    // In a text field Ctrl+Z undoes typing; elsewhere it undoes the saved edit.
    window.tabs()->tabBar()->setFocus();
    CHECK(window.undoStack()->canUndo());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.stored().text("family_name") == QStringLiteral("Diallo"));
    CHECK(window.header()->nameText() == QStringLiteral("Amina Diallo"));

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.stored().text("family_name") == QStringLiteral("Diallo Bah"));
}

TEST_CASE("A new screening appears in the list, the chart and the history")
{
    Fixture f;
    ProfileWindow window(f.store, f.id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(uitest::showActive(window));
    auto* screening = static_cast<ScreeningTab*>(window.tab("assessment"));
    REQUIRE(screening);
    window.tabs()->setCurrentWidget(screening);

    QTest::mouseClick(screening->addButton(), Qt::LeftButton);
    auto* dialog = screening->findChild<RecordDialog*>();
    REQUIRE(dialog);
    retype(dialog->form()->editor("need_work"), QStringLiteral("3"));
    retype(dialog->form()->editor("need_language"), QStringLiteral("2"));
    retype(dialog->form()->editor("self_esteem"), QStringLiteral("9"));
    dialog->accept();
    CHECK_FALSE(dialog->form()->errorText("self_esteem").isEmpty()); // scales run 1 to 5
    retype(dialog->form()->editor("self_esteem"), QStringLiteral("2"));
    dialog->accept();

    REQUIRE(uitest::waitFor([&] { return screening->model()->rowCount() == 1; }));
    CHECK(screening->chartPoints() == 2); // the average need and self-esteem
    CHECK(window.history()->table()->item(0, 1)->text() == QStringLiteral("Screening"));
}

TEST_CASE("A referral picks a service of the directory and changes status")
{
    Fixture f;
    test::add(f.tdb.db(), test::service(QStringLiteral("Casa delle donne")));
    test::add(f.tdb.db(), test::service(QStringLiteral("Consultorio familiare")));
    ProfileWindow window(f.store, f.id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(uitest::showActive(window));
    RecordsTab* referrals = window.tab("referral");
    REQUIRE(referrals);

    RecordDialog* dialog = referrals->addRecord();
    auto* service = qobject_cast<QComboBox*>(dialog->form()->editor("service_id"));
    REQUIRE(service);
    service->setFocus();
    QTest::keyClicks(service, QStringLiteral("Consultorio familiare"));
    auto* status = qobject_cast<QComboBox*>(dialog->form()->editor("status"));
    status->setCurrentIndex(status->findData(QStringLiteral("sent")));
    dialog->accept();
    REQUIRE(uitest::waitFor([&] { return referrals->model()->rowCount() == 1; }));
    CHECK(referrals->model()->index(0, 1).data().toString() == QStringLiteral("Consultorio familiare"));

    RecordDialog* edit = referrals->editRecord(0);
    auto* newStatus = qobject_cast<QComboBox*>(edit->form()->editor("status"));
    newStatus->setCurrentIndex(newStatus->findData(QStringLiteral("accepted")));
    edit->accept();
    REQUIRE(uitest::waitFor([&] {
        return referrals->model()->index(0, 2).data().toString() == QStringLiteral("Accepted");
    }));
}

TEST_CASE("A case is closed with a reason and an exit date, reopened, and the closing undone")
{
    Fixture f;
    ProfileWindow window(f.store, f.id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(uitest::showActive(window));
    CHECK_FALSE(window.reopenAction()->isEnabled());

    window.closeCaseAction()->trigger();
    auto* dialog = window.findChild<CloseCaseDialog*>();
    REQUIRE(dialog);
    dialog->accept(); // no reason yet
    CHECK(dialog->isVisible());
    CHECK(f.stored().text("status") == QStringLiteral("active"));

    dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(QStringLiteral("found_work")));
    dialog->dateEdit()->setDate(QDate(2026, 5, 31));
    dialog->accept();

    CHECK(f.stored().text("status") == QStringLiteral("closed"));
    CHECK(f.stored().text("exit_date") == QStringLiteral("2026-05-31"));
    CHECK(window.header()->factsText().contains(QStringLiteral("Found work")));
    CHECK(window.reopenAction()->isEnabled());
    CHECK_FALSE(window.closeCaseAction()->isEnabled());

    SECTION("reopen")
    {
        window.reopenAction()->trigger();
        CHECK(f.stored().text("status") == QStringLiteral("active"));
        CHECK(f.stored().isNull("exit_date"));
    }
    SECTION("undo the closing")
    {
        REQUIRE(uitest::showActive(window));
        window.tabs()->tabBar()->setFocus();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(f.stored().text("status") == QStringLiteral("active"));
        CHECK(window.closeCaseAction()->isEnabled());
    }
}
