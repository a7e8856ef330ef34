#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include "core/storage/EventStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/events/EventDialog.h"
#include "ui/events/EventsPage.h"
#include "ui/forms/RecordForm.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/PersonPicker.h"
#include "ui/widgets/RecordTableView.h"

using namespace percorsi;

namespace {

void type(RecordForm* form, const char* field, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(form->editor(field));
    REQUIRE(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

} // namespace

TEST_CASE("An event is created with its headcounts and a named participant", "[events]")
{
    test::TestDatabase tdb;
    const qint64 amina = test::addPerson(tdb.db());
    RecordStore store(tdb.db());
    EventsPage page(store);
    REQUIRE(uitest::showActive(page));
    CHECK(page.countText() == QLatin1String("0 events"));

    EventDialog* dialog = page.addEvent();
    REQUIRE(uitest::waitFor([&] { return dialog->isVisible(); }));
    type(dialog->detailsForm(), "name", QStringLiteral("Open day at the desk"));
    auto* kind = qobject_cast<QComboBox*>(dialog->detailsForm()->editor("type"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("open_day")));
    type(dialog->detailsForm(), "date", QStringLiteral("2026-06-10"));
    type(dialog->genderForm(), "women", QStringLiteral("18"));
    type(dialog->genderForm(), "men", QStringLiteral("4"));
    type(dialog->ageForm(), "age_18_29", QStringLiteral("10"));
    type(dialog->ageForm(), "age_30_54", QStringLiteral("10"));

    PersonPicker* picker = dialog->addParticipant();
    REQUIRE(uitest::waitFor([&] { return picker->isVisible(); }));
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("diallo"));
    REQUIRE(picker->results()->count() == 1);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    REQUIRE(dialog->participants()->count() == 1);
    CHECK(dialog->participants()->item(0)->text().startsWith(QStringLiteral("Amina Diallo")));

    dialog->accept(); // 20 by age against 22 by gender: refused, stays open
    CHECK(dialog->isVisible());
    CHECK(dialog->ageForm()->errorText("age_under_18").contains(QStringLiteral("differs")));
    CHECK(page.countText() == QLatin1String("0 events"));
    type(dialog->ageForm(), "age_55_plus", QStringLiteral("2"));
    dialog->accept();
    REQUIRE(uitest::waitFor([&] { return page.countText() == QLatin1String("1 event"); }));

    REQUIRE(uitest::waitFor([&] { return page.model()->rowCount() == 1; }));
    const Record* saved = page.model()->recordAt(0);
    REQUIRE(saved);
    CHECK(saved->integer("women") == 18);
    CHECK(saved->integer("age_55_plus") == 2);
    EventStore events(tdb.db());
    auto named = events.participants(saved->id());
    REQUIRE(named->size() == 1);
    CHECK(named->front().personId == amina);

    // Editing it again shows her; removing her leaves the headcounts.
    EventDialog* again = page.editEvent(0);
    REQUIRE(again->participants()->count() == 1);
    again->participants()->setCurrentRow(0);
    again->removeParticipant();
    again->accept();
    CHECK(events.participants(saved->id())->empty());
}
