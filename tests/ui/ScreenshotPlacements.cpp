#include <catch2/catch.hpp>

#include <QDateEdit>
#include <QDir>
#include <QTabWidget>
#include <QTest>

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/EventStore.h"
#include "core/storage/RecordStore.h"
#include "tests/ui/UiTest.h"
#include "ui/events/EventDialog.h"
#include "ui/events/EventsPage.h"
#include "ui/models/RecordTableModel.h"
#include "ui/placements/DeskBox.h"
#include "ui/placements/EmployersPage.h"
#include "ui/placements/FollowupsDueView.h"
#include "ui/placements/PipelineView.h"
#include "ui/placements/PlacementsPage.h"
#include "ui/placements/StageList.h"
#include "ui/widgets/RecordTableView.h"

using namespace percorsi;

namespace {

const QSize kScreen(1366, 768);

void save(QWidget& widget, const QString& dir, const QString& name)
{
    QTest::qWait(50);
    REQUIRE(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void show(QWidget& page)
{
    page.resize(kScreen);
    REQUIRE(uitest::showActive(page));
}

} // namespace

// Not a test: writes the screenshots of the Placements (pipeline and
// follow-ups due), Employers and Events pages from a demo database.
//   percorsi-cli demo --db /tmp/demo.percorsi --people 400
//   PERCORSI_SCREENSHOT_DB=/tmp/demo.percorsi PERCORSI_SCREENSHOT_DIR=docs/screenshots
//   ui_tests "[.screenshot-placements]"
TEST_CASE("Screenshots of placements, employers and events", "[.screenshot-placements]")
{
    const QString path = qEnvironmentVariable("PERCORSI_SCREENSHOT_DB");
    const QString dir = qEnvironmentVariable("PERCORSI_SCREENSHOT_DIR");
    if (path.isEmpty() || dir.isEmpty()) return;
    Database::Options options;
    options.today = [] { return DemoGenerator::anchorDate(); };
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    QDir().mkpath(dir);
    RecordStore store(**db);

    PlacementsPage placements(store);
    show(placements);
    StageList* started = placements.pipeline()->column(QStringLiteral("started"));
    started->setFocus();
    started->setCurrentRow(0);
    save(placements, dir, QStringLiteral("placements-pipeline"));
    placements.tabs()->setCurrentIndex(1);
    placements.deskBox()->setCurrentIndex(0); // every desk
    placements.followups()->dueByEdit()->setDate(DemoGenerator::anchorDate().addMonths(2));
    save(placements, dir, QStringLiteral("placements-followups"));
    placements.hide();

    EmployersPage employers(store);
    show(employers);
    save(employers, dir, QStringLiteral("employers"));
    employers.hide();

    EventsPage events(store);
    show(events);
    save(events, dir, QStringLiteral("events"));
    REQUIRE(uitest::waitFor([&] { return events.model()->rowCount() > 0; }));
    // The latest event with people named, if any.
    EventStore named(**db);
    int row = 0;
    for (int i = 0; i < events.model()->rowCount(); ++i) {
        if (!named.participants(events.model()->recordAt(i)->id())->empty()) {
            row = i;
            break;
        }
    }
    EventDialog* dialog = events.editEvent(row);
    dialog->resize(1000, 620);
    REQUIRE(uitest::waitFor([&] { return dialog->isVisible(); }));
    save(*dialog, dir, QStringLiteral("event-headcounts"));
    dialog->reject();
}
