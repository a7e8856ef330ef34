#include <limits>
#include <map>
#include <vector>

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "core/search/PersonSearch.h"
#include "core/storage/Checker.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PersonStore.h"
#include "core/storage/SpanSums.h"
#include "core/storage/Statement.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(PERCORSI_TEST_DATA "/schema-v%1.percorsi").arg(version);
}

// A writable copy of the fixture of `version` in `dir`.
QString copyOfFixture(int version, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("v%1.percorsi").arg(version));
    REQUIRE(QFile::copy(fixturePath(version), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
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
        const QString path = copyOfFixture(version, dir);
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
    const QString path = copyOfFixture(1, dir);
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

TEST_CASE("schema 17 keeps each person's assessment sums as before, in one blob", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = copyOfFixture(16, dir);
    auto conn = Connection::open(path, Connection::Mode::ReadWrite);
    REQUIRE(conn.ok());
    Connection& c = *conn.value();
    Database::registerFunctions(c);
    // Person 1 assessed on three days (two rows on the first, a gap in a
    // scale), person 2 on one day, person 3 never; kept by schema 10's triggers.
    REQUIRE(c.exec(R"sql(
INSERT INTO assessment(id, uuid, desk_id, hlc, hlc_desk, person_id, assessed_on, need_language,
                       need_work, self_esteem, services_knowledge)
VALUES (1, 'a1', 1, 1, 1, 1, '2025-03-01', 3, 2, 1, NULL),
       (2, 'a2', 1, 1, 1, 1, '2025-03-01', 2, NULL, 2, 0),
       (3, 'a3', 1, 1, 1, 1, '2025-04-01', 1, 1, 3, 4),
       (4, 'a4', 1, 1, 1, 1, '2025-05-01', 0, 0, 5, NULL),
       (5, 'a5', 1, 1, 1, 2, '2025-03-02', 2, 3, 4, 1);
)sql").ok());
    const auto before = [&c] {
        std::map<qint64, std::vector<qint64>> spans;
        std::string columns;
        for (const char* s : spansums::kScales)
            columns += std::string(", coalesce(first_") + s + ", 0), first_n_" + s +
                       ", coalesce(latest_" + s + ", 0), latest_n_" + s;
        Statement st = c.prepare("SELECT person_id" + columns + " FROM assessment_span");
        while (st.next()) {
            auto& v = spans[st.int64(0)];
            for (int i = 1; i <= spansums::kValues; ++i)
                v.push_back(st.int64(i));
        }
        return spans;
    }();
    REQUIRE(before.size() == 2);
    CHECK(before.at(1)[0] == 5); // need_language on the first day: 3 + 2
    CHECK(before.at(1)[1] == 2);
    CHECK(before.at(1)[2] == 0); // and on the latest
    CHECK(before.at(1)[3] == 1);

    REQUIRE(Migrations::upgrade(c).ok());
    std::map<qint64, std::vector<qint64>> after;
    Statement st = c.prepare("SELECT person_id, sums FROM assessment_span");
    while (st.next()) {
        spansums::Values v;
        REQUIRE(spansums::unpack(st.blob(1), v));
        after[st.int64(0)] = std::vector<qint64>(v.begin(), v.end());
    }
    REQUIRE(st.ok());
    CHECK(after == before);

    // The new triggers keep them: a fourth day for person 2, then her first removed.
    REQUIRE(c.exec("INSERT INTO assessment(id, uuid, desk_id, hlc, hlc_desk, person_id, assessed_on,"
                   " need_language) VALUES (6, 'a6', 1, 1, 1, 2, '2025-06-01', 1)")
                .ok());
    REQUIRE(c.exec("DELETE FROM assessment WHERE id = 5").ok());
    Statement one = c.prepare("SELECT first_on, latest_on, sums FROM assessment_span WHERE person_id = 2");
    REQUIRE(one.next());
    CHECK(one.text(0) == QStringLiteral("2025-06-01"));
    CHECK(one.text(1) == QStringLiteral("2025-06-01"));
    spansums::Values v;
    REQUIRE(spansums::unpack(one.blob(2), v));
    CHECK(v[0] == 1);
    CHECK(v[1] == 1);
    CHECK(v[2] == 1);
    CHECK(v[3] == 1);
    CHECK(v[4] == 0); // need_work: none
    CHECK(v[5] == 0);
}

TEST_CASE("packed span sums read back as written, and damage is refused", "[migrations]")
{
    spansums::Values v{};
    for (int i = 0; i < spansums::kValues; ++i)
        v[size_t(i)] = (i % 3 == 0) ? -i * 1000003LL : i * 7;
    v[5] = std::numeric_limits<qint64>::max();
    v[6] = std::numeric_limits<qint64>::min();
    const QByteArray packed = spansums::pack(v);
    spansums::Values back{};
    REQUIRE(spansums::unpack(packed, back));
    CHECK(back == v);
    CHECK_FALSE(spansums::unpack(packed.chopped(1), back));
    CHECK_FALSE(spansums::unpack(packed + '\0', back));
    CHECK_FALSE(spansums::unpack(QByteArray(20, char(0x80)), back));
    spansums::Values small{};
    CHECK(spansums::pack(small).size() == spansums::kValues); // a byte a value
}
