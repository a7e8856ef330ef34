// Disk full and I/O errors: every write, sync and truncate that a save, an
// import or a backup makes is failed in turn. Each run must end in a
// clear error with the database exactly as before, or, when SQLite absorbed
// the fault after the commit, with the change whole.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <QBuffer>
#include <QFile>

#include "core/storage/AttendanceStore.h"
#include "core/storage/Backup.h"
#include "core/storage/Checker.h"
#include "core/storage/DeskStore.h"
#include "core/storage/PathStore.h"
#include "core/storage/PersonStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/FaultyVfs.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::FaultyVfs;
using test::TestDatabase;

namespace {

using Operation = std::function<Status(Database&)>;

// What a run left: the content's digest and the number of records of each
// entity. New records get new uuids in every run, so two successful runs
// agree on the counts, and on the digest only when nothing new was created.
struct State
{
    QString digest;
    std::map<QString, qint64> counts;
};

State stateOf(Database& db)
{
    State s;
    auto d = Digest::compute(db);
    REQUIRE(d.ok());
    s.digest = *d;
    RecordStore store(db);
    for (const EntityDef* def : schema::entities())
        s.counts[QLatin1StringView(def->name)] = *store.count(*def);
    return s;
}

struct Tally
{
    int errors = 0;   // the operation failed and left the database as before
    int absorbed = 0; // SQLite recovered (the fault came after the commit)
    int points() const { return errors + absorbed; }
};

int g_totalPoints = 0;

const std::pair<FaultyVfs::Kind, int> kFaults[] = {
    {FaultyVfs::Kind::Write, SQLITE_FULL},
    {FaultyVfs::Kind::Write, SQLITE_IOERR_WRITE},
    {FaultyVfs::Kind::Sync, SQLITE_IOERR_FSYNC},
    {FaultyVfs::Kind::Truncate, SQLITE_IOERR_TRUNCATE},
};

// A database file at rest, prepared once; every run works on a fresh copy of
// it, opened through the faulty VFS.
class FaultBench
{
public:
    explicit FaultBench(const std::function<void(Database&)>& prepare)
    {
        prepare(m_source.db());
        m_before = stateOf(m_source.db());
        m_source.reopen(); // checkpoints the WAL into the file we copy
        m_pristine = m_source.dir() + QStringLiteral("/pristine.percorsi");
        m_source.db().connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        REQUIRE(QFile::copy(m_source.path(), m_pristine));
    }

    const State& before() const { return m_before; }

    // The content after `op` succeeded without any fault.
    State after(const Operation& op)
    {
        auto db = openCopy();
        REQUIRE(op(*db).ok());
        db.reset();
        return stateOf(*reopen());
    }

    // Fails the nth call of `kind` for n = 1, 2, ... until `op` runs through
    // without reaching the fault.
    Tally sweep(FaultyVfs::Kind kind, int code, const Operation& op, const State& after)
    {
        Tally tally;
        for (int n = 1;; ++n) {
            auto db = openCopy();
            FaultyVfs::arm(kind, n, code);
            const Status st = op(*db);
            const bool fired = FaultyVfs::fired();
            FaultyVfs::disarm();
            db.reset();
            auto reopened = reopen();
            INFO("fault at call " << n << ": "
                                  << (st.ok() ? "ok" : st.error().message().toStdString()));
            auto report = Checker(*reopened).run();
            REQUIRE(report.ok());
            REQUIRE(report->ok());
            const State now = stateOf(*reopened);
            if (st.ok()) {
                // Whole: the same records as a run without faults, not the old content.
                REQUIRE(now.counts == after.counts);
                REQUIRE(now.digest != m_before.digest);
                if (!fired) return tally;
                ++tally.absorbed;
            } else {
                REQUIRE(fired);
                REQUIRE(now.digest == m_before.digest);
                REQUIRE(isClear(st.error().message()));
                ++tally.errors;
            }
        }
    }

private:
    // Says what happened to the disk and that the change was not saved.
    static bool isClear(const QString& message)
    {
        return (message.startsWith(QLatin1String("The disk is full")) ||
                message.startsWith(QLatin1String("The disk could not be written"))) &&
               message.contains(QLatin1String("the change was not saved"));
    }

    QString workPath() const { return m_source.dir() + QStringLiteral("/work.percorsi"); }

    std::unique_ptr<Database> openCopy()
    {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(workPath() + QLatin1String(suffix));
        REQUIRE(QFile::copy(m_pristine, workPath()));
        FaultyVfs::makeDefault(true);
        auto db = Database::open(workPath(), TestDatabase::options());
        if (db) db.value()->setPrincipal(TestDatabase::administrator(db.value()->localDeskId()));
        FaultyVfs::makeDefault(false);
        REQUIRE(db.ok());
        return std::move(db.value());
    }

    std::unique_ptr<Database> reopen()
    {
        auto db = Database::open(workPath(), TestDatabase::options());
        if (db) db.value()->setPrincipal(TestDatabase::administrator(db.value()->localDeskId()));
        REQUIRE(db.ok());
        return std::move(db.value());
    }

    TestDatabase m_source;
    QString m_pristine;
    State m_before;
};

// Every kind of fault, at every point an operation reaches.
Tally sweepEveryFault(FaultBench& bench, const Operation& op)
{
    const State after = bench.after(op);
    REQUIRE(after.digest != bench.before().digest);
    Tally total;
    for (const auto& [kind, code] : kFaults) {
        const Tally t = bench.sweep(kind, code, op, after);
        total.errors += t.errors;
        total.absorbed += t.absorbed;
    }
    g_totalPoints += total.points();
    WARN("fault-injection points: " << total.points() << " (" << total.errors << " errors, "
                                    << total.absorbed << " absorbed after commit); "
                                    << g_totalPoints << " so far");
    return total;
}

Status asStatus(const Result<Record>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

QByteArray bundleFromAnotherDesk()
{
    TestDatabase other(false);
    REQUIRE(DeskStore(other.db())
                .createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona"),
                             QStringLiteral("BCN-RV"))
                .ok());
    for (int i = 0; i < 12; ++i)
        test::addPerson(other.db(), QStringLiteral("Nadia%1").arg(i), QStringLiteral("Benali"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(BundleExporter(other.db()).write(&buffer, {}).ok());
    return buffer.data();
}

} // namespace

TEST_CASE("a failing disk during a person's save leaves the database as it was", "[faults]")
{
    FaultBench bench([](Database& db) { test::addPerson(db, QStringLiteral("Amina")); });
    SECTION("a new person")
    {
        const Tally t = sweepEveryFault(bench, [](Database& db) {
            return asStatus(PersonStore(db).create(test::person(QStringLiteral("Fatou"))));
        });
        CHECK(t.errors > 0);
    }
    SECTION("a change to a person")
    {
        const Tally t = sweepEveryFault(bench, [](Database& db) {
            PersonStore people(db);
            auto list = people.list(schema::def(Entity::Person));
            if (!list) return Status(list.error());
            Record amina = list->front();
            amina.set("preferred_name", QStringLiteral("Mina"));
            return asStatus(people.update(amina));
        });
        CHECK(t.errors > 0);
    }
}

TEST_CASE("a failing disk while attendance is saved leaves the register as it was", "[faults]")
{
    qint64 session = 0;
    std::vector<qint64> people;
    FaultBench bench([&](Database& db) {
        const qint64 path = test::add(db, test::path());
        session = test::add(db, test::session(path));
        for (int i = 0; i < 8; ++i)
            people.push_back(test::addPerson(db, QStringLiteral("P%1").arg(i)));
        REQUIRE(PathStore(db).enrolAll(path, people, QDate(2026, 3, 1)).ok());
    });
    const Tally t = sweepEveryFault(bench, [&](Database& db) {
        std::vector<AttendanceStore::Mark> marks;
        for (qint64 p : people)
            marks.push_back({p, QStringLiteral("present")});
        return AttendanceStore(db).saveSession(session, marks);
    });
    CHECK(t.errors > 0);
}

TEST_CASE("a failing disk during a bundle import leaves none of the bundle", "[faults]")
{
    const QByteArray bundle = bundleFromAnotherDesk();
    FaultBench bench([](Database& db) { test::addPerson(db, QStringLiteral("Amina")); });
    const Tally t = sweepEveryFault(bench, [&](Database& db) {
        QByteArray bytes = bundle;
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        auto report = BundleImporter(db).read(&in, {});
        return report.ok() ? Status() : Status(report.error());
    });
    CHECK(t.errors > 0);
}

// A backup writes another file: a fault there must leave the database as it
// was, no file or half file under the backup's name, and a clear message; a
// backup that reports success checks and holds the database's content.
TEST_CASE("a failing disk during a backup leaves the database as it was and no half backup",
          "[faults]")
{
    TestDatabase source;
    for (int i = 0; i < 12; ++i)
        test::addPerson(source.db(), QStringLiteral("Nadia%1").arg(i), QStringLiteral("Benali"));
    const State before = stateOf(source.db());
    const QString target = source.dir() + QStringLiteral("/daily.backup");
    Tally total;
    for (const auto& [kind, code] : kFaults) {
        for (int n = 1;; ++n) {
            QFile::remove(target);
            FaultyVfs::makeDefault(true);
            FaultyVfs::arm(kind, n, code);
            const Status st = Backup::create(source.path(), target);
            const bool fired = FaultyVfs::fired();
            FaultyVfs::disarm();
            FaultyVfs::makeDefault(false);
            INFO("fault at call " << n << ": " << (st.ok() ? "ok" : st.error().message().toStdString()));
            auto report = Checker(source.db()).run();
            REQUIRE(report.ok());
            REQUIRE(report->ok());
            REQUIRE(stateOf(source.db()).digest == before.digest);
            REQUIRE_FALSE(QFile::exists(target + QStringLiteral(".part")));
            if (st.ok()) {
                REQUIRE(Backup::check(target).ok());
                TestDatabase copy;
                REQUIRE(Backup::restore(copy.db(), target, QStringLiteral("test")).ok());
                REQUIRE(stateOf(copy.db()).digest == before.digest);
                if (!fired) break;
                ++total.absorbed;
            } else {
                REQUIRE(fired);
                REQUIRE_FALSE(QFile::exists(target));
                const QString message = st.error().message();
                REQUIRE(message.startsWith(QStringLiteral("The backup ")));
                REQUIRE((message.contains(QLatin1String("the disk is full")) ||
                         message.contains(QLatin1String("the disk could not be written"))));
                REQUIRE(message.contains(QLatin1String("The database itself is unchanged")));
                ++total.errors;
            }
        }
    }
    g_totalPoints += total.points();
    WARN("fault-injection points: " << total.points() << " (" << total.errors << " errors, "
                                    << total.absorbed << " absorbed); " << g_totalPoints
                                    << " so far");
    CHECK(total.errors > 0);
}
