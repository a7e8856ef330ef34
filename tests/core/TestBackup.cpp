#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <QFile>

#include "core/storage/AuditLog.h"
#include "core/storage/Backup.h"
#include "core/storage/BackupFolder.h"
#include "core/storage/PersonStore.h"
#include "core/storage/Transaction.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

qint64 people(Database& db)
{
    auto n = db.connection().scalar("SELECT count(*) FROM person");
    REQUIRE(n.ok());
    return *n;
}

// Writes people one transaction at a time on a connection of its own, until told to stop.
struct Writer
{
    explicit Writer(const QString& path)
        : thread([this, path] {
              auto db = Database::open(path, TestDatabase::options());
              if (!db) return;
              db.value()->setPrincipal(TestDatabase::administrator(db.value()->localDeskId()));
              PersonStore store(*db.value());
              while (!stop) {
                  if (store.create(
                          test::person(QStringLiteral("Writer"), QString::number(written + 1))))
                      ++written;
              }
          })
    {}
    ~Writer()
    {
        stop = true;
        thread.join();
    }
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread thread;
};

void damage(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > 3 * 4096);
    f.seek(2 * 4096);
    f.write(QByteArray(4096, '\x5a'));
}

} // namespace

TEST_CASE("A backup taken while another thread writes is consistent and restores", "[backup]")
{
    TestDatabase t;
    for (int i = 0; i < 300; ++i)
        test::addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo %1").arg(i));
    const QString copy = t.dir() + QStringLiteral("/copy.backup");
    int steps = 0;
    {
        Writer writer(t.path());
        const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (writer.written < 5 && std::chrono::steady_clock::now() < giveUp)
            std::this_thread::yield();
        REQUIRE(writer.written >= 5);
        auto st = Backup::create(t.path(), copy, [&](int) {
            ++steps;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            return true;
        });
        INFO((st.ok() ? QString() : st.error().message()).toStdString());
        REQUIRE(st.ok());
        writer.stop = true;
    }
    CHECK(steps >= 1);
    REQUIRE(Backup::check(copy).ok());
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    auto snapshot = Database::open(copy, TestDatabase::options());
    REQUIRE(snapshot.ok());
    const qint64 inCopy = people(*snapshot.value());
    CHECK(inCopy >= 305);
    // One snapshot: the search index holds exactly the people of the copy.
    CHECK(*snapshot.value()->connection().scalar("SELECT count(*) FROM person_fts") == inCopy);
    const QString copyDigest = *Digest::compute(*snapshot.value());
    snapshot.value().reset();

    REQUIRE(people(t.db()) > inCopy); // the writer went on after the snapshot
    auto restored = Backup::restore(t.db(), copy, QStringLiteral("admin"));
    INFO((restored.ok() ? QString() : restored.error().message()).toStdString());
    REQUIRE(restored.ok());
    CHECK(people(t.db()) == inCopy);
    CHECK(*Digest::compute(t.db()) == copyDigest);
    CHECK(*t.db().connection().scalar("SELECT count(*) FROM audit WHERE action = 'restore'") == 1);
    CHECK(AuditLog(t.db()).verify().ok());
    test::addPerson(t.db(), QStringLiteral("After"), QStringLiteral("Restore"));
    t.reopen();
    CHECK(people(t.db()) == inCopy + 1);
}

TEST_CASE("A cancelled backup leaves no file", "[backup]")
{
    TestDatabase t;
    {
        Transaction tx(t.db().connection());
        for (int i = 0; i < 2000; ++i)
            test::addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo %1").arg(i));
        REQUIRE(tx.commit().ok());
    }
    const QString copy = t.dir() + QStringLiteral("/copy.backup");
    auto st = Backup::create(t.path(), copy, [](int) { return false; });
    REQUIRE_FALSE(st.ok());
    CHECK_FALSE(QFile::exists(copy));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
}

TEST_CASE("Restore refuses a damaged file and leaves the database unchanged", "[backup]")
{
    TestDatabase t;
    for (int i = 0; i < 200; ++i)
        test::addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo %1").arg(i));
    const QString copy = t.dir() + QStringLiteral("/copy.backup");
    REQUIRE(Backup::create(t.path(), copy).ok());
    test::addPerson(t.db(), QStringLiteral("Fátima"), QStringLiteral("El Amrani"));
    const QString before = *Digest::compute(t.db());
    damage(copy);

    auto st = Backup::restore(t.db(), copy, QStringLiteral("admin"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind() == Error::Kind::Io);
    CHECK(st.error().message().contains(QStringLiteral("damaged")));
    CHECK(*Digest::compute(t.db()) == before);

    QFile text(t.dir() + QStringLiteral("/notes.txt"));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a database");
    text.close();
    CHECK_FALSE(Backup::restore(t.db(), text.fileName(), QStringLiteral("admin")).ok());
    CHECK(*Digest::compute(t.db()) == before);
}

TEST_CASE("The backup folder is due daily and keeps backups for the days asked", "[backup]")
{
    TestDatabase t;
    test::addPerson(t.db());
    const BackupFolder folder(t.dir() + QStringLiteral("/backups"), t.path());
    const QDateTime now(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC);
    CHECK(folder.isDue(now));
    for (int days : {20, 10, 2}) {
        auto made = folder.backUp(t.path(), 30, now.addDays(-days));
        REQUIRE(made.ok());
    }
    CHECK(folder.list().size() == 3);
    CHECK_FALSE(folder.isDue(now.addDays(-2).addSecs(3600)));
    CHECK(folder.isDue(now));
    auto latest = folder.backUp(t.path(), 7, now);
    REQUIRE(latest.ok());
    const auto kept = folder.list();
    REQUIRE(kept.size() == 2); // 20 and 10 days old are pruned
    CHECK(kept.front().path == *latest);
    CHECK(kept.front().takenAt == now);
    CHECK(Backup::check(kept.back().path).ok());
}
