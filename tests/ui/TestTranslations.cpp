#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QTest>

#include "core/domain/Codes.h"
#include "core/domain/Schema.h"
#include "core/storage/Database.h"
#include "core/storage/PathStore.h"
#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "core/i18n/Translator.h"
#include "ui/attendance/AttendancePage.h"
#include "ui/attendance/RegisterModel.h"
#include "ui/format/FieldFormatter.h"
#include "ui/format/FieldLabels.h"
#include "ui/forms/FieldEditor.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/profile/ProfileWindow.h"

using namespace percorsi;

namespace {

// Leaves the next test in English, whatever this one did.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { Language::useForSession(QStringLiteral("en")); }
};

QString sidebarText(const MainWindow& main, int row)
{
    return main.sidebar()->item(row)->text();
}

} // namespace

TEST_CASE("Every language's translation is embedded and loads", "[i18n]")
{
    EnglishAfterwards english;
    for (const QString& code : Language::codes()) {
        INFO(code.toStdString());
        CHECK(Translator::load(code));
        const QString people = QCoreApplication::translate("percorsi::MainWindow", "People");
        CHECK((code == QLatin1String("en")) == (people == QLatin1String("People")));
    }
}

TEST_CASE("In Italian the window, codes, labels, dates and Qt's own texts are Italian", "[i18n]")
{
    EnglishAfterwards english;
    Language::useForSession(QStringLiteral("it"));
    test::TestDatabase tdb;
    MainWindow main(tdb.db());

    CHECK(sidebarText(main, 0) == QStringLiteral("Persone"));
    CHECK(sidebarText(main, 1) == QStringLiteral("Percorsi"));
    CHECK(main.sidebar()->accessibleName() == QStringLiteral("Pagine"));
    // Domain words of the country, not literal translations.
    CHECK(FieldLabels::label(QLatin1StringView("permit_type")) ==
          QStringLiteral("Permesso di soggiorno"));
    CHECK(codes::label("placement_type", "internship_extracurricular") ==
          QStringLiteral("Tirocinio extracurriculare"));
    CHECK(codes::label("permit_type", "none") == QStringLiteral("Senza permesso di soggiorno"));
    // Dates and numbers follow the language; Qt's dialogs speak it too.
    CHECK(QLocale().toString(QDate(2026, 1, 15), QStringLiteral("d MMMM yyyy")) ==
          QStringLiteral("15 gennaio 2026"));
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annulla"));
    // Messages of the core, with the entity's name, come out in Italian too.
    RecordStore store(tdb.db());
    const auto missing = store.get(*schema::find("person"), 999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message() == QStringLiteral("Non esiste persona con id 999."));
}

TEST_CASE("Choosing a language in Settings retranslates the open window at once", "[i18n]")
{
    EnglishAfterwards english;
    Language::useForSession(QStringLiteral("en"));
    test::TestDatabase tdb;
    MainWindow main(tdb.db());
    REQUIRE(uitest::showActive(main));
    int settings = 0;
    while (main.page(settings) != main.settingsPage())
        ++settings;
    main.showPage(settings);
    QComboBox* selector = main.settingsPage()->languageSelector();
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_End); // Arabic, the last choice

    REQUIRE(uitest::waitFor([&] { return sidebarText(main, 0) == QStringLiteral("الأشخاص"); }));
    CHECK(main.isRightToLeft());
    CHECK(main.currentPage() == settings);
    CHECK(sidebarText(main, settings) == QStringLiteral("الإعدادات"));
    CHECK(main.windowTitle().startsWith(QStringLiteral("Percorsi — ")));
    CHECK(QLocale().language() == QLocale::Arabic);
    // The keyboard stays where it was: on the new page's language selector.
    selector = main.settingsPage()->languageSelector();
    REQUIRE(uitest::waitFor([&] { return selector->hasFocus(); }));
    CHECK(selector->currentData().toString() == QStringLiteral("ar"));

    QTest::keyClick(selector, Qt::Key_Home); // back to English
    REQUIRE(uitest::waitFor([&] { return sidebarText(main, 0) == QStringLiteral("People"); }));
    CHECK_FALSE(main.isRightToLeft());
}

TEST_CASE("A new language keeps the register's unsaved marks and the open profiles", "[i18n]")
{
    EnglishAfterwards english;
    test::TestDatabase tdb;
    PathStore paths(tdb.db());
    const qint64 path = test::add(tdb.db(), test::path());
    SessionPlanner::Recurrence weekly{{2}, QDate(2026, 6, 2), QDate(2026, 6, 30), QTime(9, 30), 120,
                                      {}};
    REQUIRE(paths.addSessions(path, weekly).ok());
    const qint64 amina = test::addPerson(tdb.db());
    REQUIRE(paths.enrolAll(path, {amina}, QDate(2026, 6, 1)).ok());
    MainWindow main(tdb.db());
    REQUIRE(uitest::showActive(main));
    auto* attendance = qobject_cast<AttendancePage*>(main.page(2));
    REQUIRE(attendance);
    attendance->openPath(path);
    attendance->model()->setMark(0, 0, RegisterModel::Present);
    REQUIRE(attendance->model()->isDirty());
    QPointer<ProfileWindow> profile = main.peoplePage()->openProfile(amina);
    REQUIRE(uitest::showActive(*profile));

    Language::useForSession(QStringLiteral("it"));
    REQUIRE(uitest::waitFor([&] { return sidebarText(main, 0) == QStringLiteral("Persone"); }));
    const auto marks = tdb.db().connection().scalar("SELECT count(*) FROM attendance");
    REQUIRE(marks.ok());
    CHECK(*marks == 1);
    REQUIRE(profile);
    CHECK(profile->isVisible());
    profile->close();
}

TEST_CASE("Countries and languages are shown and picked by their names in the language", "[i18n]")
{
    EnglishAfterwards english;
    Language::useForSession(QStringLiteral("it"));
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    FieldFormatter formatter(store);
    const EntityDef& person = *schema::find("person");
    CHECK(formatter.display(*person.field(u"country_of_birth"), QStringLiteral("MA")) ==
          QStringLiteral("Marocco"));
    CHECK(formatter.display(*person.field(u"citizenships"), QStringLiteral("MA,IT")) ==
          QStringLiteral("Marocco, Italia"));
    CHECK(formatter.display(*person.field(u"languages"), QStringLiteral("ar,fr")) ==
          QStringLiteral("Arabo, Francese"));

    // The editor lists names and gives back the code; a typed code is kept for the validator.
    std::unique_ptr<QWidget> editor(FieldEditor::create(*person.field(u"country_of_birth"), store, nullptr));
    auto* box = qobject_cast<QComboBox*>(editor.get());
    REQUIRE(box);
    box->setEditText(QStringLiteral("Marocco"));
    CHECK(FieldEditor::value(box).toString() == QStringLiteral("MA"));
    box->setEditText(QStringLiteral("tn"));
    CHECK(FieldEditor::value(box).toString() == QStringLiteral("tn"));
    FieldEditor::setValue(box, QStringLiteral("SN"));
    CHECK(box->currentText() == QStringLiteral("Senegal"));
    box->setEditText(QString());
    CHECK(FieldEditor::value(box).isNull());

    Language::useForSession(QStringLiteral("ar"));
    CHECK(formatter.display(*person.field(u"country_of_birth"), QStringLiteral("MA")) ==
          QStringLiteral("المغرب"));
}
