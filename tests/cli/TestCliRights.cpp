#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/cli/CliRunner.h"

using percorsi::test::CliRunner;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The bytes of every file of the database (the file, its WAL, its shared memory, any journal).
QByteArray databaseBytes(const CliRunner& cli)
{
    QByteArray all;
    const QDir dir(QFileInfo(cli.file(QStringLiteral("desk.percorsi"))).absolutePath());
    for (const QString& name : dir.entryList({QStringLiteral("desk.percorsi*")}, QDir::Files))
        all += readAll(dir.filePath(name));
    return all;
}

} // namespace

TEST_CASE("person export writes her data as JSON and erase removes her", "[cli][rights]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "desk.percorsi", "--people", "40"})).exitCode == 0);
    auto shown = cli(CliRunner::args({"person", "show", "--db", "desk.percorsi", "MI-SS-000001"}));
    REQUIRE(shown.exitCode == 0);
    const QJsonObject person = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    const QByteArray family = person.value(QStringLiteral("family_name")).toString().toUtf8();
    REQUIRE(family.size() > 1);

    auto r = cli(
        CliRunner::args({"person", "export", "--db", "desk.percorsi", "MI-SS-000001", "--out", "her.json"}));
    REQUIRE(r.exitCode == 0);
    const QJsonObject doc =
        QJsonDocument::fromJson(readAll(cli.file(QStringLiteral("her.json")))).object();
    CHECK(doc.value(QStringLiteral("case_number")).toString() == QLatin1String("MI-SS-000001"));
    CHECK(doc.value(QStringLiteral("records")).toArray().size() >= 1);
    CHECK(readAll(cli.file(QStringLiteral("her.json"))).contains(family));

    r = cli(CliRunner::args({"person", "export", "--db", "desk.percorsi", "MI-SS-000001"}));
    CHECK(r.exitCode == 1);
    r = cli(CliRunner::args({"person", "export", "--db", "desk.percorsi", "MI-SS-999999", "--out", "x.json"}));
    CHECK(r.exitCode == 2);

    REQUIRE(databaseBytes(cli).contains(family));
    r = cli(CliRunner::args({"erase", "--db", "desk.percorsi", "MI-SS-000001"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Erased MI-SS-000001")));
    r = cli(CliRunner::args({"person", "show", "--db", "desk.percorsi", "MI-SS-000001"}));
    CHECK(r.exitCode == 2);
    r = cli(CliRunner::args({"erase", "--db", "desk.percorsi", "MI-SS-000001"}));
    CHECK(r.exitCode == 2);
    r = cli(CliRunner::args({"erase", "--db", "missing.percorsi", "MI-SS-000001"}));
    CHECK(r.exitCode == 3);
    r = cli(CliRunner::args({"erase", "--db", "desk.percorsi"}));
    CHECK(r.exitCode == 1);
    CHECK(cli(CliRunner::args({"check", "--db", "desk.percorsi"})).exitCode == 0);
}

TEST_CASE("backup and restore check their files and a damaged backup is refused", "[cli][rights]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "desk.percorsi", "--people", "60"})).exitCode == 0);
    const QString before = cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out;
    auto r = cli(CliRunner::args({"backup", "--db", "desk.percorsi", "--out", "copy.backup"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(cli(CliRunner::args({"erase", "--db", "desk.percorsi", "MI-SS-000002"})).exitCode == 0);
    CHECK(cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out != before);

    r = cli(CliRunner::args({"restore", "--db", "desk.percorsi", "--from", "copy.backup"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out == before);
    CHECK(cli(CliRunner::args({"person", "show", "--db", "desk.percorsi", "MI-SS-000002"})).exitCode == 0);

    r = cli(CliRunner::args({"restore", "--db", "fresh.percorsi", "--from", "copy.backup"}));
    REQUIRE(r.exitCode == 0);
    CHECK(cli(CliRunner::args({"digest", "--db", "fresh.percorsi"})).out == before);

    QFile f(cli.file(QStringLiteral("copy.backup")));
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(16 * 1024, char(0x5A)));
    f.close();
    REQUIRE(cli(CliRunner::args({"erase", "--db", "desk.percorsi", "MI-SS-000003"})).exitCode == 0);
    const QString erased = cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out;
    r = cli(CliRunner::args({"restore", "--db", "desk.percorsi", "--from", "copy.backup"}));
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("damaged")));
    CHECK(cli(CliRunner::args({"digest", "--db", "desk.percorsi"})).out == erased);

    CHECK(cli(CliRunner::args({"restore", "--db", "desk.percorsi"})).exitCode == 1);
    CHECK(cli(CliRunner::args({"backup", "--db", "desk.percorsi"})).exitCode == 1);
    CHECK(cli(CliRunner::args({"backup", "--db", "missing.percorsi", "--out", "x.backup"})).exitCode == 3);
}

TEST_CASE("retention lists closed cases past the period and sets it", "[cli][rights]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "desk.percorsi", "--people", "200"})).exitCode == 0);
    auto r = cli(CliRunner::args({"retention", "--db", "desk.percorsi"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Retention: 60 months after exit; ")));
    r = cli(CliRunner::args({"retention", "--db", "desk.percorsi", "--months", "1"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Retention: 1 months after exit; ")));
    CHECK(r.out.contains(QStringLiteral("\nMI-SS-")));
    CHECK(cli(CliRunner::args({"retention", "--db", "desk.percorsi", "--months", "0"})).exitCode == 1);
}
