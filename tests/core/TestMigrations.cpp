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
#include "core/storage/ReportFacts.h"
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

namespace {

// The facts person_facts keeps of each person, unpacked: id, then each field as text.
std::map<qint64, std::vector<std::string>> reportFacts(Connection& c)
{
    std::map<qint64, std::vector<std::string>> out;
    Statement st = c.prepare("SELECT person_id, facts FROM report_facts");
    while (st.next()) {
        const QByteArray packed = st.blob(1); // the values point into it
        reportfacts::Facts f;
        REQUIRE(reportfacts::unpack(packed, f));
        auto& row = out[st.int64(0)];
        for (const reportfacts::Value& v : f)
            row.push_back(v.type == reportfacts::Value::Null      ? std::string("NULL")
                          : v.type == reportfacts::Value::Integer ? std::to_string(v.integer)
                                                                  : v.text.toByteArray().toStdString());
    }
    REQUIRE(st.ok());
    return out;
}

// The same columns read from the person rows.
std::map<qint64, std::vector<std::string>> personColumns(Connection& c)
{
    std::string sql = "SELECT id";
    for (const char* column : reportfacts::kColumns)
        sql += std::string(", coalesce(") + column + ", 'NULL')";
    std::map<qint64, std::vector<std::string>> out;
    Statement st = c.prepare(sql + " FROM person");
    while (st.next()) {
        auto& row = out[st.int64(0)];
        for (int i = 1; i <= reportfacts::kCount; ++i)
            row.push_back(st.utf8(i).toByteArray().toStdString());
    }
    REQUIRE(st.ok());
    return out;
}

} // namespace

TEST_CASE("schema 18 packs what the dashboard counts of each person, and keeps it", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = copyOfFixture(17, dir);
    auto conn = Connection::open(path, Connection::Mode::ReadWrite);
    REQUIRE(conn.ok());
    Connection& c = *conn.value();
    Database::registerFunctions(c);
    // Person 2 with every column the dashboard reads, person 3 left as the fixture has her.
    REQUIRE(c.exec("UPDATE person SET birth_date = '1988-07-14', citizenships = 'VN,IT',"
                   " country_of_birth = 'VN', employment_status = 'long_term_unemployed',"
                   " housing = 'homeless', status = 'closed', exit_date = '2025-09-30',"
                   " exit_situation = 'employed', education_isced = 3, disability = 1, minority = 0"
                   " WHERE id = 2")
                .ok());
    const auto columns = personColumns(c);

    REQUIRE(Migrations::upgrade(c).ok());
    const auto facts = reportFacts(c);
    REQUIRE(facts.size() == 3);
    CHECK(facts == columns);
    CHECK(facts.at(2)[reportfacts::Isced] == "3");
    CHECK(facts.at(3)[reportfacts::Citizenships] == "NULL");
    CHECK(c.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'person_report'").value() == 0);
    // Enrolments by path, then person: each part of the dashboard finds its own.
    Statement order = c.prepare("SELECT group_concat(name) FROM pragma_index_info('enrolment_report')");
    REQUIRE(order.next());
    CHECK(order.text(0) == QStringLiteral("path_id,person_id,status,enrolled_on"));
    // The path of the fixture's session has its tally, counted as from scratch;
    // a session's tally stays with it.
    CHECK(c.scalar("SELECT count(*) FROM path_tally WHERE recorded = 1 AND present = 1").value() == 1);
    CHECK(c.scalar("SELECT count(*) FROM (SELECT * FROM path_tally EXCEPT SELECT * FROM path_tally_now)")
              .value() == 0);
    CHECK_FALSE(c.exec("UPDATE session_tally SET session_id = session_id + 100").ok());

    // The triggers keep them: a person added, one changed, one removed.
    REQUIRE(c.exec("INSERT INTO person(id, uuid, desk_id, hlc, hlc_desk, case_number, given_name,"
                   " family_name, gender, birth_year, intake_date, status, housing)"
                   " VALUES (4, 'p4', 1, 1, 1, 'MI-SS-000004', 'Rosa', 'Quispe', 'woman', 2001,"
                   " '2025-04-01', 'active', 'stable')")
                .ok());
    REQUIRE(c.exec("UPDATE person SET gender = 'non_binary', intake_date = '2025-02-01',"
                   " desk_id = 1, minority = 1 WHERE id = 1")
                .ok());
    REQUIRE(c.exec("UPDATE person SET notes = 'not counted' WHERE id = 3").ok());
    REQUIRE(c.exec("DELETE FROM person WHERE id = 2").ok());
    const auto kept = reportFacts(c);
    CHECK(kept == personColumns(c));
    CHECK(kept.count(2) == 0);
    CHECK(kept.at(1)[reportfacts::Gender] == "non_binary");
    CHECK(kept.at(4)[reportfacts::Housing] == "stable");
}

TEST_CASE("packed report facts read back as written, and damage is refused", "[migrations]")
{
    using reportfacts::Value;
    const QByteArray longText(300, 'x');
    reportfacts::Facts f;
    for (int i = 0; i < reportfacts::kCount; ++i) {
        Value& v = f[size_t(i)];
        if (i % 3 == 0) {
            v.type = Value::Integer;
            v.integer = i == 3 ? std::numeric_limits<qint64>::min() : -i * 1000003LL;
        } else if (i % 3 == 1) {
            v.type = Value::Text;
            v.text = i == 1 ? QByteArrayView(longText) : QByteArrayView(i == 4 ? "" : "2025-03-01");
        }
    }
    f[6].type = Value::Integer;
    f[6].integer = std::numeric_limits<qint64>::max();
    const QByteArray packed = reportfacts::pack(f);
    reportfacts::Facts back;
    REQUIRE(reportfacts::unpack(packed, back));
    for (int i = 0; i < reportfacts::kCount; ++i) {
        INFO("field " << i);
        CHECK(back[size_t(i)].type == f[size_t(i)].type);
        CHECK(back[size_t(i)].integer == f[size_t(i)].integer);
        CHECK(back[size_t(i)].text == f[size_t(i)].text);
    }
    CHECK_FALSE(reportfacts::unpack(packed.chopped(1), back));
    CHECK_FALSE(reportfacts::unpack(packed + '\0', back));
    CHECK_FALSE(reportfacts::unpack(QByteArray(20, char(0x80)), back));
    CHECK_FALSE(reportfacts::unpack(QByteArray(1, char(100)), back)); // text longer than the blob

    // Integers read from text as SQLite would; a null reads as 0.
    Value text{Value::Text, 0, "1975"};
    CHECK(text.toInteger() == 1975);
    CHECK(Value().toInteger() == 0);
    CHECK(Value().toText().isEmpty());
}
