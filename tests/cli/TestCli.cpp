#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/storage/Connection.h"
#include "tests/cli/CliRunner.h"

using percorsi::test::CliRunner;

namespace {

const QString kDb = QStringLiteral("desk.percorsi");

} // namespace

TEST_CASE("init creates a database and its desk, once", "[cli]")
{
    CliRunner cli;
    auto r = cli(CliRunner::args({"init", "--db", "desk.percorsi", "--desk-name", "San Siro", "--city", "Milano"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("San Siro (MI-SS)")));
    r = cli(CliRunner::args({"stats", "--db", "desk.percorsi"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("desk: 1\nuser: 1\n")));
    CHECK(r.out.contains(QStringLiteral("\nperson: 0\n")));
    CHECK(r.out.contains(QStringLiteral("\nattendance: 0\n")));
    r = cli(CliRunner::args({"init", "--db", "desk.percorsi", "--desk-name", "Other"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("already has its desk")));
    r = cli(CliRunner::args({"init", "--db", "x.percorsi", "--desk-name", "Bad", "--code", "bad code"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("not a desk code")));
}

TEST_CASE("usage errors exit 1 and say what is wrong", "[cli]")
{
    CliRunner cli;
    auto r = cli({});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Usage: percorsi-cli")));
    r = cli(CliRunner::args({"frobnicate"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    r = cli(CliRunner::args({"stats"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--db FILE is required")));
    r = cli(CliRunner::args({"stats", "--db", "a", "--bogus"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("bogus")));
    r = cli(CliRunner::args({"demo", "--db", "a", "--people", "many"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--people takes a whole number")));
    r = cli(CliRunner::args({"search", "--db", "a"}));
    CHECK(r.exitCode == 1);
    r = cli(CliRunner::args({"person", "list", "--db", "a", "x"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("unknown action 'list'")));
    r = cli(CliRunner::args({"--help"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("digest")));
    r = cli(CliRunner::args({"stats", "--help"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("--db")));
}

TEST_CASE("a missing, foreign or damaged file exits 3", "[cli]")
{
    CliRunner cli;
    auto r = cli(CliRunner::args({"stats", "--db", "missing.percorsi"}));
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("There is no database at missing.percorsi")));
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("missing.percorsi"))));

    QFile junk(cli.file(QStringLiteral("junk.percorsi")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    r = cli(CliRunner::args({"check", "--db", "junk.percorsi"}));
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("not a Percorsi database")));

    REQUIRE(cli(CliRunner::args({"init", "--db", "desk.percorsi", "--desk-name", "Raval", "--city", "Barcelona"})).exitCode == 0);
    {
        auto conn = percorsi::Connection::open(cli.file(kDb), percorsi::Connection::Mode::ReadWrite);
        REQUIRE(conn.ok());
        REQUIRE(conn.value()->exec("PRAGMA user_version = 42").ok());
    }
    r = cli(CliRunner::args({"stats", "--db", "desk.percorsi"}));
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("newer version of Percorsi")));
}

TEST_CASE("check passes on a sound database and exits 3 on a damaged one", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "desk.percorsi", "--people", "200"})).exitCode == 0);
    auto r = cli(CliRunner::args({"check", "--db", "desk.percorsi"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("ok\n"));

    QFile f(cli.file(kDb));
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 64 * 1024);
    // Overwrite the middle of the file with garbage, as a failing disk would.
    f.seek(size / 2);
    f.write(QByteArray(16 * 1024, char(0x5A)));
    f.close();
    r = cli(CliRunner::args({"check", "--db", "desk.percorsi"}));
    CHECK(r.exitCode == 3);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(r.out.isEmpty());
}

TEST_CASE("search prints matching people starting with their id", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "desk.percorsi", "--people", "300"})).exitCode == 0);
    auto r = cli(CliRunner::args({"search", "--db", "desk.percorsi", "MI-SS-000001"}));
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    const QStringList cells = lines.first().split(QLatin1Char('\t'));
    CHECK(cells.at(0).size() == 36);
    CHECK(cells.at(1) == QStringLiteral("MI-SS-000001"));
    // The same person found by her (folded) family name.
    const QString family = cells.at(2).section(QStringLiteral(", "), 0, 0);
    r = cli({QStringLiteral("search"), QStringLiteral("--db"), kDb, family.toUpper()});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(cells.at(0)));
    r = cli(CliRunner::args({"search", "--db", "desk.percorsi", "qqqqqq"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.isEmpty());
}

TEST_CASE("person show and set, validated like the GUI, nothing written on refusal", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "desk.percorsi", "--people", "50"})).exitCode == 0);
    auto r = cli(CliRunner::args({"person", "show", "--db", "desk.percorsi", "MI-SS-000001"}));
    REQUIRE(r.exitCode == 0);
    const QJsonObject person = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(person.value(QStringLiteral("case_number")).toString() == QStringLiteral("MI-SS-000001"));
    CHECK(person.value(QStringLiteral("desk")).toString() == QStringLiteral("MI-SS"));
    const QString uuid = person.value(QStringLiteral("uuid")).toString();
    CHECK(cli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--db"), kDb, uuid}).exitCode == 0);

    const QString digest = cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out;
    REQUIRE(digest.trimmed().size() == 64);

    r = cli(CliRunner::args({"person", "set", "--db", "desk.percorsi", "MI-SS-000001", "birth_date=2099-01-01"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("birth date")));
    r = cli(CliRunner::args({"person", "set", "--db", "desk.percorsi", "MI-SS-000001", "phone=+39 02 1234 5678",
                  "birth_date=31/12/1980"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("YYYY-MM-DD")));
    r = cli(CliRunner::args({"person", "set", "--db", "desk.percorsi", "MI-SS-000001", "shoe_size=38"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no field 'shoe_size'")));
    r = cli(CliRunner::args({"person", "set", "--db", "desk.percorsi", "MI-SS-000001", "case_number=X"}));
    CHECK(r.exitCode == 2);
    r = cli(CliRunner::args({"person", "set", "--db", "desk.percorsi", "MI-SS-999999", "phone=+39 02 1234 5678"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("MI-SS-999999")));
    CHECK(cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out == digest);

    r = cli(CliRunner::args({"person", "set", "--db", "desk.percorsi", "MI-SS-000001", "given_name=Zainab",
                  "family_name=Nguyễn", "phone=+39 02 1234 5678", "birth_date=1984-02-29"}));
    CHECK(r.exitCode == 0);
    CHECK(cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out != digest);
    r = cli(CliRunner::args({"person", "show", "--db", "desk.percorsi", "MI-SS-000001"}));
    const QJsonObject changed = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(changed.value(QStringLiteral("given_name")).toString() == QStringLiteral("Zainab"));
    CHECK(changed.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1984-02-29"));
    CHECK(changed.value(QStringLiteral("phone")).toString() == QStringLiteral("+39 02 1234 5678"));
    CHECK(cli(CliRunner::args({"search", "--db", "desk.percorsi", "zainab nguyen"})).out.contains(uuid));
}

TEST_CASE("demo is deterministic: same seed, same digest, another seed, another", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "a.percorsi", "--people", "120", "--seed", "7"})).exitCode == 0);
    REQUIRE(cli(CliRunner::args({"demo", "--db", "b.percorsi", "--people", "120", "--seed", "7"})).exitCode == 0);
    REQUIRE(cli(CliRunner::args({"demo", "--db", "c.percorsi", "--people", "120", "--seed", "8"})).exitCode == 0);
    const QString a = cli(CliRunner::args({"digest", "--db", "a.percorsi"})).out;
    CHECK(a == cli(CliRunner::args({"digest", "--db", "b.percorsi"})).out);
    CHECK(a != cli(CliRunner::args({"digest", "--db", "c.percorsi"})).out);
    auto r = cli(CliRunner::args({"demo", "--db", "a.percorsi", "--people", "10"}));
    CHECK(r.exitCode == 2);
}
