#include <catch2/catch.hpp>

#include <QFile>

#include "tests/cli/CliRunner.h"

using percorsi::test::CliRunner;

namespace {

const QString kItalianMissingDb = QStringLiteral("--db FILE è obbligatorio");

} // namespace

TEST_CASE("With --lang it, usage and core errors are Italian, before or after the command",
          "[cli][i18n]")
{
    CliRunner cli;
    auto r = cli(CliRunner::args({"--lang", "it"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Uso: percorsi-cli")));
    CHECK(r.err.contains(QStringLiteral("Codici di uscita")));

    r = cli(CliRunner::args({"--lang", "it", "stats"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(kItalianMissingDb));
    CHECK(r.err.contains(QStringLiteral("(vedi percorsi-cli stats --help)")));
    r = cli(CliRunner::args({"stats", "--lang=it"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(kItalianMissingDb));
    r = cli(CliRunner::args({"--lang", "it", "frobnicate"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("comando sconosciuto 'frobnicate'")));

    // A message of the core, translated there.
    r = cli(CliRunner::args({"check", "--db", "missing.percorsi", "--lang", "it"}));
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("Non c'è nessun database in")));
    r = cli(CliRunner::args({"--lang", "it", "--help"}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Comandi:")));
    CHECK(r.out.contains(QStringLiteral("--lang CODE")));
}

TEST_CASE("Without --lang the system locale chooses the language", "[cli][i18n]")
{
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("LC_ALL"), {});
    cli.setEnvironment(QStringLiteral("LANG"), QStringLiteral("it_IT.UTF-8"));
    auto r = cli(CliRunner::args({"stats"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(kItalianMissingDb));

    cli.setEnvironment(QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8"));
    r = cli(CliRunner::args({"stats"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--db FILE es obligatorio")));
    // --lang wins over the locale.
    r = cli(CliRunner::args({"stats", "--lang", "en"}));
    CHECK(r.err.contains(QStringLiteral("--db FILE is required")));

    // A language Percorsi does not speak falls back to English.
    cli.setEnvironment(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    r = cli(CliRunner::args({"stats"}));
    CHECK(r.err.contains(QStringLiteral("--db FILE is required")));
}

TEST_CASE("An unknown or missing --lang code is a usage error naming the codes", "[cli][i18n]")
{
    CliRunner cli;
    auto r = cli(CliRunner::args({"--lang", "xx", "stats", "--db", "a"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("unknown language 'xx'")));
    CHECK(r.err.contains(QStringLiteral("en, it, es, ca, nl, sv, fr, ar")));
    r = cli(CliRunner::args({"stats", "--db", "a", "--lang"}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--lang needs a language code")));
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("a"))));
}

TEST_CASE("Listings and JSON are the same in every language", "[cli][i18n]")
{
    CliRunner cli;
    REQUIRE(cli(CliRunner::args({"demo", "--db", "desk.percorsi", "--people", "30"})).exitCode == 0);
    const QList<QStringList> commands = {
        CliRunner::args({"stats", "--db", "desk.percorsi"}),
        CliRunner::args({"search", "--db", "desk.percorsi", "a"}),
        CliRunner::args({"person", "show", "--db", "desk.percorsi", "MI-SS-000001"}),
        CliRunner::args({"retention", "--db", "desk.percorsi"}),
        CliRunner::args({"digest", "--db", "desk.percorsi"}),
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const auto english = cli(command);
        REQUIRE(english.exitCode == 0);
        REQUIRE_FALSE(english.out.isEmpty());
        for (const char* code : {"it", "ar", "sv"}) {
            INFO(code);
            const auto other =
                cli(QStringList{QStringLiteral("--lang"), QString::fromUtf8(code)} + command);
            CHECK(other.exitCode == 0);
            if (command.first() == QLatin1String("retention"))
                // Only the summary line is prose; the listing after it is the same.
                CHECK(other.out.section(QLatin1Char('\n'), 1) ==
                      english.out.section(QLatin1Char('\n'), 1));
            else
                CHECK(other.out == english.out);
        }
    }
}
