#include <catch2/catch.hpp>

#include <QComboBox>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "core/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/Language.h"
#include "ui/pages/SettingsPage.h"

using namespace percorsi;

TEST_CASE("Choosing Arabic turns the layout right to left at once and is remembered")
{
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    SettingsPage page(store);
    REQUIRE(uitest::showActive(page));
    QComboBox* selector = page.languageSelector();
    REQUIRE(selector->count() == 8);
    CHECK(selector->currentData().toString() == QStringLiteral("en"));
    QSignalSpy changed(&page, &SettingsPage::languageChanged);

    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_End); // Arabic is the last choice

    CHECK(selector->currentData().toString() == QStringLiteral("ar"));
    CHECK(selector->currentText() == QStringLiteral("العربية"));
    CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ar"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("ar"));

    QTest::keyClick(selector, Qt::Key_Home); // back to English
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(Language::saved() == QStringLiteral("en"));
}

TEST_CASE("A new Settings page shows the language chosen before")
{
    Language::choose(QStringLiteral("sv"));
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    SettingsPage page(store);
    CHECK(page.languageSelector()->currentData().toString() == QStringLiteral("sv"));
    Language::choose(QStringLiteral("en"));
}
