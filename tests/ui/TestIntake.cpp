#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QTableWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include "core/storage/PersonStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/MainWindow.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/pages/PeoplePage.h"
#include "ui/profile/CloseCaseDialog.h"
#include "ui/profile/DuplicatePanel.h"
#include "ui/profile/HistoryTab.h"
#include "ui/profile/IntakeDialog.h"
#include "ui/profile/ProfileWindow.h"
#include "ui/profile/RecordsTab.h"

using namespace percorsi;

namespace {

void type(IntakeDialog& dialog, const char* field, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(dialog.form()->editor(field));
    REQUIRE(line);
    line->setFocus();
    QTest::keyClicks(line, text);
}

qint64 count(Database& db, const char* sql)
{
    return *db.connection().scalar(sql);
}

} // namespace

TEST_CASE("Intake warns of a likely duplicate and opens the existing record instead")
{
    test::TestDatabase tdb;
    PersonStore people(tdb.db());
    Record fatima = test::person(QStringLiteral("Fátima"), QStringLiteral("Mohammed"));
    fatima.set("phone", QStringLiteral("+39 347 123 4567"));
    const qint64 existing = people.create(fatima)->id();
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));

    QTest::mouseClick(page.newButton(), Qt::LeftButton);
    QPointer<IntakeDialog> dialog = page.findChild<IntakeDialog*>();
    REQUIRE(dialog);
    REQUIRE(uitest::waitFor([&] { return dialog->isVisible(); }));
    CHECK_FALSE(dialog->duplicates()->isVisible());

    // Names in the other order and another transliteration.
    type(*dialog, "given_name", QStringLiteral("Muhammad"));
    type(*dialog, "family_name", QStringLiteral("fatma"));
    REQUIRE(uitest::waitFor([&] { return dialog->duplicates()->count() == 1; }));
    CHECK(dialog->duplicates()->isVisible());
    CHECK(dialog->duplicates()->list()->item(0)->text().contains(QStringLiteral("same name")));

    QTest::mouseClick(dialog->duplicates()->openButton(), Qt::LeftButton);

    REQUIRE(uitest::waitFor([&] { return !dialog || !dialog->isVisible(); }));
    auto* profile = page.findChild<ProfileWindow*>();
    REQUIRE(profile);
    CHECK(profile->personId() == existing);
    CHECK(count(tdb.db(), "SELECT count(*) FROM person") == 1);
    profile->close();
}

TEST_CASE("Ctrl+N opens the intake form from any page")
{
    test::TestDatabase tdb;
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));
    window.showPage(3);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto* dialog = window.findChild<IntakeDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->reject();
}

TEST_CASE("Intake registers a new person with her consents and opens her profile")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));
    IntakeDialog* dialog = page.newPerson();
    REQUIRE(dialog);

    type(*dialog, "given_name", QStringLiteral("Grace"));
    type(*dialog, "phone", QStringLiteral("+39 333 1234567"));
    for (const char* purpose : {"services", "anonymous_reporting"}) {
        dialog->consentBox(purpose)->setFocus();
        QTest::keyClick(dialog->consentBox(purpose), Qt::Key_Space);
    }
    dialog->accept();
    // The family name is required: the refusal shows under its field.
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->form()->errorText("family_name").isEmpty());
    CHECK(count(tdb.db(), "SELECT count(*) FROM person") == 1);

    type(*dialog, "family_name", QStringLiteral("Okafor"));
    type(*dialog, "birth_year", QStringLiteral("1988"));
    dialog->accept();

    REQUIRE(uitest::waitFor([&] { return page.findChild<ProfileWindow*>() != nullptr; }));
    CHECK(count(tdb.db(), "SELECT count(*) FROM person") == 2);
    CHECK(count(tdb.db(), "SELECT count(*) FROM consent") == 2);
    CHECK(page.countText() == QStringLiteral("2 people"));
    page.findChild<ProfileWindow*>()->close();
}

TEST_CASE("From first contact to a closed case, entirely in the GUI")
{
    test::TestDatabase tdb;
    test::add(tdb.db(), test::service(QStringLiteral("Casa delle donne")));
    RecordStore store(tdb.db());
    PeoplePage page(store);
    REQUIRE(uitest::showActive(page));

    IntakeDialog* dialog = page.newPerson();
    type(*dialog, "given_name", QStringLiteral("Grace"));
    type(*dialog, "family_name", QStringLiteral("Okafor"));
    dialog->consentBox("services")->setFocus();
    QTest::keyClick(dialog->consentBox("services"), Qt::Key_Space);
    dialog->accept();
    ProfileWindow* profile = nullptr;
    REQUIRE(uitest::waitFor([&] { return (profile = page.findChild<ProfileWindow*>()) != nullptr; }));
    REQUIRE(uitest::showActive(*profile));

    RecordDialog* screening = profile->tab("assessment")->addRecord();
    QTest::keyClicks(screening->form()->editor("need_work"), QStringLiteral("3"));
    screening->accept();
    RecordDialog* referral = profile->tab("referral")->addRecord();
    QTest::keyClicks(referral->form()->editor("service_id"), QStringLiteral("Casa delle donne"));
    auto* status = qobject_cast<QComboBox*>(referral->form()->editor("status"));
    status->setCurrentIndex(status->findData(QStringLiteral("completed")));
    referral->accept();

    profile->closeCaseAction()->trigger();
    auto* close = profile->findChild<CloseCaseDialog*>();
    REQUIRE(close);
    close->reasonBox()->setCurrentIndex(close->reasonBox()->findData(QStringLiteral("completed")));
    close->accept();

    Record grace = *store.get(schema::def(Entity::Person), profile->personId());
    CHECK(grace.text("status") == QStringLiteral("closed"));
    CHECK(grace.text("close_reason") == QStringLiteral("completed"));
    CHECK(count(tdb.db(), "SELECT count(*) FROM assessment") == 1);
    CHECK(count(tdb.db(), "SELECT count(*) FROM referral WHERE status = 'completed'") == 1);
    CHECK(count(tdb.db(), "SELECT count(*) FROM consent") == 1);
    CHECK(profile->history()->table()->rowCount() == 5); // intake, consent, screening, referral, exit
    profile->close();
}
