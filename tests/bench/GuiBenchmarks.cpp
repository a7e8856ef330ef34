#include "tests/bench/GuiBenchmarks.h"

#include <sqlite3.h>

#include <random>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>
#include <QTextStream>

#include "core/demo/DemoGenerator.h"
#include "core/security/Authenticator.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/ChildProcess.h"
#include "ui/MainWindow.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/PeoplePage.h"
#include "ui/reports/DashboardPage.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi::bench {

namespace {

constexpr int kOpens = 5;
constexpr int kJumps = 2000;
constexpr int kWarmJumps = 100; // fonts and caches settle before memory is compared
constexpr double kFlatMb = 5;

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A line of /proc/self/status ("VmRSS", "VmHWM") in MB.
double statusMb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

std::vector<double> openTimes(RecordStore& store)
{
    std::vector<double> open;
    for (int i = 0; i < kOpens; ++i) {
        QElapsedTimer t;
        t.start();
        PeoplePage page(store);
        page.resize(1366, 700);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page)) return {};
        page.view()->viewport()->repaint();
        open.push_back(ms(t));
    }
    return open;
}

struct Scroll
{
    std::vector<double> frames;
    double rssWarmMb = 0;
    double rssAfterMb = 0;
    double sqliteWarmMb = 0; // SQLite's page cache is part of the growth, up to its cache_size
    double sqliteAfterMb = 0;
    int rowsHeld = 0;
    int rowsReached = 0;
};

// The page cache of the table's connection. SQLite keeps no global memory
// statistics here (SQLITE_CONFIG_MEMSTATUS is off), but counts each cache.
double pageCacheMb(sqlite3* connection)
{
    int used = 0, highest = 0;
    sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_USED, &used, &highest, 0);
    return double(used) / 1048576.0;
}

// Jumps the scroll bar to random positions, each painted before the next.
Scroll scrollRandomly(PeoplePage& page, sqlite3* connection)
{
    Scroll s;
    std::mt19937 random(20260615);
    QScrollBar* bar = page.view()->verticalScrollBar();
    for (int i = 0; i < kJumps; ++i) {
        if (i == kWarmJumps) {
            s.rssWarmMb = statusMb("VmRSS:");
            s.sqliteWarmMb = pageCacheMb(connection);
        }
        std::uniform_int_distribution<int> to(bar->minimum(), bar->maximum());
        QElapsedTimer t;
        t.start();
        // The jump and its frame painted at once; then whatever else it posted.
        bar->setValue(to(random));
        page.view()->viewport()->repaint();
        QCoreApplication::processEvents();
        s.frames.push_back(ms(t));
    }
    s.rssAfterMb = statusMb("VmRSS:");
    s.sqliteAfterMb = pageCacheMb(connection);
    s.rowsHeld = page.model()->rowsHeld();
    s.rowsReached = page.model()->rowCount();
    return s;
}

void tableFigures(RecordStore& store, BenchReport& report, const QString& label)
{
    const auto open = openTimes(store);
    if (open.empty()) return;
    report.add(QStringLiteral("open People table to first paint, p50 (%1)").arg(label),
               percentile(open, 50), QStringLiteral("ms"), 100);
    PeoplePage page(store);
    page.resize(1366, 700);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) return;
    const Scroll s = scrollRandomly(page, store.database().connection().handle());
    report.add(QStringLiteral("scroll to a random position, frame p50 (%1)").arg(label),
               percentile(s.frames, 50), QStringLiteral("ms"));
    report.add(QStringLiteral("scroll to a random position, frame p95 (%1)").arg(label),
               percentile(s.frames, 95), QStringLiteral("ms"), 16);
    report.add(QStringLiteral("scroll to a random position, frame max (%1)").arg(label),
               percentile(s.frames, 100), QStringLiteral("ms"));
    report.add(QStringLiteral("rows the scroll bar reaches (%1)").arg(label), s.rowsReached,
               QStringLiteral("rows"));
    report.add(QStringLiteral("rows held after %1 jumps (%2)").arg(kJumps).arg(label), s.rowsHeld,
               QStringLiteral("rows"));
    report.add(QStringLiteral("resident memory before scrolling (%1)").arg(label), s.rssWarmMb,
               QStringLiteral("MB"));
    report.add(QStringLiteral("resident memory growth over %1 jumps (%2)")
                   .arg(kJumps - kWarmJumps)
                   .arg(label),
               s.rssAfterMb - s.rssWarmMb, QStringLiteral("MB"));
    const double cache = s.sqliteAfterMb - s.sqliteWarmMb;
    report.add(QStringLiteral("  of which SQLite's page cache (capped at 64 MB) (%1)").arg(label),
               cache, QStringLiteral("MB"));
    report.add(QStringLiteral("  the rest: the table's own growth (%1)").arg(label),
               s.rssAfterMb - s.rssWarmMb - cache, QStringLiteral("MB"), kFlatMb);
}

void memoryFigures(Database& db, BenchReport& report, const QString& label)
{
    MainWindow window(db);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return;
    PeoplePage* people = window.peoplePage();
    auto* pages = qobject_cast<QStackedWidget*>(people->parentWidget());
    pages->setCurrentWidget(people);
    scrollRandomly(*people, db.connection().handle());
    // Every page asked for, as a user who has visited them all (they are
    // made when first shown), then the dashboard shown.
    for (int i = 0; i < window.pageCount(); ++i) {
        if (qobject_cast<DashboardPage*>(window.page(i))) {
            window.showPage(i);
            window.repaint();
            QCoreApplication::processEvents();
        }
    }
    report.add(QStringLiteral("GUI peak memory: People, scrolling, dashboard (%1)").arg(label),
               statusMb("VmHWM:"), QStringLiteral("MB"));
}

} // namespace

void benchmarkGui(const QString& group, const QString& dbPath, const QString& workDir,
                  BenchReport& report, const QString& label)
{
    QTextStream err(stderr);
    err << "Measuring the GUI (" << group << ")…\n";
    err.flush();
    const QString out = workDir + QStringLiteral("/gui-") + group + QStringLiteral(".json");
    const ChildRun run =
        runChild(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--gui-child"), group, QStringLiteral("--db"), dbPath,
                  QStringLiteral("--out"), out, QStringLiteral("--label"), label});
    QString why;
    if (!run.ok() || !report.appendJson(out, &why))
        err << "percorsi-bench: the " << group << " figures were not measured " << why << '\n';
    QFile::remove(out);
}

int runGuiChild(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("gui-child"), {}, QStringLiteral("GROUP")},
                       {QStringLiteral("db"), {}, QStringLiteral("FILE")},
                       {QStringLiteral("out"), {}, QStringLiteral("FILE")},
                       {QStringLiteral("label"), {}, QStringLiteral("TEXT")}});
    parser.process(app);
    QTextStream err(stderr);
    auto db = Database::open(parser.value(QStringLiteral("db")), {});
    if (!db) {
        err << "percorsi-bench: " << db.error().message() << '\n';
        return 3;
    }
    auto signedIn = Authenticator(**db).signIn(qEnvironmentVariable("PERCORSI_USER"),
                                               qEnvironmentVariable("PERCORSI_PASSWORD"));
    if (!signedIn) {
        err << "percorsi-bench: " << signedIn.error().message() << '\n';
        return 2;
    }
    BenchReport report;
    const QString group = parser.value(QStringLiteral("gui-child"));
    const QString label = parser.value(QStringLiteral("label"));
    RecordStore store(**db);
    if (group == QLatin1String("table")) tableFigures(store, report, label);
    if (group == QLatin1String("gui-memory")) memoryFigures(**db, report, label);
    QString why;
    if (!report.writeJson(parser.value(QStringLiteral("out")), &why)) {
        err << "percorsi-bench: " << why << '\n';
        return 3;
    }
    return 0;
}

} // namespace percorsi::bench
