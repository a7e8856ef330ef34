#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "core/storage/Checker.h"
#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/Transaction.h"
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

} // namespace

TEST_CASE("a new database is configured as the design asks", "[storage]")
{
    TestDatabase t;
    Connection& c = t->connection();
    Statement mode = c.prepare("PRAGMA journal_mode");
    REQUIRE(mode.next());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    CHECK(*c.scalar("PRAGMA foreign_keys") == 1);
    CHECK(*c.scalar("PRAGMA synchronous") == 2); // FULL
    CHECK(*c.scalar("PRAGMA secure_delete") == 1);
    CHECK(*c.scalar("PRAGMA application_id") == Database::kApplicationId);
    CHECK(t->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("a transaction rolls back unless committed, savepoints nest", "[storage]")
{
    TestDatabase t;
    Connection& c = t->connection();
    REQUIRE(c.exec("CREATE TABLE scratch(x)").ok());
    {
        Transaction tx(c);
        REQUIRE(tx.ok());
        REQUIRE(c.exec("INSERT INTO scratch VALUES(1)").ok());
    }
    CHECK(*c.scalar("SELECT count(*) FROM scratch") == 0);
    {
        Transaction outer(c);
        REQUIRE(c.exec("INSERT INTO scratch VALUES(1)").ok());
        {
            Transaction inner(c);
            REQUIRE(c.exec("INSERT INTO scratch VALUES(2)").ok());
        }
        {
            Transaction inner(c);
            REQUIRE(c.exec("INSERT INTO scratch VALUES(3)").ok());
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(*c.scalar("SELECT sum(x) FROM scratch") == 4); // 1 and 3; the rolled-back 2 is gone
}

TEST_CASE("statements bind values and report failures", "[storage]")
{
    TestDatabase t;
    Connection& c = t->connection();
    REQUIRE(c.exec("CREATE TABLE kv(k TEXT PRIMARY KEY, v)").ok());
    Statement ins = c.prepare("INSERT INTO kv VALUES(?, ?)");
    ins.bind(1, QStringLiteral("città")).bind(2, 1.5);
    REQUIRE(ins.run().ok());
    Statement again = c.prepare("INSERT INTO kv VALUES(?, ?)");
    again.bind(1, QStringLiteral("città")).bindNull(2);
    auto st = again.run();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind() == Error::Kind::Conflict);
    Statement sel = c.prepare("SELECT k, v FROM kv");
    REQUIRE(sel.next());
    CHECK(sel.text(0) == QStringLiteral("città"));
    CHECK(sel.real(1) == 1.5);
    Statement bad = c.prepare("SELECT nonsense FROM nowhere");
    CHECK_FALSE(bad.next());
    CHECK_FALSE(bad.ok());
}

TEST_CASE("a missing file is an I/O error unless creation is asked", "[storage]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("none.percorsi")));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind() == Error::Kind::Io);
    CHECK(db.error().message().contains(QStringLiteral("There is no database at")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.percorsi"))));
}

TEST_CASE("newer, foreign and damaged files are refused without being written", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.percorsi"));
    {
        auto db = Database::open(path, TestDatabase::options());
        REQUIRE(db.ok());
        (*db)->setPrincipal(TestDatabase::administrator(1));
        REQUIRE(DeskStore(**db).createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona")).ok());
        for (int i = 0; i < 40; ++i)
            test::addPerson(**db);
    }

    SECTION("newer schema version")
    {
        {
            auto conn = Connection::open(path, Connection::Mode::ReadWrite);
            REQUIRE(conn->get()->exec("PRAGMA user_version = 99").ok());
        }
        const QByteArray before = readAll(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind() == Error::Kind::Io);
        CHECK(db.error().message().contains(QStringLiteral("newer version of Percorsi (schema 99")));
        CHECK(readAll(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("another application's SQLite database")
    {
        {
            auto conn = Connection::open(path, Connection::Mode::ReadWrite);
            REQUIRE(conn->get()->exec("PRAGMA application_id = 7").ok());
        }
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message().contains(QStringLiteral("another application")));
    }
    SECTION("not an SQLite file at all")
    {
        writeAll(path, QByteArray("PK\x03\x04 this is a zip, not a database"));
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message().contains(QStringLiteral("not a Percorsi database")));
    }
    SECTION("a truncated file")
    {
        const QByteArray bytes = readAll(path);
        writeAll(path, bytes.left(bytes.size() / 2));
        const QByteArray before = readAll(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind() == Error::Kind::Io);
        CHECK(db.error().message().contains(QStringLiteral("is damaged (it is truncated")));
        CHECK(db.error().message().contains(QStringLiteral("restore the latest backup")));
        CHECK(readAll(path) == before);
    }
    SECTION("pages overwritten with garbage")
    {
        QByteArray bytes = readAll(path);
        REQUIRE(bytes.size() > 8192);
        for (qsizetype i = 4096 + 100; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        writeAll(path, bytes);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind() == Error::Kind::Io);
        CHECK(db.error().message().contains(QStringLiteral("restore the latest backup")));
        CHECK(readAll(path) == bytes);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("one index page damaged, the rest intact")
    {
        // quick_check at open finds what the first read would not.
        QByteArray bytes = readAll(path);
        const qsizetype last = bytes.size() - 4096;
        for (qsizetype i = last + 8; i < last + 64; ++i)
            bytes[i] = char(0xFF);
        writeAll(path, bytes);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind() == Error::Kind::Io);
        CHECK(readAll(path) == bytes);
    }
}

TEST_CASE("check finds broken invariants", "[storage]")
{
    TestDatabase t;
    const qint64 path = test::add(t.db(), test::path());
    test::add(t.db(), test::session(path));
    test::addPerson(t.db());
    auto clean = Checker(t.db()).run();
    REQUIRE(clean.ok());
    CHECK(clean->ok());
    REQUIRE(t->connection().exec("UPDATE session SET date = '2027-01-01'; "
                                 "UPDATE person SET gender = 'unknown'").ok());
    auto report = Checker(t.db()).run();
    REQUIRE(report.ok());
    CHECK(report->damage.isEmpty());
    CHECK(report->invariants.join(QLatin1Char('\n')).contains(QStringLiteral("sessions outside")));
    CHECK(report->invariants.join(QLatin1Char('\n')).contains(QStringLiteral("person.gender with an unknown code")));
}

TEST_CASE("check finds report facts that drifted from the people", "[storage]")
{
    TestDatabase t;
    const qint64 kept = test::addPerson(t.db());
    test::addPerson(t.db());
    REQUIRE(Checker(t.db()).run()->ok());
    // The facts of one person changed behind the triggers' back, then a person gone.
    REQUIRE(t->connection()
                .exec("UPDATE report_facts SET facts = x'00' WHERE person_id = " + std::to_string(kept))
                .ok());
    auto report = Checker(t.db()).run();
    REQUIRE(report.ok());
    const QString invariants = report->invariants.join(QLatin1Char('\n'));
    CHECK(invariants.contains(QStringLiteral("facts for the reports are missing or out of date")));
    CHECK_FALSE(invariants.contains(QStringLiteral("facts for the reports of no person")));
    REQUIRE(t->connection().exec("INSERT INTO report_facts VALUES (999, x'00')").ok());
    report = Checker(t.db()).run();
    REQUIRE(report.ok());
    CHECK(report->invariants.join(QLatin1Char('\n')).contains(QStringLiteral("facts for the reports of no person")));
}

TEST_CASE("check finds path tallies that drifted from the sessions", "[storage]")
{
    TestDatabase t;
    const qint64 path = test::add(t.db(), test::path());
    const qint64 session = test::add(t.db(), test::session(path));
    test::add(t.db(), test::enrolment(path, test::addPerson(t.db())));
    REQUIRE(Checker(t.db()).run()->ok());
    REQUIRE(t->connection().exec("UPDATE path_tally SET minutes = minutes + 1").ok());
    auto report = Checker(t.db()).run();
    REQUIRE(report.ok());
    CHECK(report->invariants.join(QLatin1Char('\n')).contains(QStringLiteral("attendance tally")));
    // Counted again by the triggers when the session changes; a tally of no path is found too.
    REQUIRE(t->connection().exec("UPDATE session SET minutes = 90 WHERE id = " + std::to_string(session)).ok());
    REQUIRE(Checker(t.db()).run()->ok());
    REQUIRE(t->connection().exec("INSERT INTO path_tally VALUES (999, '2026-01-01', '2026-01-01', 0, 0, 0, 0, 0)").ok());
    report = Checker(t.db()).run();
    REQUIRE(report.ok());
    CHECK(report->invariants.join(QLatin1Char('\n')).contains(QStringLiteral("attendance tally")));
}
