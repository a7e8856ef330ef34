#include <catch2/catch.hpp>

#include <QApplication>
#include <QBuffer>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "core/demo/DemoGenerator.h"
#include "core/storage/DeskStore.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/MainWindow.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/SyncPage.h"
#include "ui/sync/BundleExportBox.h"
#include "ui/sync/BundleHistoryView.h"
#include "ui/sync/BundleImportBox.h"
#include "ui/sync/ConflictsView.h"

using namespace percorsi;

namespace {

// A second desk, in its own database.
struct Raval
{
    Raval() : t(false)
    {
        REQUIRE(DeskStore(t.db())
                    .createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona"),
                                 QStringLiteral("BA-RA"))
                    .ok());
    }
    test::TestDatabase t;
};

qint64 people(Database& db)
{
    return *RecordStore(db).count(schema::def(Entity::Person));
}

QByteArray bundleOf(Database& db)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(BundleExporter(db).write(&out, {}).ok());
    return out.data();
}

void merge(Database& db, QByteArray bytes)
{
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    REQUIRE(BundleImporter(db).read(&in, {}).ok());
}

void setPhone(Database& db, qint64 person, const QString& phone)
{
    RecordStore store(db);
    auto p = store.get(schema::def(Entity::Person), person);
    REQUIRE(p.ok());
    Record changed = *p;
    changed.set(u"phone", phone);
    REQUIRE(store.update(changed).ok());
}

} // namespace

TEST_CASE("A bundle exported from the Sync page is previewed, then applied, on another desk")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bundle.percorsi"));
    test::TestDatabase milano;
    test::addPerson(milano.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    test::addPerson(milano.db(), QStringLiteral("Sara"), QStringLiteral("Haile"));
    RecordStore here(milano.db());
    SyncPage sender(here);
    REQUIRE(uitest::showActive(sender));
    CHECK(sender.exportBox()->defaultFileName().startsWith(QStringLiteral("MI-SS-to-all-")));
    sender.exportBox()->passphraseEdit()->setText(QStringLiteral("correct horse"));
    sender.exportBox()->confirmEdit()->setText(QStringLiteral("correct horse"));
    REQUIRE(sender.exportBox()->exportTo(file));
    CHECK(sender.history()->rowCount() == 1);
    CHECK(sender.history()->item(0, 1)->text() == QStringLiteral("Sent"));

    Raval raval;
    RecordStore there(raval.t.db());
    SyncPage receiver(there);
    REQUIRE(uitest::showActive(receiver));
    receiver.openBundle(file);
    BundleImportBox* box = receiver.importBox();
    CHECK(box->message().contains(QStringLiteral("encrypted")));
    CHECK(!box->canApply());
    QTest::keyClicks(box->passphraseEdit(), QStringLiteral("correct horse"));
    QTest::keyClick(box->passphraseEdit(), Qt::Key_Return);

    // The preview counts come before anything is written.
    CHECK(box->count(QStringLiteral("inserted")) == QStringLiteral("2")); // two people
    CHECK(box->count(QStringLiteral("conflicts")) == QStringLiteral("0"));
    CHECK(people(raval.t.db()) == 0);
    REQUIRE(box->canApply());

    QTest::mouseClick(box->applyButton(), Qt::LeftButton);
    CHECK(people(raval.t.db()) == 2);
    CHECK(box->message().startsWith(QStringLiteral("Merged")));
    CHECK(receiver.history()->rowCount() == 1);
    CHECK(receiver.history()->item(0, 2)->text() == QStringLiteral("from San Siro (MI-SS)"));
    CHECK(receiver.desks()->totalCount() == 2); // San Siro is known here now
}

TEST_CASE("A bundle core refuses shows the reason on the Sync page and changes nothing")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.percorsi"));
    QByteArray bytes = bundleOf(test::TestDatabase().db());
    bytes.truncate(bytes.size() / 2);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    Raval raval;
    const QString before = *Digest::compute(raval.t.db());
    RecordStore store(raval.t.db());
    SyncPage page(store);
    REQUIRE(uitest::showActive(page));
    page.openBundle(file);
    CHECK(page.importBox()->message().startsWith(QStringLiteral("This bundle cannot be merged:")));
    CHECK(page.importBox()->message().size() > 32); // with core's reason
    CHECK(!page.importBox()->canApply());
    CHECK(page.importBox()->count(QStringLiteral("inserted")).isEmpty());
    CHECK(*Digest::compute(raval.t.db()) == before);
    CHECK(page.history()->rowCount() == 0);
}

TEST_CASE("A conflict is resolved from the Sync page with Keep that")
{
    test::TestDatabase milano;
    Raval raval;
    const qint64 amina = test::addPerson(milano.db());
    merge(raval.t.db(), bundleOf(milano.db()));
    auto there = RecordStore(raval.t.db()).list(schema::def(Entity::Person));
    REQUIRE(there->size() == 1);
    setPhone(milano.db(), amina, QStringLiteral("+39 333 111 1111"));
    setPhone(raval.t.db(), there->front().id(), QStringLiteral("+34 600 222 222"));
    merge(raval.t.db(), bundleOf(milano.db()));

    RecordStore store(raval.t.db());
    SyncPage page(store);
    REQUIRE(uitest::showActive(page));
    ConflictsView* view = page.conflicts();
    REQUIRE(view->openCount() == 1);
    CHECK(view->table()->item(0, 1)->text().startsWith(QStringLiteral("Amina Diallo, MI-SS-")));
    CHECK(view->table()->item(0, 2)->text() == QStringLiteral("Phone"));
    SyncStore::Conflict open;
    REQUIRE(SyncStore(raval.t.db())
                .forEachConflict(
                    [&](const SyncStore::Conflict& c) {
                        open = c;
                        return false;
                    },
                    true)
                .ok());
    CHECK(view->table()->item(0, 4)->text().startsWith(open.lostValue));

    view->table()->setFocus();
    view->table()->selectRow(0);
    QTest::mouseClick(view->keepThatButton(), Qt::LeftButton);
    CHECK(view->openCount() == 0);
    auto person = RecordStore(raval.t.db()).get(schema::def(Entity::Person), there->front().id());
    CHECK(person->text("phone") == open.lostValue);
    CHECK(page.tabs()->tabText(1) == QStringLiteral("&Conflicts"));
}

TEST_CASE("A bundle dropped on the main window is previewed on the Sync page")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dropped.percorsi"));
    test::TestDatabase milano;
    test::addPerson(milano.db());
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bundleOf(milano.db()));
    out.close();

    Raval raval;
    MainWindow window(raval.t.db());
    REQUIRE(uitest::showActive(window));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    auto* sync = qobject_cast<SyncPage*>(window.page(window.currentPage()));
    REQUIRE(sync);
    CHECK(sync->importBox()->count(QStringLiteral("inserted")) == QStringLiteral("1"));
    CHECK(people(raval.t.db()) == 0); // a preview only

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(300, 300), Qt::CopyAction, &other, Qt::LeftButton,
                            Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(&window, &refused);
    CHECK(!refused.isAccepted());
}

TEST_CASE("A bundle is merged off the GUI thread, and Cancel leaves the database as it was", "[sync]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.percorsi"));
    {
        test::TestDatabase demo(false, DemoGenerator::anchorDate());
        DemoGenerator::Options options;
        options.people = 300;
        REQUIRE(DemoGenerator(demo.db()).generate(options).ok());
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(BundleExporter(demo.db()).write(&out, {}).ok());
    }
    test::TestDatabase aosta(false, DemoGenerator::anchorDate());
    REQUIRE(DeskStore(aosta.db())
                .createLocal(QStringLiteral("Aosta centro"), QStringLiteral("Aosta"),
                             QStringLiteral("AO-CE"))
                .ok());
    const QString before = *Digest::compute(aosta.db());
    RecordStore store(aosta.db());
    SyncPage page(store);
    REQUIRE(uitest::showActive(page));
    BundleImportBox* box = page.importBox();
    page.openBundle(file);
    INFO(box->message().toStdString());
    REQUIRE(box->canApply());

    // The GUI thread keeps turning while the worker merges; Cancel is pressed
    // on the progress dialog once the timer has ticked a few times.
    int ticks = 0;
    bool cancelled = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++ticks;
        auto* dialog = box->findChild<QProgressDialog*>();
        if (ticks >= 3 && dialog && dialog->isVisible() && !cancelled) {
            cancelled = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
    });
    timer.start(1);
    QTest::mouseClick(box->applyButton(), Qt::LeftButton);
    timer.stop();
    CHECK(ticks >= 3);
    CHECK(cancelled);
    CHECK(box->message().contains(QStringLiteral("cancelled")));
    CHECK(*Digest::compute(aosta.db()) == before);
    CHECK(people(aosta.db()) == 0);
}
