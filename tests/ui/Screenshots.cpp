#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>

#include "core/demo/DemoGenerator.h"
#include "core/security/Authenticator.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/ui/UiTest.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/forms/RecordForm.h"
#include "ui/pages/PeopleFilterBar.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/ServicesPage.h"
#include "core/storage/RecordStore.h"
#include "ui/profile/IntakeDialog.h"
#include "ui/profile/ProfileWindow.h"

#include <QCheckBox>

using namespace percorsi;

namespace {

const QSize kScreen(1366, 768);

void save(QWidget& widget, const QString& dir, const QString& name)
{
    QTest::qWait(50);
    REQUIRE(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

qint64 richestPerson(Database& db)
{
    auto id = db.connection().scalar(
        "SELECT a.person_id FROM assessment a GROUP BY a.person_id ORDER BY count(*) DESC,"
        " (SELECT count(*) FROM referral r WHERE r.person_id = a.person_id) DESC,"
        " (SELECT count(*) FROM enrolment e WHERE e.person_id = a.person_id) DESC LIMIT 1");
    REQUIRE(id.ok());
    return *id;
}

void shootProfile(PeoplePage& people, qint64 id, const QString& dir, const QString& prefix)
{
    ProfileWindow* profile = people.openProfile(id);
    profile->resize(kScreen);
    REQUIRE(uitest::showActive(*profile));
    for (int i = 0; i < profile->tabs()->count(); ++i) {
        profile->tabs()->setCurrentIndex(i);
        QString tab = profile->tabs()->tabText(i).remove(QLatin1Char('&')).toLower();
        save(*profile, dir, prefix + tab);
    }
    profile->close();
}

} // namespace

// Not a test: writes the screenshots of docs/screenshots from a demo database.
//   percorsi-cli demo --db /tmp/demo.percorsi --people 400
//   PERCORSI_SCREENSHOT_DB=/tmp/demo.percorsi PERCORSI_SCREENSHOT_DIR=docs/screenshots
//   ui_tests "[.screenshots]"
TEST_CASE("Screenshots", "[.screenshots]")
{
    const QString path = qEnvironmentVariable("PERCORSI_SCREENSHOT_DB");
    const QString dir = qEnvironmentVariable("PERCORSI_SCREENSHOT_DIR");
    if (path.isEmpty() || dir.isEmpty())
        return;
    Database::Options options;
    options.today = [] { return DemoGenerator::anchorDate(); };
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    REQUIRE(Authenticator(**db).signIn(QStringLiteral("admin"), DemoGenerator::demoPassword()).ok());
    QDir().mkpath(dir);

    if (qEnvironmentVariableIsSet("PERCORSI_SCREENSHOT_MAIN")) {
        MainWindow main(**db);
        main.resize(kScreen);
        REQUIRE(uitest::showActive(main));
        for (int i = 0; i < main.pageCount(); ++i) {
            main.showPage(i);
            save(main, dir, QStringLiteral("page-") + main.sidebar()->item(i)->text().toLower());
        }
    }
    RecordStore store(**db);
    PeoplePage page(store);
    PeoplePage* people = &page;
    QWidget& window = page;
    page.resize(kScreen);
    REQUIRE(uitest::showActive(page));
    save(window, dir, QStringLiteral("people"));
    ServicesPage services(store);
    services.resize(kScreen);
    REQUIRE(uitest::showActive(services));
    save(services, dir, QStringLiteral("services"));
    services.hide();
    REQUIRE(uitest::showActive(page));
    people->filterBar()->alertsBox()->setChecked(true);
    save(window, dir, QStringLiteral("people-alerts"));
    people->filterBar()->alertsBox()->setChecked(false);
    people->focusSearch();
    QTest::keyClicks(people->searchField(), QStringLiteral("fatima"));
    people->search();
    save(window, dir, QStringLiteral("people-search"));
    people->searchField()->clear();
    people->search();

    const qint64 id = richestPerson(**db);
    Statement names = (*db)->connection().prepare(
        "SELECT given_name, family_name FROM person WHERE id = ?");
    names.bind(1, id);
    REQUIRE(names.next());
    IntakeDialog* intake = people->newPerson();
    intake->resize(1100, 700);
    // Her names swapped, as a second desk might type them.
    QTest::keyClicks(intake->form()->editor("given_name"), names.text(1).toUpper());
    QTest::keyClicks(intake->form()->editor("family_name"), names.text(0));
    intake->findDuplicates();
    save(*intake, dir, QStringLiteral("intake-duplicates"));
    intake->reject();

    shootProfile(*people, id, dir, QStringLiteral("profile-"));

    Language::apply(QStringLiteral("ar"));
    save(window, dir, QStringLiteral("rtl-people"));
    shootProfile(*people, id, dir, QStringLiteral("rtl-profile-"));
    Language::apply(QStringLiteral("en"));
}
