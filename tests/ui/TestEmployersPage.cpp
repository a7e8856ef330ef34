#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

#include "core/storage/PlacementStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/models/RecordTableModel.h"
#include "ui/placements/EmployerPanel.h"
#include "ui/placements/EmployersPage.h"
#include "ui/widgets/PersonPicker.h"
#include "ui/widgets/RecordTableView.h"

using namespace percorsi;

TEST_CASE("An employer is searched, its engagement logged and a person placed there", "[employers]")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db());
    test::add(tdb.db(), test::employer(QStringLiteral("Cooperativa Il Sole"))
                            .with("sector", QStringLiteral("Cleaning services")));
    const qint64 hotel = test::add(tdb.db(), test::employer(QStringLiteral("Hotel Duomo"))
                                                 .with("sector", QStringLiteral("Hospitality")));
    RecordStore store(tdb.db());
    EmployersPage page(store);
    REQUIRE(uitest::showActive(page));
    CHECK(page.countText() == QLatin1String("2 employers"));

    QTest::keyClicks(page.searchField(), QStringLiteral("hospit"));
    CHECK(page.countText() == QLatin1String("1 employer"));
    EmployerPanel* panel = page.panel();
    CHECK(panel->employerId() == hotel);
    CHECK(panel->summaryText().contains(QStringLiteral("Hotel Duomo")));

    RecordDialog* entry = panel->addEngagement();
    auto* kind = qobject_cast<QComboBox*>(entry->form()->editor("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("diversity_support")));
    entry->accept();
    REQUIRE(panel->engagements()->rowCount() == 1);
    CHECK(panel->engagements()->index(0, 1).data().toString() ==
          QLatin1String("Diversity-management support"));

    PersonPicker* picker = panel->newPlacement();
    REQUIRE(uitest::waitFor([&] { return picker->isVisible(); }));
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("amina"));
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    auto* form = page.findChild<RecordDialog*>();
    REQUIRE(uitest::waitFor([&] {
        form = page.findChild<RecordDialog*>();
        return form && form->isVisible();
    }));
    auto* placementType = qobject_cast<QComboBox*>(form->form()->editor("type"));
    placementType->setCurrentIndex(placementType->findData(QStringLiteral("fixed_term")));
    form->accept();
    REQUIRE(panel->placed()->topLevelItemCount() == 1);
    CHECK(panel->placed()->topLevelItem(0)->text(0) == QLatin1String("Amina Diallo"));
    CHECK(panel->placed()->topLevelItem(0)->text(3) == QLatin1String("Proposed"));
    CHECK(PlacementStore(tdb.db()).atEmployer(hotel)->size() == 1);
}
