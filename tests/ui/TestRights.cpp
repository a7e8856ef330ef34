#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "core/storage/PersonStore.h"
#include "core/storage/ProtectionSettings.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/DailyBackup.h"
#include "ui/pages/BackupsBox.h"
#include "ui/pages/RetentionBox.h"
#include "ui/profile/EraseDialog.h"
#include "ui/profile/ProfileWindow.h"

using namespace percorsi;

namespace {

qint64 people(Database& db)
{
    return *db.connection().scalar("SELECT count(*) FROM person");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Types the case number and presses the erase button from the keyboard.
void confirmErase(EraseDialog* dialog, const QString& caseNumber)
{
    REQUIRE(dialog);
    REQUIRE(uitest::waitFor([dialog] { return dialog->isVisible(); }));
    CHECK_FALSE(dialog->eraseButton()->isEnabled());
    QTest::keyClicks(dialog->confirmation(), QStringLiteral("MI-SS-0000"));
    CHECK_FALSE(dialog->eraseButton()->isEnabled());
    dialog->confirmation()->clear();
    QTest::keyClicks(dialog->confirmation(), caseNumber);
    REQUIRE(dialog->eraseButton()->isEnabled());
    dialog->eraseButton()->setFocus();
    QTest::keyClick(dialog->eraseButton(), Qt::Key_Space);
}

} // namespace

TEST_CASE("Her profile erases her after the case number is typed", "[rights]")
{
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    const qint64 other =
        test::addPerson(tdb.db(), QStringLiteral("Fátima"), QStringLiteral("El Amrani"));
    const qint64 her = test::addPerson(tdb.db());
    QPointer<ProfileWindow> window = new ProfileWindow(store, her);
    REQUIRE(uitest::showActive(*window));
    QSignalSpy erased(window.data(), &ProfileWindow::personErased);
    const QString caseNumber = window->person().text("case_number");

    window->eraseAction()->trigger();
    auto* dialog = window->findChild<EraseDialog*>();
    confirmErase(dialog, caseNumber);

    REQUIRE(erased.count() == 1);
    CHECK(erased.at(0).at(0).toLongLong() == her);
    CHECK(uitest::waitFor([&] { return window.isNull(); }));
    CHECK(people(tdb.db()) == 1);
    CHECK(store.get(schema::def(Entity::Person), other).ok());
    CHECK(*tdb.db().connection().scalar("SELECT count(*) FROM tombstone WHERE erased = 1") >= 1);
}

TEST_CASE("Cancelling the erasure keeps her", "[rights]")
{
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    const qint64 her = test::addPerson(tdb.db());
    ProfileWindow window(store, her);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(uitest::showActive(window));
    EraseDialog* dialog = window.erase();
    REQUIRE(uitest::waitFor([dialog] { return dialog->isVisible(); }));
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(people(tdb.db()) == 1);
}

TEST_CASE("Her data exports as JSON and as a PDF, each audited", "[rights]")
{
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    const qint64 her = test::addPerson(tdb.db());
    ProfileWindow window(store, her);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    CHECK(window.exportAction()->isEnabled());

    const QString json = tdb.dir() + QStringLiteral("/her.json");
    const QString pdf = tdb.dir() + QStringLiteral("/her.pdf");
    CHECK(window.exportData(json).isEmpty());
    CHECK(window.exportData(pdf).isEmpty());
    const QByteArray text = readAll(json);
    CHECK(text.contains("\"Given name\""));
    CHECK(text.contains("Amina"));
    CHECK(readAll(pdf).startsWith("%PDF"));
    CHECK(readAll(pdf).size() > 1000);
    CHECK(*tdb.db().connection().scalar("SELECT count(*) FROM audit WHERE action = 'export'") == 2);
    CHECK_FALSE(window.exportData(tdb.dir() + QStringLiteral("/missing/dir/her.json")).isEmpty());
}

TEST_CASE("Back up now lists the backup, restore brings it back and refuses a damaged one",
          "[rights][backup]")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db());
    const QString folder = tdb.dir() + QStringLiteral("/backups");
    REQUIRE(ProtectionSettings(tdb.db()).setBackupFolder(folder).ok());
    BackupsBox box(tdb.db());
    REQUIRE(uitest::showActive(box));
    CHECK(box.list()->count() == 0);
    CHECK(DailyBackup::folder(tdb.db()) == folder);

    QSignalSpy finished(&box, &BackupsBox::backupFinished);
    box.backUpButton()->setFocus();
    QTest::keyClick(box.backUpButton(), Qt::Key_Space);
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(0).at(1).toString().isEmpty());
    CHECK(box.status()->text().contains(QStringLiteral("checked")));
    CHECK(box.backUpButton()->isEnabled());
    REQUIRE(box.list()->count() == 1);
    CHECK(*tdb.db().connection().scalar("SELECT count(*) FROM audit WHERE action = 'backup'") == 1);
    const QString backup = box.list()->item(0)->data(Qt::UserRole).toString();
    test::addPerson(tdb.db(), QStringLiteral("Fátima"), QStringLiteral("El Amrani"));
    REQUIRE(people(tdb.db()) == 2);

    QSignalSpy restored(&box, &BackupsBox::restored);
    CHECK(box.restoreFrom(backup).isEmpty());
    CHECK(restored.count() == 1);
    CHECK(people(tdb.db()) == 1);

    QFile damaged(backup);
    REQUIRE(damaged.open(QIODevice::ReadWrite));
    damaged.seek(4096);
    damaged.write(QByteArray(damaged.size() - 4096, '\x5a'));
    damaged.close();
    test::addPerson(tdb.db(), QStringLiteral("Fátima"), QStringLiteral("El Amrani"));
    CHECK_FALSE(box.restoreFrom(backup).isEmpty());
    CHECK(restored.count() == 1);
    CHECK(people(tdb.db()) == 2);

    box.keepDays()->setFocus();
    box.keepDays()->selectAll();
    QTest::keyClicks(box.keepDays(), QStringLiteral("30"));
    CHECK(ProtectionSettings(tdb.db()).backupKeepDays() == 30);
}

TEST_CASE("The daily backup runs at start when none is a day old", "[rights][backup]")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db());
    REQUIRE(
        ProtectionSettings(tdb.db()).setBackupFolder(tdb.dir() + QStringLiteral("/daily")).ok());
    DailyBackup daily(tdb.db());
    QSignalSpy finished(&daily, &DailyBackup::finished);
    REQUIRE(daily.startIfDue());
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(0).at(1).toString().isEmpty());
    CHECK(QFile::exists(finished.at(0).at(0).toString()));
    CHECK_FALSE(daily.startIfDue()); // one a day
}

TEST_CASE("Closed cases past retention are listed and erased from the list", "[rights][retention]")
{
    test::TestDatabase tdb;
    PersonStore store(tdb.db());
    auto old = store.create(test::person(QStringLiteral("Old"), QStringLiteral("Case"))
                                .with("intake_date", QStringLiteral("2019-01-10")));
    REQUIRE(old.ok());
    REQUIRE(store.closeCase(old->id(), QStringLiteral("completed"), QDate(2020, 3, 1)).ok());
    test::addPerson(tdb.db());
    RetentionBox box(tdb.db());
    REQUIRE(uitest::showActive(box));
    REQUIRE(box.table()->rowCount() == 1);
    CHECK(box.table()->item(0, 0)->text() == old->text("case_number"));
    CHECK_FALSE(box.eraseButton()->isEnabled());

    box.table()->setFocus();
    box.table()->selectRow(0);
    REQUIRE(box.eraseButton()->isEnabled());
    QSignalSpy erased(&box, &RetentionBox::personErased);
    QTest::mouseClick(box.eraseButton(), Qt::LeftButton);
    confirmErase(box.findChild<EraseDialog*>(), old->text("case_number"));
    CHECK(erased.count() == 1);
    CHECK(box.table()->rowCount() == 0);
    CHECK(people(tdb.db()) == 1);

    box.months()->setValue(1);
    CHECK(ProtectionSettings(tdb.db()).retentionMonths() == 1);
}
