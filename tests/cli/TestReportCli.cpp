#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/storage/UserStore.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/TestDatabase.h"

using percorsi::test::CliRunner;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Fixture
{
    Fixture()
    {
        data.emplace(tdb.db());
        // percorsi-cli signs in as the administrator the runner names.
        REQUIRE(percorsi::UserStore(tdb.db())
                    .create(QStringLiteral("admin"), QStringLiteral("Administrator"),
                            QStringLiteral("administrator"), CliRunner::demoPassword())
                    .ok());
    }
    percorsi::test::TestDatabase tdb;
    std::optional<percorsi::test::ReportFixture> data;
    CliRunner cli;

    CliRunner::Run report(const char* format, const QString& out, QStringList extra = {})
    {
        QStringList a = {QStringLiteral("report"),
                         QStringLiteral("--db"),
                         tdb.path(),
                         QStringLiteral("--project"),
                         QStringLiteral("Women Together"),
                         QStringLiteral("--format"),
                         QString::fromLatin1(format),
                         QStringLiteral("--out"),
                         out};
        return cli(a + extra);
    }
};

} // namespace

TEST_CASE("report writes the progress summary as JSON for funders", "[cli][report]")
{
    Fixture f;
    const QString out = f.cli.file(QStringLiteral("summary.json"));
    auto r = f.report("json", out);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"on 3 people")); // those consenting to anonymous reporting
    const QJsonObject json = QJsonDocument::fromJson(readAll(out)).object();
    CHECK(json[QStringLiteral("project")] == QStringLiteral("Women Together"));
    CHECK(json[QStringLiteral("funder")] == QStringLiteral("FSE+"));
    CHECK(json[QStringLiteral("consented_only")].toBool());
    int checked = 0;
    for (const QJsonValue& v : json[QStringLiteral("rows")].toArray()) {
        const QJsonObject row = v.toObject();
        if (row[QStringLiteral("code")] == QStringLiteral("participants")) {
            CHECK(row[QStringLiteral("value")] == QStringLiteral("<5"));
            CHECK(row[QStringLiteral("men")] == 0);
            ++checked;
        }
        if (row[QStringLiteral("code")] == QStringLiteral("hours_delivered")) {
            CHECK(row[QStringLiteral("value")].toDouble() == Approx(7.0));
            ++checked;
        }
    }
    CHECK(checked == 2);
    CHECK_FALSE(readAll(out).contains("Amina"));
}

TEST_CASE("report writes CSV, XLSX and an A4 PDF", "[cli][report]")
{
    Fixture f;
    const QString csv = f.cli.file(QStringLiteral("summary.csv"));
    REQUIRE(f.report("csv", csv).exitCode == 0);
    const QByteArray text = readAll(csv);
    CHECK(text.startsWith("Section,Indicator,Women,Men,Non-binary,Value,Target\r\n"));
    CHECK(text.contains("Total number of participants,<5,0,0,<5"));
    CHECK(text.contains("Targets,People reached,,,,<5,10"));

    const QString xlsx = f.cli.file(QStringLiteral("summary.xlsx"));
    REQUIRE(f.report("xlsx", xlsx).exitCode == 0);
    CHECK(readAll(xlsx).startsWith("PK"));

    const QString pdf = f.cli.file(QStringLiteral("summary.pdf"));
    auto r = f.report("pdf", pdf, {QStringLiteral("--desk"), QStringLiteral("San Siro")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("/Count 4")); // cover and targets, charts, ESF+ table, narrative
}

TEST_CASE("report refuses unknown projects, formats and dates", "[cli][report]")
{
    Fixture f;
    const QString out = f.cli.file(QStringLiteral("x.json"));
    auto r = f.cli({QStringLiteral("report"), QStringLiteral("--db"), f.tdb.path(),
                    QStringLiteral("--project"), QStringLiteral("Nope"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--out"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"no project named \"Nope\""));
    CHECK(f.report("html", out).exitCode == 1);
    r = f.report("json", out, {QStringLiteral("--from"), QStringLiteral("1 March")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--from must be a date"));
    r = f.report("json", out,
                 {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-04-01")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
    CHECK(f.report("json", f.cli.file(QStringLiteral("missing/dir/x.json"))).exitCode == 3);
}
