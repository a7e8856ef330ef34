#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QDateEdit>
#include <QDropEvent>
#include <QMimeData>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "core/storage/FollowupStore.h"
#include "core/storage/PlacementStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/models/RecordTableModel.h"
#include "ui/placements/CodeBox.h"
#include "ui/placements/EndPlacementDialog.h"
#include "ui/placements/FollowupsDueView.h"
#include "ui/placements/PipelineView.h"
#include "ui/placements/PlacementsPage.h"
#include "ui/placements/SituationDialog.h"
#include "ui/placements/StageList.h"
#include "ui/profile/ProfileWindow.h"
#include "ui/profile/RecordsTab.h"

using namespace percorsi;

namespace {

qint64 addPlacement(Database& db, qint64 person, qint64 employer)
{
    Record p(Entity::Placement);
    p.set("person_id", person);
    p.set("employer_id", employer);
    p.set("type", QStringLiteral("internship_extracurricular"));
    p.set("stage", QStringLiteral("proposed"));
    auto saved = PlacementStore(db).save(p);
    REQUIRE(saved.ok());
    return saved->id();
}

QString stageOf(Database& db, qint64 id)
{
    return PlacementStore(db).get(schema::def(Entity::Placement), id)->text("stage");
}

void ctrl(QWidget* widget, Qt::Key key)
{
    QTest::keyClick(widget, key, Qt::ControlModifier);
}

} // namespace

TEST_CASE("A placement goes from proposed to ended by keyboard", "[placements]")
{
    test::TestDatabase tdb;
    const qint64 amina = test::addPerson(tdb.db());
    const qint64 id = addPlacement(tdb.db(), amina, test::add(tdb.db(), test::employer()));
    RecordStore store(tdb.db());
    PlacementsPage page(store);
    REQUIRE(uitest::showActive(page));
    PipelineView* pipeline = page.pipeline();
    CHECK(pipeline->columnTitle(QStringLiteral("proposed")) == QLatin1String("Proposed (1)"));

    StageList* proposed = pipeline->column(QStringLiteral("proposed"));
    proposed->setFocus();
    proposed->setCurrentRow(0);
    CHECK(proposed->currentItem()->text().contains(QStringLiteral("Amina Diallo")));
    ctrl(proposed, Qt::Key_Right);
    CHECK(stageOf(tdb.db(), id) == QLatin1String("interview"));
    StageList* interview = pipeline->column(QStringLiteral("interview"));
    CHECK(QApplication::focusWidget() == interview); // the focus follows the placement
    CHECK(interview->currentPlacement() == id);

    ctrl(interview, Qt::Key_Left); // back, and forward again
    CHECK(stageOf(tdb.db(), id) == QLatin1String("proposed"));
    ctrl(QApplication::focusWidget(), Qt::Key_Right);
    ctrl(QApplication::focusWidget(), Qt::Key_Right);
    CHECK(stageOf(tdb.db(), id) == QLatin1String("started"));
    CHECK(pipeline->column(QStringLiteral("started"))
              ->currentItem()
              ->text()
              .contains(QStringLiteral("From")));

    ctrl(QApplication::focusWidget(), Qt::Key_Right);
    EndPlacementDialog* ending = pipeline->endDialog();
    REQUIRE(ending);
    REQUIRE(uitest::waitFor([&] { return ending->isVisible(); }));
    QTest::keyClick(ending, Qt::Key_Return); // no outcome yet: refused, stays open
    CHECK(ending->errorText().contains(QStringLiteral("needs its outcome")));
    CHECK(stageOf(tdb.db(), id) == QLatin1String("started"));
    ending->outcomeBox()->setFocus();
    QTest::keyClick(ending->outcomeBox(), Qt::Key_Down); // Hired
    QTest::keyClick(ending, Qt::Key_Return);
    REQUIRE(uitest::waitFor([&] { return pipeline->endDialog() == nullptr; }));
    CHECK(stageOf(tdb.db(), id) == QLatin1String("ended"));
    CHECK(pipeline->column(QStringLiteral("ended"))->currentPlacement() == id);
    auto followups = FollowupStore(tdb.db()).ofPerson(amina);
    REQUIRE(followups->size() == 1);
    CHECK(followups->front().text("due_on") == QLatin1String("2026-12-15"));

    CHECK(page.focusWidget() == pipeline->column(QStringLiteral("ended")));
    ctrl(page.focusWidget(), Qt::Key_Right); // nothing after ended
    CHECK(pipeline->errorText().contains(QStringLiteral("no stage after")));
}

TEST_CASE("A placement dragged onto another stage moves there", "[placements]")
{
    test::TestDatabase tdb;
    const qint64 id =
        addPlacement(tdb.db(), test::addPerson(tdb.db()), test::add(tdb.db(), test::employer()));
    RecordStore store(tdb.db());
    PlacementsPage page(store);
    REQUIRE(uitest::showActive(page));
    StageList* from = page.pipeline()->column(QStringLiteral("proposed"));
    StageList* to = page.pipeline()->column(QStringLiteral("started"));
    QMimeData* data = from->dragData(from->item(0));
    const QPointF at = QPointF(to->viewport()->rect().center());
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &drop);
    CHECK(drop.isAccepted());
    REQUIRE(uitest::waitFor([&] { return stageOf(tdb.db(), id) == QLatin1String("started"); }));
    CHECK(to->count() == 1);
    CHECK(from->count() == 0);
    delete data;
}

TEST_CASE("A follow-up due is recorded from the Placements page", "[placements]")
{
    test::TestDatabase tdb;
    const qint64 amina = test::addPerson(tdb.db());
    const qint64 id = addPlacement(tdb.db(), amina, test::add(tdb.db(), test::employer()));
    REQUIRE(PlacementStore(tdb.db())
                .moveTo(id, QStringLiteral("ended"),
                        {QDate(2025, 12, 1), QStringLiteral("completed"), {}})
                .ok());
    RecordStore store(tdb.db());
    PlacementsPage page(store);
    REQUIRE(uitest::showActive(page));
    CHECK(page.tabs()->tabText(1) == QLatin1String("&Follow-ups due (1)"));
    page.tabs()->setCurrentIndex(1);
    FollowupsDueView* due = page.followups();
    QTreeWidget* list = due->list();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QLatin1String("Amina Diallo"));
    CHECK(list->topLevelItem(0)->text(4).contains(QStringLiteral("Cooperativa Il Sole")));

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    auto* dialog = due->findChild<SituationDialog*>();
    REQUIRE(dialog);
    REQUIRE(uitest::waitFor([&] { return dialog->isVisible(); }));
    dialog->situationBox()->setFocus();
    QTest::keyClick(dialog->situationBox(), Qt::Key_Down); // In employment
    QTest::keyClick(dialog->improvedBox(), Qt::Key_Space);
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(uitest::waitFor([&] { return list->topLevelItemCount() == 0; }));
    CHECK(page.tabs()->tabText(1) == QLatin1String("&Follow-ups due (0)"));
    auto done = FollowupStore(tdb.db()).ofPerson(amina);
    REQUIRE(done->size() == 1);
    CHECK(done->front().text("done_on") == QLatin1String("2026-06-15"));
    CHECK(done->front().text("situation") == QLatin1String("employed"));
    CHECK(done->front().integer("improved") == 1);

    // Looking further ahead shows nothing more: the one follow-up is done.
    due->dueByEdit()->setDate(QDate(2027, 1, 1));
    CHECK(list->topLevelItemCount() == 0);
}

TEST_CASE("The profile shows her follow-ups and business ideas", "[placements]")
{
    test::TestDatabase tdb;
    const qint64 amina = test::addPerson(tdb.db());
    const qint64 employer = test::add(tdb.db(), test::employer());
    RecordStore store(tdb.db());
    ProfileWindow window(store, amina);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(uitest::showActive(window));

    // An ended placement saved from her profile gets its follow-up.
    RecordsTab* placements = window.tab("placement");
    RecordDialog* form = placements->addRecord();
    auto* employerBox = qobject_cast<QComboBox*>(form->form()->editor("employer_id"));
    employerBox->setCurrentIndex(employerBox->findData(employer));
    auto pick = [&](const char* field, const char* code) {
        auto* box = qobject_cast<QComboBox*>(form->form()->editor(field));
        box->setCurrentIndex(box->findData(QString::fromLatin1(code)));
    };
    pick("type", "apprenticeship");
    pick("stage", "ended");
    pick("outcome", "completed");
    for (auto [field, value] :
         {std::pair{"start_date", "2025-09-01"}, {"end_date", "2026-03-31"}}) {
        auto* line = qobject_cast<QLineEdit*>(form->form()->editor(field));
        line->setText(QString::fromLatin1(value));
    }
    form->accept();
    REQUIRE_FALSE(form->isVisible());
    RecordsTab* followups = window.tab("followup");
    REQUIRE(followups->model()->rowCount() == 1);
    CHECK(followups->model()->recordAt(0)->text("due_on") == QLatin1String("2026-09-30"));
    CHECK_FALSE(followups->addButton()->isVisibleTo(followups));

    RecordsTab* ventures = window.tab("venture");
    RecordDialog* idea = ventures->addRecord();
    auto* text = qobject_cast<QLineEdit*>(idea->form()->editor("business_idea"));
    text->setText(QStringLiteral("Catering for events"));
    auto* stage = qobject_cast<QComboBox*>(idea->form()->editor("stage"));
    stage->setCurrentIndex(stage->findData(QStringLiteral("started")));
    idea->accept(); // a business started needs its start date
    CHECK(idea->isVisible());
    CHECK(idea->form()->errorText("started_on").contains(QStringLiteral("start date")));
    qobject_cast<QLineEdit*>(idea->form()->editor("started_on"))
        ->setText(QStringLiteral("2026-05-04"));
    idea->accept();
    REQUIRE(ventures->model()->rowCount() == 1);
}
