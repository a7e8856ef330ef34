#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ServicesPage.h"

using namespace percorsi;

TEST_CASE("The services directory is searched, filtered and added to")
{
    test::TestDatabase tdb;
    test::add(tdb.db(), test::service(QStringLiteral("Consultorio familiare"))
                            .with("languages", QStringLiteral("it,ar"))
                            .with("eligibility", QStringLiteral("Donne residenti")));
    test::add(tdb.db(), test::service(QStringLiteral("Sportello lavoro"))
                            .with("category", QStringLiteral("employment")));
    RecordStore store(tdb.db());
    ServicesPage page(store);
    REQUIRE(uitest::showActive(page));
    CHECK(page.countText() == QStringLiteral("2 services"));

    QTest::keyClicks(page.searchField(), QStringLiteral("arabic"));
    CHECK(page.countText() == QStringLiteral("1 service"));
    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 1; }));
    CHECK(page.model()->index(0, 0).data().toString() == QStringLiteral("Consultorio familiare"));
    page.searchField()->clear();

    page.categoryBox()->setCurrentIndex(page.categoryBox()->findData(QStringLiteral("employment")));
    CHECK(page.countText() == QStringLiteral("1 service"));
    page.categoryBox()->setCurrentIndex(0);

    RecordDialog* dialog = page.addService();
    auto* name = qobject_cast<QLineEdit*>(dialog->form()->editor("name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Casa delle donne"));
    auto* category = qobject_cast<QComboBox*>(dialog->form()->editor("category"));
    category->setCurrentIndex(category->findData(QStringLiteral("social")));
    dialog->accept();
    CHECK(page.countText() == QStringLiteral("3 services"));
}
