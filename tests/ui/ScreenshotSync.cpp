#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/demo/DemoGenerator.h"
#include "core/security/Authenticator.h"
#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
#include "core/storage/RecordStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/MainWindow.h"
#include "ui/pages/SyncPage.h"

using namespace percorsi;

namespace {

QByteArray bundleOf(Database& db, const QString& peer = {})
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    BundleExporter::Options o;
    o.peerDesk = peer;
    REQUIRE(BundleExporter(db).write(&out, o).ok());
    return out.data();
}

void merge(Database& db, QByteArray bytes)
{
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    auto report = BundleImporter(db).read(&in, {});
    INFO((report ? QString() : report.error().message()).toStdString());
    REQUIRE(report.ok());
}

void editPhones(Database& db, int count, const QString& prefix)
{
    RecordStore store(db);
    auto people = store.list(schema::def(Entity::Person),
                             {.field = nullptr, .equals = {}, .orderBy = "id", .limit = count});
    REQUIRE(people.ok());
    int n = 0;
    for (Record p : *people) {
        p.set(u"phone", QStringLiteral("%1 %2").arg(prefix).arg(1000000 + ++n));
        REQUIRE(store.update(p).ok());
    }
}

} // namespace

// Not a test: writes docs/screenshots/sync.png from a demo database (a copy:
// bundles are merged into it).
//   percorsi-cli demo --db /tmp/sync-demo.percorsi --people 300
//   PERCORSI_SCREENSHOT_DB=/tmp/sync-demo.percorsi PERCORSI_SCREENSHOT_DIR=docs/screenshots
//   ui_tests "[.screenshot-sync]"
TEST_CASE("Screenshot of the Sync page", "[.screenshot-sync]")
{
    const QString path = qEnvironmentVariable("PERCORSI_SCREENSHOT_DB");
    const QString dir = qEnvironmentVariable("PERCORSI_SCREENSHOT_DIR");
    if (path.isEmpty() || dir.isEmpty()) return;
    Database::Options options;
    options.today = [] { return DemoGenerator::anchorDate(); };
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    REQUIRE(Authenticator(**db).signIn(QStringLiteral("admin"), DemoGenerator::demoPassword()).ok());
    // A desk the demo does not have (it has Orbassano's).
    test::TestDatabase orbassano(false, DemoGenerator::anchorDate());
    REQUIRE(DeskStore(orbassano.db())
                .createLocal(QStringLiteral("Sportello Collegno"), QStringLiteral("Collegno"),
                             QStringLiteral("TO-CO"))
                .ok());
    merge(orbassano.db(), bundleOf(**db));
    merge(**db, bundleOf(orbassano.db()));
    editPhones(**db, 3, QStringLiteral("+39 333"));
    editPhones(orbassano.db(), 5, QStringLiteral("+39 011 600"));
    merge(**db, bundleOf(orbassano.db()));
    editPhones(orbassano.db(), 8, QStringLiteral("+39 011 611"));
    QTemporaryDir files;
    const QString bundle = files.filePath(QStringLiteral("TO-CO-to-MI-SS-2026-10-31.percorsi"));
    QFile out(bundle);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bundleOf(orbassano.db(), QStringLiteral("MI-SS")));
    out.close();

    MainWindow window(**db);
    window.resize(1366, 768);
    REQUIRE(uitest::showActive(window));
    const int index = window.indexOfPage(QStringLiteral("Sync"));
    REQUIRE(index >= 0);
    window.showPage(index);
    auto* sync = qobject_cast<SyncPage*>(window.page(window.currentPage()));
    REQUIRE(sync);
    sync->openBundle(bundle);
    QTest::qWait(50);
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("sync.png"))));
    sync->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("sync-conflicts.png"))));
    sync->tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    REQUIRE(window.grab().save(QDir(dir).filePath(QStringLiteral("sync-spreadsheets.png"))));
}
