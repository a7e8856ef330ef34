// A damaged database is refused untouched and the latest backup is offered;
// a damaged page stops an export, and damage found by integrity_check refuses
// an import.
#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include "core/storage/BackupFolder.h"
#include "core/storage/Backups.h"
#include "core/storage/Connection.h"
#include "core/storage/DeskStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// An index whose entries no longer match its table: the b-trees are sound,
// so quick_check at open passes, but integrity_check does not.
void breakAnIndex(TestDatabase& t)
{
    Connection& c = t->connection();
    REQUIRE(c.exec("CREATE TABLE scratch(a TEXT, b TEXT);"
                   "INSERT INTO scratch VALUES ('x', 'y'), ('p', 'q');"
                   "CREATE INDEX scratch_a ON scratch(a);"
                   "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET sql = 'CREATE INDEX scratch_a ON scratch(b)' "
                   "WHERE name = 'scratch_a';"
                   "PRAGMA writable_schema = OFF;")
                .ok());
    t.reopen();
}

} // namespace

TEST_CASE("the latest backup replaces a damaged database, which is kept aside", "[damage]")
{
    QTemporaryDir dir;
    const QString backups = dir.filePath(QStringLiteral("backups"));
    const QString damaged = dir.filePath(QStringLiteral("desk.percorsi"));
    const BackupFolder folder(backups, damaged);
    CHECK_FALSE(folder.newest());
    REQUIRE(QDir().mkpath(backups));
    const QDateTime june14(QDate(2026, 6, 14), QTime(22, 0), Qt::UTC);
    const QString older = folder.pathFor(june14.addDays(-13));
    const QString newer = folder.pathFor(june14);
    writeAll(older, "old backup");
    writeAll(newer, "new backup");
    // Neither another database's backups nor other files are taken for this one's.
    writeAll(BackupFolder(backups, dir.filePath(QStringLiteral("other.percorsi")))
                 .pathFor(june14.addDays(1)),
             "another desk's backup");
    writeAll(backups + QStringLiteral("/notes.txt"), "not a backup");
    REQUIRE(folder.newest());
    CHECK(folder.newest()->path == newer);
    CHECK(folder.newest()->takenAt == june14);

    writeAll(damaged, "damaged bytes");
    writeAll(damaged + QStringLiteral("-wal"), "its wal");
    auto aside = Backups::restore(newer, damaged);
    REQUIRE(aside.ok());
    CHECK(readAll(damaged) == "new backup");
    CHECK(readAll(*aside) == "damaged bytes");
    CHECK(readAll(*aside + QStringLiteral("-wal")) == "its wal");
    CHECK_FALSE(QFile::exists(damaged + QStringLiteral("-wal")));
    CHECK(readAll(newer) == "new backup");
}

TEST_CASE("an export stops at a damaged page and says so", "[damage]")
{
    TestDatabase t;
    for (int i = 0; i < 60; ++i)
        test::addPerson(t.db(), QStringLiteral("Person %1").arg(i));
    Connection& c = t->connection();
    REQUIRE(c.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    // The first cell pointer of a leaf page of the people points past the page.
    const qint64 page = *c.scalar("SELECT pageno FROM dbstat WHERE name = 'person' AND "
                                  "pagetype = 'leaf' ORDER BY pageno LIMIT 1");
    const qint64 pageSize = *c.scalar("PRAGMA page_size");
    {
        QFile f(t.path());
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek((page - 1) * pageSize + 8));
        REQUIRE(f.write("\xff\xff", 2) == 2);
    }
    REQUIRE(c.exec("PRAGMA shrink_memory").ok()); // the page is read again from the file
    auto logged = [&] { return *c.scalar("SELECT count(*) FROM bundle_log"); };
    const qint64 before = logged();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    // The caller discards what was written (QSaveFile is not committed);
    // nothing is recorded as sent.
    auto summary = BundleExporter(t.db()).write(&out, {});
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message().contains(QStringLiteral("is damaged")));
    CHECK(summary.error().message().contains(QStringLiteral("backup")));
    CHECK(logged() == before);
}

TEST_CASE("an import into a database that fails integrity_check is refused", "[damage]")
{
    TestDatabase other(false);
    REQUIRE(DeskStore(other.db())
                .createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona"),
                             QStringLiteral("BCN-RV"))
                .ok());
    test::addPerson(other.db(), QStringLiteral("Nadia"));
    QBuffer bundle;
    bundle.open(QIODevice::WriteOnly);
    REQUIRE(BundleExporter(other.db()).write(&bundle, {}).ok());

    TestDatabase t;
    test::addPerson(t.db());
    breakAnIndex(t);
    const QString before = *Digest::compute(t.db());
    QBuffer in;
    in.setData(bundle.data());
    in.open(QIODevice::ReadOnly);
    auto report = BundleImporter(t.db()).read(&in, {});
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message().contains(QStringLiteral("is damaged")));
    CHECK(*Digest::compute(t.db()) == before);
}
