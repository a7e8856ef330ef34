#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/search/PersonSearch.h"
#include "core/storage/Checker.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PersonStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(PERCORSI_TEST_DATA "/schema-v%1.percorsi").arg(version);
}

// The content of every fixture: a desk and three people whose names need
// folding, one of them enrolled in a path with one attended session.
const char kFixtureRows[] = R"sql(
INSERT INTO desk(id, uuid, hlc, hlc_desk, name, code, city, next_case)
VALUES (1, '0b6f1c2e-5a8d-4f5e-9d0a-1b2c3d4e5f60', 114000000000000000, 1, 'San Siro', 'MI-SS', 'Milano', 4);
INSERT INTO meta(key, value) VALUES ('local_desk', '1'), ('hlc_last', '114000000000000010');
INSERT INTO person(id, uuid, desk_id, hlc, hlc_desk, case_number, given_name, family_name, gender,
                   birth_year, intake_date, status)
VALUES (1, '11111111-1111-4111-8111-111111111111', 1, 114000000000000001, 1, 'MI-SS-000001',
        'Hannelore', 'Müller', 'woman', 1975, '2025-03-01', 'active'),
       (2, '22222222-2222-4222-8222-222222222222', 1, 114000000000000002, 1, 'MI-SS-000002',
        'Thi Lan', 'Nguyễn', 'woman', 1988, '2025-03-02', 'active'),
       (3, '33333333-3333-4333-8333-333333333333', 1, 114000000000000003, 1, 'MI-SS-000003',
        'Amal', 'Ben Salah', 'woman', 1992, '2025-03-03', 'active');
INSERT INTO path(id, uuid, desk_id, hlc, hlc_desk, name, type, start_date, end_date)
VALUES (1, '44444444-4444-4444-8444-444444444444', 1, 114000000000000004, 1, 'Italiano A1',
        'language_course', '2025-03-01', '2025-06-30');
INSERT INTO session(id, uuid, desk_id, hlc, hlc_desk, path_id, date, start_time, minutes)
VALUES (1, '55555555-5555-4555-8555-555555555555', 1, 114000000000000005, 1, 1, '2025-03-04', '09:30', 150);
INSERT INTO enrolment(id, uuid, desk_id, hlc, hlc_desk, path_id, person_id, enrolled_on, status)
VALUES (1, '66666666-6666-4666-8666-666666666666', 1, 114000000000000006, 1, 1, 2, '2025-03-01', 'enrolled');
INSERT INTO attendance(id, uuid, desk_id, hlc, hlc_desk, session_id, person_id, status, hours)
VALUES (1, '77777777-7777-4777-8777-777777777777', 1, 114000000000000007, 1, 1, 2, 'present', 2.5);
)sql";

} // namespace

// Writes the fixture of every earlier schema version into tests/data. Run by
// hand (`core_tests "[.fixture]"`) when a migration is added, then commit the file.
namespace {
// Every schema version before the latest.
std::vector<int> earlierVersions()
{
    int count = 0;
    const Migrations::Step* steps = Migrations::steps(&count);
    std::vector<int> versions;
    for (int i = 0; i + 1 < count; ++i)
        versions.push_back(steps[i].version);
    return versions;
}
} // namespace

TEST_CASE("write schema fixtures", "[.fixture]")
{
    for (int version : earlierVersions()) {
        const QString path = fixturePath(version);
        QFile::remove(path);
        auto conn = Connection::open(path, Connection::Mode::ReadWriteCreate);
        REQUIRE(conn.ok());
        Connection& c = *conn.value();
        Database::registerFunctions(c);
        REQUIRE(c.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId)).ok());
        REQUIRE(Migrations::upgrade(c, version).ok());
        REQUIRE(c.exec(kFixtureRows).ok());
        REQUIRE(c.exec("VACUUM").ok());
    }
}

TEST_CASE("there is a fixture of every earlier schema version", "[migrations]")
{
    for (int version : earlierVersions()) {
        INFO("version " << version);
        CHECK(QFile::exists(fixturePath(version)));
    }
}

TEST_CASE("every earlier version upgrades to the latest, keeping its data", "[migrations]")
{
    for (int version : earlierVersions()) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.percorsi"));
        REQUIRE(QFile::copy(fixturePath(version), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path, test::TestDatabase::options());
        INFO((db ? QString() : db.error().message()).toStdString());
        REQUIRE(db.ok());
        Database& d = **db;
        d.setPrincipal(test::TestDatabase::administrator(1));
        CHECK(d.schemaVersion() == Migrations::latestVersion());
        CHECK(d.localDeskId() == 1);
        auto report = Checker(d).run();
        REQUIRE(report.ok());
        CHECK(report->ok());
        PersonSearch search(d);
        CHECK(search.find(QStringLiteral("muller"))->size() == 1);
        CHECK(search.find(QStringLiteral("nguyen"))->front().caseNumber == QStringLiteral("MI-SS-000002"));
        // The data stays writable and numbering continues where it was.
        PersonStore people(d);
        auto next = people.create(test::person());
        REQUIRE(next.ok());
        CHECK(next->text("case_number") == QStringLiteral("MI-SS-000004"));
        CHECK(d.tick() > 114000000000000010);
    }
}

TEST_CASE("a failed migration step leaves the previous version", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.percorsi"));
    REQUIRE(QFile::copy(fixturePath(1), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto conn = Connection::open(path, Connection::Mode::ReadWrite);
        // Step 2 creates person_fts; a table of that name makes it fail.
        REQUIRE(conn->get()->exec("CREATE TABLE person_fts(x)").ok());
    }
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message().contains(QStringLiteral("Upgrading the database to schema 2")));
    auto conn = Connection::open(path, Connection::Mode::ReadOnly);
    CHECK(*conn->get()->scalar("PRAGMA user_version") == 1);
    CHECK(*conn->get()->scalar("SELECT count(*) FROM person") == 3);
}
