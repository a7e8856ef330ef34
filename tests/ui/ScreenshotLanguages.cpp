#include <catch2/catch.hpp>

#include <QDir>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>

#include "core/demo/DemoGenerator.h"
#include "core/security/Authenticator.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "tests/ui/UiTest.h"
#include "ui/Appearance.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/pages/PeoplePage.h"
#include "ui/profile/ProfileWindow.h"

using namespace percorsi;

namespace {

void save(QWidget& widget, const QString& file)
{
    QTest::qWait(50);
    REQUIRE(widget.grab().save(file));
}

// Every page of the main window, named after its English title.
void shootPages(Database& db, const QStringList& names, const QString& dir)
{
    MainWindow main(db);
    // A 1366x768 screen, whatever the scale factor: at 1.5 the window is 910x512.
    const QSize screen = QSize(1366, 768) / main.devicePixelRatioF();
    main.resize(screen);
    REQUIRE(uitest::showActive(main));
    for (int i = 0; i < main.pageCount(); ++i) {
        main.showPage(i);
        save(main, QDir(dir).filePath(QStringLiteral("page-%1.png").arg(names.value(i))));
    }
    ProfileWindow* profile = main.peoplePage()->openProfile(1);
    profile->resize(screen);
    REQUIRE(uitest::showActive(*profile));
    for (int tab : {0, 1}) {
        profile->tabs()->setCurrentIndex(tab);
        save(*profile, QDir(dir).filePath(QStringLiteral("profile-%1.png").arg(tab)));
    }
    profile->close();
}

} // namespace

// Not a test: the main pages in other languages (and, optionally, in high
// contrast), for docs/screenshots/<language>/.
//   percorsi-cli demo --db /tmp/demo.percorsi --people 400
//   PERCORSI_SCREENSHOT_DB=/tmp/demo.percorsi PERCORSI_SCREENSHOT_DIR=docs/screenshots
//   PERCORSI_SCREENSHOT_LANGS="it ar" ui_tests "[.screenshots-languages]"
// With PERCORSI_SCREENSHOT_HIGH_CONTRAST=1 the folders are <language>-high-contrast;
// run with QT_SCALE_FACTOR=1.5 and PERCORSI_SCREENSHOT_SUFFIX=-150 for scaled ones.
TEST_CASE("Screenshots in other languages", "[.screenshots-languages]")
{
    const QString path = qEnvironmentVariable("PERCORSI_SCREENSHOT_DB");
    const QString root = qEnvironmentVariable("PERCORSI_SCREENSHOT_DIR");
    const QStringList codes = qEnvironmentVariable("PERCORSI_SCREENSHOT_LANGS")
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (path.isEmpty() || root.isEmpty()) return;
    Database::Options options;
    options.today = [] { return DemoGenerator::anchorDate(); };
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    // The administrator sees every page.
    REQUIRE(Authenticator(**db).signIn(QStringLiteral("admin"), DemoGenerator::demoPassword()).ok());
    const bool highContrast = qEnvironmentVariableIsSet("PERCORSI_SCREENSHOT_HIGH_CONTRAST");
    Appearance::apply();
    Appearance::chooseHighContrast(highContrast);

    QStringList names;
    {
        Language::useForSession(QStringLiteral("en"));
        MainWindow english(**db);
        for (int i = 0; i < english.pageCount(); ++i)
            names << english.sidebar()->item(i)->text().toLower();
    }
    QString suffix = qEnvironmentVariable("PERCORSI_SCREENSHOT_SUFFIX");
    if (highContrast) suffix.prepend(QStringLiteral("-high-contrast"));
    for (const QString& code : codes) {
        const QString dir = QDir(root).filePath(code + suffix);
        QDir().mkpath(dir);
        Language::useForSession(code);
        shootPages(**db, names, dir);
    }
    Language::useForSession(QStringLiteral("en"));
    Appearance::chooseHighContrast(false);
}
