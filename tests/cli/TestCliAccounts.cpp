#include <catch2/catch.hpp>

#include <QFile>

#include "core/storage/Connection.h"
#include "tests/cli/CliRunner.h"

using percorsi::test::CliRunner;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A demo database with its four accounts.
void makeDemo(CliRunner& cli)
{
    REQUIRE(cli(CliRunner::args({"demo", "--db", "d.percorsi", "--people", "40"})).exitCode == 0);
}

void exec(const QString& path, const char* sql)
{
    auto conn = percorsi::Connection::open(path, percorsi::Connection::Mode::ReadWrite);
    REQUIRE(conn.ok());
    REQUIRE(conn.value()->exec(sql).ok());
}

} // namespace

TEST_CASE("init creates the administrator from --user and --password-file", "[cli][accounts]")
{
    CliRunner cli;
    cli.signInAs({}, {});
    auto r = cli(CliRunner::args({"init", "--db", "n.percorsi", "--desk-name", "Raval"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--user NAME (or PERCORSI_USER) is required")));
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("n.percorsi"))));

    writeFile(cli.file(QStringLiteral("pw")), "a good long secret\n");
    r = cli(CliRunner::args({"init", "--db", "n.percorsi", "--desk-name", "Raval", "--user", "marta",
                  "--password-file", "pw"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("with the administrator marta")));
    r = cli(CliRunner::args({"stats", "--db", "n.percorsi", "--user", "marta", "--password-file", "pw"}));
    CHECK(r.exitCode == 0);
    r = cli(CliRunner::args({"stats", "--db", "n.percorsi"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("PERCORSI_USER")));
}

TEST_CASE("a wrong password exits 2, is audited, and five lock the account", "[cli][accounts]")
{
    CliRunner cli;
    makeDemo(cli);
    cli.signInAs(QStringLiteral("operator"), QStringLiteral("not the password"));
    for (int i = 0; i < 5; ++i) {
        auto r = cli(CliRunner::args({"stats", "--db", "d.percorsi"}));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("Wrong user name or password.")));
    }
    cli.signInAs(QStringLiteral("operator"), CliRunner::demoPassword());
    auto r = cli(CliRunner::args({"search", "--db", "d.percorsi", "a"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("is locked after 5 failed sign-ins")));

    cli.signInAs(QStringLiteral("admin"), CliRunner::demoPassword());
    r = cli(CliRunner::args({"audit", "--db", "d.percorsi", "--action", "login_failed"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.count(QStringLiteral("\toperator\tlogin_failed\t")) == 5);
    r = cli(CliRunner::args({"audit", "--db", "d.percorsi", "--who", "operator", "--action", "locked_out"}));
    CHECK(r.out.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("roles limit what the commands do", "[cli][accounts]")
{
    CliRunner cli;
    makeDemo(cli);
    cli.signInAs(QStringLiteral("trainer"), CliRunner::demoPassword());
    auto r = cli(CliRunner::args({"stats", "--db", "d.percorsi"}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("does not allow")));
    r = cli(CliRunner::args({"audit", "--db", "d.percorsi"}));
    CHECK(r.exitCode == 2);
    r = cli(CliRunner::args({"export", "--db", "d.percorsi", "--out", "b.zip"}));
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("b.zip"))));
    cli.signInAs(QStringLiteral("coordinator"), CliRunner::demoPassword());
    CHECK(cli(CliRunner::args({"stats", "--db", "d.percorsi"})).exitCode == 0);
}

TEST_CASE("audit --verify finds an altered or a removed entry", "[cli][accounts][audit]")
{
    CliRunner cli;
    makeDemo(cli);
    REQUIRE(cli(CliRunner::args({"search", "--db", "d.percorsi", "a"})).exitCode == 0);
    auto r = cli(CliRunner::args({"audit", "--db", "d.percorsi", "--verify"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("ok\n"));
    const QString db = cli.file(QStringLiteral("d.percorsi"));

    SECTION("altered")
    {
        exec(db, "DROP TRIGGER audit_no_update; UPDATE audit SET username = 'nobody' WHERE id = 1");
        r = cli(CliRunner::args({"audit", "--db", "d.percorsi", "--verify"}));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("Audit entry 1 was altered.")));
    }
    SECTION("removed from the middle")
    {
        exec(db, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 1");
        r = cli(CliRunner::args({"audit", "--db", "d.percorsi", "--verify"}));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("an entry was removed or inserted")));
    }
    SECTION("removed at the end")
    {
        exec(db, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = (SELECT max(id) FROM "
                 "audit)");
        r = cli(CliRunner::args({"audit", "--db", "d.percorsi", "--verify"}));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("removed")));
    }
}

TEST_CASE("person show is audited as a view", "[cli][accounts][audit]")
{
    CliRunner cli;
    makeDemo(cli);
    auto found = cli(CliRunner::args({"search", "--db", "d.percorsi", "a", "--limit", "1"}));
    REQUIRE(found.exitCode == 0);
    const QString uuid = found.out.section(QLatin1Char('\t'), 0, 0);
    REQUIRE(cli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--db"),
                 QStringLiteral("d.percorsi"), uuid})
                .exitCode == 0);
    auto r = cli(CliRunner::args({"audit", "--db", "d.percorsi", "--action", "view"}));
    CHECK(r.out.contains(QStringLiteral("\tadmin\tview\tperson\t") + uuid));
}

TEST_CASE("two desks whose administrators are both admin exchange bundles both ways",
          "[cli][accounts][sync]")
{
    CliRunner cli;
    writeFile(cli.file(QStringLiteral("pa")), "milano secret one\n");
    writeFile(cli.file(QStringLiteral("pb")), "barcelona secret two\n");
    cli.signInAs({}, {});
    REQUIRE(cli(CliRunner::args({"init", "--db", "a.percorsi", "--desk-name", "San Siro", "--code", "MI-SS",
                      "--user", "admin", "--password-file", "pa"}))
                .exitCode == 0);
    REQUIRE(cli(CliRunner::args({"init", "--db", "b.percorsi", "--desk-name", "Raval", "--code", "BA-RA",
                      "--user", "admin", "--password-file", "pb"}))
                .exitCode == 0);
    auto run = [&](std::initializer_list<const char*> list, const char* passwordFile) {
        return cli(CliRunner::args(list) << QStringLiteral("--user") << QStringLiteral("admin")
                              << QStringLiteral("--password-file")
                              << QString::fromLatin1(passwordFile));
    };
    REQUIRE(run({"export", "--db", "a.percorsi", "--out", "a.bundle"}, "pa").exitCode == 0);
    REQUIRE(run({"export", "--db", "b.percorsi", "--out", "b.bundle"}, "pb").exitCode == 0);
    auto intoB = run({"import", "--db", "b.percorsi", "a.bundle"}, "pb");
    INFO(intoB.err.toStdString());
    CHECK(intoB.exitCode == 0);
    auto intoA = run({"import", "--db", "a.percorsi", "b.bundle"}, "pa");
    INFO(intoA.err.toStdString());
    CHECK(intoA.exitCode == 0);

    // Each admin signs in at her own desk; the other desk's admin does not.
    CHECK(run({"stats", "--db", "a.percorsi"}, "pa").exitCode == 0);
    CHECK(run({"stats", "--db", "b.percorsi"}, "pb").exitCode == 0);
    CHECK(run({"stats", "--db", "a.percorsi"}, "pb").exitCode == 2);
    CHECK(run({"stats", "--db", "b.percorsi"}, "pa").exitCode == 2);
    // Both desks hold the same content, both admins among it.
    auto da = run({"digest", "--db", "a.percorsi"}, "pa");
    auto db = run({"digest", "--db", "b.percorsi"}, "pb");
    REQUIRE(da.exitCode == 0);
    CHECK(da.out == db.out);
    auto conn = percorsi::Connection::open(cli.file(QStringLiteral("a.percorsi")),
                                           percorsi::Connection::Mode::ReadWrite);
    REQUIRE(conn.ok());
    CHECK(*conn.value()->scalar("SELECT count(*) FROM app_user WHERE username = 'admin'") == 2);
    CHECK(*conn.value()->scalar("SELECT count(*) FROM app_user WHERE username = 'admin' "
                                "AND password_hash IS NOT NULL") == 1);
}
