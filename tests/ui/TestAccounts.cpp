#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "core/security/Authenticator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/UserStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/AuditPage.h"
#include "ui/accounts/IdleLock.h"
#include "ui/accounts/LockScreen.h"
#include "ui/accounts/LoginDialog.h"
#include "ui/accounts/PasswordDialog.h"
#include "ui/pages/PeoplePage.h"
#include "ui/profile/ProfileWindow.h"

using namespace percorsi;

namespace {

const QString kPassword = QStringLiteral("a long password");

QStringList titles(const MainWindow& window)
{
    QStringList out;
    for (int i = 0; i < window.sidebar()->count(); ++i)
        out << window.sidebar()->item(i)->text();
    return out;
}

// An account of `role` at the test desk, signed in.
void signInAs(test::TestDatabase& tdb, const char* name, const char* role)
{
    tdb.actAsAdministrator();
    REQUIRE(UserStore(tdb.db())
                .create(QLatin1StringView(name), QLatin1StringView(name), QLatin1StringView(role),
                        kPassword, tdb->localDeskId())
                .ok());
    tdb->setPrincipal({});
    REQUIRE(Authenticator(tdb.db()).signIn(QLatin1StringView(name), kPassword).ok());
}

} // namespace

TEST_CASE("The sidebar offers each role only the pages it may use", "[accounts]")
{
    test::TestDatabase tdb;
    SECTION("trainer")
    {
        signInAs(tdb, "tina", "trainer");
        MainWindow window(tdb.db());
        CHECK(titles(window) == QStringList({QStringLiteral("People"), QStringLiteral("Attendance"),
                                             QStringLiteral("Settings")}));
    }
    SECTION("operator")
    {
        signInAs(tdb, "olga", "operator");
        MainWindow window(tdb.db());
        const QStringList pages = titles(window);
        CHECK(pages.contains(QStringLiteral("Paths")));
        CHECK(pages.contains(QStringLiteral("Sync")));
        CHECK_FALSE(pages.contains(QStringLiteral("Reports")));
        CHECK_FALSE(pages.contains(QStringLiteral("Accounts")));
        CHECK_FALSE(pages.contains(QStringLiteral("Audit")));
    }
    SECTION("coordinator")
    {
        signInAs(tdb, "carla", "coordinator");
        MainWindow window(tdb.db());
        CHECK(titles(window).contains(QStringLiteral("Reports")));
        CHECK_FALSE(titles(window).contains(QStringLiteral("Accounts")));
    }
}

TEST_CASE("A database without accounts asks for its first administrator", "[accounts]")
{
    test::TestDatabase tdb;
    tdb->setPrincipal({});
    LoginDialog dialog(tdb.db());
    REQUIRE(dialog.mode() == LoginDialog::Mode::FirstAdministrator);
    QTest::keyClicks(dialog.username(), QStringLiteral("marta"));
    QTest::keyClicks(dialog.fullName(), QStringLiteral("Marta Bianchi"));
    QTest::keyClicks(dialog.password(), kPassword);
    QTest::keyClicks(dialog.repeat(), QStringLiteral("another one"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == QStringLiteral("The two passwords differ."));
    QTest::keyClicks(dialog.password(), kPassword);
    QTest::keyClicks(dialog.repeat(), kPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(tdb->principal().role == Principal::Role::Administrator);
    CHECK(tdb->principal().username == QStringLiteral("marta"));
}

TEST_CASE("The sign-in dialog refuses a wrong password and accepts the right one", "[accounts]")
{
    test::TestDatabase tdb;
    REQUIRE(UserStore(tdb.db())
                .create(QStringLiteral("olga"), QStringLiteral("Olga"), QStringLiteral("operator"),
                        kPassword)
                .ok());
    tdb->setPrincipal({});
    LoginDialog dialog(tdb.db());
    REQUIRE(dialog.mode() == LoginDialog::Mode::SignIn);
    QTest::keyClicks(dialog.username(), QStringLiteral("olga"));
    QTest::keyClicks(dialog.password(), QStringLiteral("wrong"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == QStringLiteral("Wrong user name or password."));
    CHECK(tdb->principal().role == Principal::Role::None);
    QTest::keyClicks(dialog.password(), kPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(tdb->principal().username == QStringLiteral("olga"));
}

TEST_CASE("After the idle time the window drops every page and asks for the password", "[accounts]")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db());
    signInAs(tdb, "olga", "operator");
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));
    auto now = std::make_shared<qint64>(0);
    window.idleLock()->setClock([now] { return *now; });
    REQUIRE(window.idleLock()->idleMinutes() == UserStore::kDefaultIdleMinutes);
    window.peoplePage()->openProfile(1);

    *now += 9 * 60 * 1000;
    window.idleLock()->check();
    CHECK_FALSE(window.isLocked());
    *now += 60 * 1000;
    window.idleLock()->check();
    REQUIRE(window.isLocked());
    CHECK(window.pageCount() == 0);
    CHECK(window.peoplePage() == nullptr);
    // No table, list or profile window is left but the empty sidebar.
    for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>())
        CHECK(view == window.sidebar());
    CHECK(window.sidebar()->count() == 0);
    CHECK(window.findChildren<ProfileWindow*>().isEmpty());

    LockScreen* lock = window.lockScreen();
    QTest::keyClicks(lock->password(), QStringLiteral("wrong"));
    QTest::keyClick(lock->password(), Qt::Key_Return);
    CHECK(window.isLocked());
    CHECK(lock->errorText() == QStringLiteral("Wrong user name or password."));
    QTest::keyClicks(lock->password(), kPassword);
    QTest::keyClick(lock->password(), Qt::Key_Return);
    CHECK_FALSE(window.isLocked());
    CHECK(window.pageCount() > 0);
    CHECK(window.peoplePage() != nullptr);
}

TEST_CASE("Ctrl+L locks the window at once", "[accounts]")
{
    test::TestDatabase tdb;
    signInAs(tdb, "anna", "administrator");
    MainWindow window(tdb.db());
    REQUIRE(uitest::showActive(window));
    REQUIRE(tdb->dataKey() != nullptr); // her first sign-in made the key to the notes
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(window.isLocked());
    CHECK(tdb->dataKey() == nullptr);
}

TEST_CASE("An administrator creates accounts, resets passwords and sets the idle time",
          "[accounts]")
{
    test::TestDatabase tdb;
    signInAs(tdb, "anna", "administrator");
    AccountsPage page(tdb.db());
    REQUIRE(page.table()->rowCount() == 1);
    REQUIRE(UserStore(tdb.db())
                .create(QStringLiteral("olga"), QStringLiteral("Olga"), QStringLiteral("operator"),
                        kPassword)
                .ok());
    page.refresh();
    REQUIRE(page.table()->rowCount() == 2);
    page.table()->selectRow(1);

    PasswordDialog reset(tdb.db(), page.table()->item(1, 0)->data(Qt::UserRole).toLongLong(),
                         QStringLiteral("olga"));
    QTest::keyClicks(reset.password(), QStringLiteral("brand new secret"));
    QTest::keyClicks(reset.repeat(), QStringLiteral("brand new secret"));
    reset.accept();
    CHECK(reset.result() == QDialog::Accepted);
    CHECK(UserStore(tdb.db()).checkPassword(QStringLiteral("olga"),
                                            QStringLiteral("brand new secret")));

    page.idleMinutes()->setValue(3);
    emit page.idleMinutes()->editingFinished();
    CHECK(UserStore(tdb.db()).idleMinutes() == 3);
}

TEST_CASE("Opening a profile is audited, and the audit page filters and verifies", "[accounts]")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db());
    signInAs(tdb, "anna", "administrator");
    {
        MainWindow window(tdb.db());
        window.peoplePage()->openProfile(1);
    }
    AuditPage page(tdb.db());
    page.from()->setDate(QDate(2000, 1, 1));
    page.to()->setDate(QDate(2100, 1, 1));
    REQUIRE(uitest::showActive(page));
    page.action()->setCurrentIndex(page.action()->findData(QStringLiteral("view")));
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 1)->text() == QStringLiteral("anna"));
    CHECK(page.table()->item(0, 3)->text() == QStringLiteral("person"));
    page.verify();
    CHECK(page.verification().contains(QStringLiteral("whole")));
}
