#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/CoreBenchmarks.h"
#include "tests/bench/GuiBenchmarks.h"
#include "tests/bench/StartupBenchmarks.h"
#include "tests/bench/SyncBenchmarks.h"

using namespace percorsi;
using namespace percorsi::bench;

namespace {

struct Args
{
    int people = 100000;
    QString json;
    QString workDir;
    QString db; // an existing database to measure instead of a new demo
    QStringList only; // the groups to run; empty: all
    bool runs(const char* group) const { return only.isEmpty() || only.contains(QLatin1String(group)); }
};

const QStringList kGroups = {QStringLiteral("search"),    QStringLiteral("attendance"),
                             QStringLiteral("dashboard"), QStringLiteral("bundles"),
                             QStringLiteral("startup"),   QStringLiteral("table"),
                             QStringLiteral("gui-memory")};

std::optional<Args> parseArgs(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Percorsi against the budgets of DESIGN.md."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("people"), QStringLiteral("People in the demo database (default 100000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("work-dir"), QStringLiteral("Where to build the databases (default: a temporary directory)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Measure this existing database instead of generating one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run only these groups, comma-separated: %1.").arg(kGroups.join(QStringLiteral(", "))),
                      QStringLiteral("GROUPS")});
    parser.process(app);
    Args a;
    if (parser.isSet(QStringLiteral("only"))) {
        a.only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& g : a.only) {
            if (!kGroups.contains(g)) {
                QTextStream(stderr) << "percorsi-bench: unknown group \"" << g << "\" in --only; groups: "
                                    << kGroups.join(QStringLiteral(", ")) << '\n';
                return std::nullopt;
            }
        }
    }
    if (parser.isSet(QStringLiteral("people"))) {
        bool ok = false;
        a.people = parser.value(QStringLiteral("people")).toInt(&ok);
        if (!ok || a.people < 1 || a.people > 2'000'000) {
            QTextStream(stderr) << "percorsi-bench: --people takes a whole number from 1 to 2000000\n";
            return std::nullopt;
        }
    }
    a.json = parser.value(QStringLiteral("json"));
    a.workDir = parser.value(QStringLiteral("work-dir"));
    a.db = parser.value(QStringLiteral("db"));
    return a;
}

QString scaleLabel(int people)
{
    return people >= 1'000'000 ? QStringLiteral("%1M people").arg(people / 1'000'000)
                               : QStringLiteral("%1k people").arg(people / 1000);
}

// The sign-in of the children (the application, the GUI figures): the demo's
// administrator unless PERCORSI_USER and PERCORSI_PASSWORD say otherwise.
void defaultCredentials()
{
    if (!qEnvironmentVariableIsSet("PERCORSI_USER")) qputenv("PERCORSI_USER", "admin");
    if (!qEnvironmentVariableIsSet("PERCORSI_PASSWORD"))
        qputenv("PERCORSI_PASSWORD", DemoGenerator::demoPassword().toUtf8());
}

} // namespace

int main(int argc, char* argv[])
{
    // The GUI figures run in a child of this program, with a QApplication.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--gui-child") == 0) return runGuiChild(argc, argv);
    QCoreApplication app(argc, argv);
    defaultCredentials();
    const auto args = parseArgs(app);
    if (!args)
        return 1;
    QTemporaryDir tmp;
    const QString dir = args->workDir.isEmpty() ? tmp.path() : args->workDir;
    if (!QDir().mkpath(dir)) {
        QTextStream(stderr) << "percorsi-bench: cannot create the work directory " << dir << '\n';
        return 1;
    }
    const QString path = args->db.isEmpty() ? dir + QStringLiteral("/bench.percorsi") : args->db;
    if (args->db.isEmpty())
        QFile::remove(path);
    QTextStream err(stderr);
    BenchReport report;

    Database::Options options;
    options.create = args->db.isEmpty();
    auto db = Database::open(path, options);
    if (!db) {
        err << "percorsi-bench: " << db.error().message() << '\n';
        return 3;
    }
    // The benchmarks measure the stores, not sign-in: they act as an administrator.
    (*db)->setPrincipal(Principal::user(0, QStringLiteral("bench"), QStringLiteral("administrator"),
                                        (*db)->localDeskId()));
    QString label = scaleLabel(args->people);
    if (args->db.isEmpty()) {
        err << "Generating the demo database of " << args->people << " people…\n";
        err.flush();
        QElapsedTimer timer;
        timer.start();
        DemoGenerator::Options demo;
        demo.people = args->people;
        auto summary = DemoGenerator(**db).generate(demo);
        if (!summary) {
            err << "percorsi-bench: " << summary.error().message() << '\n';
            return 3;
        }
        report.add(QStringLiteral("demo generation (%1)").arg(label), timer.elapsed() / 1000.0,
                   QStringLiteral("s"), 60);
        (*db)->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        report.add(QStringLiteral("database size (%1)").arg(label), QFileInfo(path).size() / 1e6,
                   QStringLiteral("MB"));
        report.add(QStringLiteral("attendance rows (%1)").arg(label),
                   double(summary->at(QStringLiteral("attendance"))), QStringLiteral("rows"));
    } else {
        auto people = (*db)->connection().scalar("SELECT count(*) FROM person");
        label = scaleLabel(people ? int(*people) : 0);
    }

    if (args->runs("search")) benchmarkSearch(**db, report, label);
    if (args->runs("attendance")) benchmarkAttendance(**db, report, label);
    if (args->runs("dashboard")) benchmarkDashboard(**db, report, label);
    if (args->runs("bundles")) {
        Statement peer = (*db)->connection().prepare("SELECT code FROM desk WHERE id <> ? ORDER BY id");
        peer.bind(1, (*db)->localDeskId());
        benchmarkBundles(path, dir, peer.next() ? peer.text(0) : QString(), report, label);
    }
    if (args->runs("startup")) benchmarkStartup(path, dir, report, label);
    for (const char* group : {"table", "gui-memory"})
        if (args->runs(group)) benchmarkGui(QLatin1String(group), path, dir, report, label);

    QTextStream(stdout) << report.table();
    if (!args->json.isEmpty()) {
        QString why;
        if (!report.writeJson(args->json, &why)) {
            err << "percorsi-bench: cannot write " << args->json << ": " << why << '\n';
            return 3;
        }
    }
    return 0;
}
