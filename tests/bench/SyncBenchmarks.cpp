#include "tests/bench/SyncBenchmarks.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <quazip/quazip.h>

#include "core/domain/Schema.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/ChildProcess.h"

namespace percorsi::bench {

namespace {

QString cli()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/percorsi-cli");
}

void say(const QString& text)
{
    QTextStream(stderr) << text << '\n';
}

// The table data a bundle holds, uncompressed: what was formatted and written.
double dataMb(const QString& bundle)
{
    QuaZip zip(bundle);
    if (!zip.open(QuaZip::mdUnzip)) return 0;
    qint64 bytes = 0;
    for (const QuaZipFileInfo64& info : zip.getFileInfoList64())
        bytes += qint64(info.uncompressedSize);
    return bytes / 1e6;
}

QString cpuNote(const ChildRun& run)
{
    return QStringLiteral("wall %1 s, CPU %2 s")
        .arg(run.seconds, 0, 'f', 1)
        .arg(run.cpuSeconds, 0, 'f', 1);
}

QString bundlePath(const QString& dir, const QString& kind, const QString& format)
{
    return dir + QLatin1Char('/') + kind + QLatin1Char('-') + format + QStringLiteral(".percorsi");
}

ChildRun exportTo(const QString& db, const QString& bundle, const QString& format,
                  const QString& peer)
{
    QFile::remove(bundle);
    QStringList args{QStringLiteral("export"),
                     QStringLiteral("--db"),
                     db,
                     QStringLiteral("--out"),
                     bundle,
                     QStringLiteral("--format"),
                     format};
    if (!peer.isEmpty()) args << QStringLiteral("--peer") << peer;
    return runChild(cli(), args);
}

// A database of a tenth of the people, from the demo generator: flat memory
// means the full bundle's peak is not far above the tenth's (both fill
// SQLite's capped page cache), where an export with no rows fills none of it.
QString tenthDatabase(const QString& db, const QString& dir)
{
    const QString count = dir + QStringLiteral("/people.txt");
    runChild(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT count(*) FROM person")}, count);
    QFile f(count);
    const int people = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() / 10 : 0;
    const QString tenth = dir + QStringLiteral("/tenth.percorsi");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(tenth + QLatin1StringView(suffix));
    say(QStringLiteral("Generating a tenth of the people (%1) for the memory baselines…")
            .arg(people));
    const ChildRun run = runChild(cli(), {QStringLiteral("demo"), QStringLiteral("--db"), tenth,
                                          QStringLiteral("--people"), QString::number(people)});
    return run.ok() && people > 0 ? tenth : QString();
}

// This machine's speed moves by a third from minute to minute: each timing is
// the median of three runs.
constexpr int kExportRuns = 3;

// The export timed is a full bundle, whatever was sent from this database
// before. The baseline with no rows is an export to `peer` once it has been
// sent everything (the JSON run catches it up first).
void benchmarkExport(const QString& db, const QString& dir, const QString& format, double budget,
                     const QString& peer, const QString& tenth, BenchReport& report,
                     const QString& label)
{
    const QString bundle = bundlePath(dir, QStringLiteral("full"), format);
    std::vector<ChildRun> runs;
    for (int i = 0; i < kExportRuns; ++i) {
        say(QStringLiteral("Exporting a %1 bundle (%2 of %3)…").arg(format).arg(i + 1).arg(kExportRuns));
        runs.push_back(exportTo(db, bundle, format, {}));
        if (!runs.back().ok())
            return say(QStringLiteral("export failed with exit code %1").arg(runs.back().exitCode));
    }
    std::sort(runs.begin(), runs.end(),
              [](const ChildRun& a, const ChildRun& b) { return a.seconds < b.seconds; });
    const ChildRun& run = runs[runs.size() / 2];
    QStringList each;
    for (const ChildRun& r : runs)
        each << QString::number(r.seconds, 'f', 1);
    const double mb = dataMb(bundle);
    report.add(
        {QStringLiteral("export %1, %2 MB of rows (%3)").arg(format).arg(mb, 0, 'f', 0).arg(label),
         mb / run.seconds,
         QStringLiteral("MB/s"),
         budget,
         false,
         {},
         QStringLiteral("the median of %1 runs (%2 s); ").arg(kExportRuns).arg(each.join(QStringLiteral(", "))) +
             cpuNote(run)});
    if (format == QLatin1String("json"))
        exportTo(db, bundlePath(dir, QStringLiteral("catch-up"), format), format, peer);
    const ChildRun empty =
        exportTo(db, bundlePath(dir, QStringLiteral("empty"), format), format, peer);
    const ChildRun small =
        tenth.isEmpty()
            ? ChildRun()
            : exportTo(tenth, bundlePath(dir, QStringLiteral("tenth"), format), format, {});
    report.add({QStringLiteral("export %1 peak memory (%2)").arg(format, label), run.peakMb,
                QStringLiteral("MB"), small.ok() ? std::optional(small.peakMb * 1.5) : std::nullopt,
                true, small.ok() ? std::optional(small.peakMb) : std::nullopt,
                QStringLiteral("baseline: the export of a tenth of the people; with no rows %1 MB")
                    .arg(empty.ok() ? empty.peakMb : 0, 0, 'f', 1)});
}

// The tables of the bundle, parents first, and the SQL that makes them and
// their indexes (no triggers: the shell lacks the application's functions).
QStringList schemaSql(const QString& db, const QString& dir)
{
    QStringList tables;
    for (const EntityDef* def : schema::entities())
        tables << QLatin1StringView(def->table);
    const QString out = dir + QStringLiteral("/schema.sql");
    const QString query =
        QStringLiteral(
            "SELECT sql || ';' FROM sqlite_master WHERE type IN ('table', 'index') AND sql "
            "IS NOT NULL AND tbl_name IN ('%1') ORDER BY type DESC")
            .arg(tables.join(QStringLiteral("','")));
    runChild(QStringLiteral("sqlite3"), {db, query}, out);
    return tables;
}

// Writes the rows of `source` as one CSV a table, and the shell script that
// imports them into a new database of the same tables and indexes; returns
// the script, or empty.
QString shellImportScript(const QString& source, const QString& dir)
{
    const QStringList tables = schemaSql(source, dir);
    QString script = QStringLiteral(".bail on\n");
    for (const QString& t : tables) {
        const QString csv = dir + QLatin1Char('/') + t + QStringLiteral(".csv");
        runChild(QStringLiteral("sqlite3"),
                 {QStringLiteral("-csv"), source, QStringLiteral("SELECT * FROM ") + t}, csv);
        script += QStringLiteral(".import --csv '%1' %2\n").arg(csv, t);
    }
    const QString scriptFile = dir + QStringLiteral("/import.sql");
    QFile f(scriptFile);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(script.toUtf8());
    return scriptFile;
}

// The seconds the sqlite3 shell takes to run the script into a new database.
double shellImport(const QString& script, const QString& dir)
{
    const QString base = dir + QStringLiteral("/baseline.db");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(base + QLatin1StringView(suffix));
    runChild(QStringLiteral("sqlite3"), {base, QStringLiteral("PRAGMA journal_mode=WAL")});
    runChild(QStringLiteral("sqlite3"), {base}, {}, dir + QStringLiteral("/schema.sql"));
    const ChildRun run = runChild(QStringLiteral("sqlite3"), {base}, {}, script);
    return run.ok() ? run.seconds : 0;
}

ChildRun importInto(const QString& dir, const QString& name, const QString& bundle)
{
    const QString target = dir + QLatin1Char('/') + name;
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(target + QLatin1StringView(suffix));
    // The target's administrator must not share a user name with the bundle's
    // accounts (the demo's admin travels in its bundle).
    const QByteArray user = qgetenv("PERCORSI_USER"), password = qgetenv("PERCORSI_PASSWORD");
    qputenv("PERCORSI_USER", "bench-import");
    qputenv("PERCORSI_PASSWORD", "bench-import-password");
    runChild(cli(), {QStringLiteral("init"), QStringLiteral("--db"), target,
                     QStringLiteral("--desk-name"), QStringLiteral("Bench")});
    const ChildRun run =
        runChild(cli(), {QStringLiteral("import"), QStringLiteral("--db"), target, bundle});
    qputenv("PERCORSI_USER", user);
    qputenv("PERCORSI_PASSWORD", password);
    return run;
}

// The import and the shell's run alternate three times; the medians are compared.
constexpr int kImportRuns = 3;

void benchmarkImport(const QString& source, const QString& dir, const QString& tenth,
                     BenchReport& report, const QString& label)
{
    say(QStringLiteral("Writing the rows as CSV for the sqlite3 shell…"));
    const QString script = shellImportScript(source, dir);
    std::vector<ChildRun> runs;
    std::vector<double> shells;
    for (int i = 0; i < kImportRuns; ++i) {
        say(QStringLiteral("Importing the JSON bundle into a new database (%1 of %2)…")
                .arg(i + 1)
                .arg(kImportRuns));
        const ChildRun run =
            importInto(dir, QStringLiteral("imported.percorsi"),
                       bundlePath(dir, QStringLiteral("full"), QStringLiteral("json")));
        if (!run.ok()) return say(QStringLiteral("import failed with exit code %1").arg(run.exitCode));
        runs.push_back(run);
        say(QStringLiteral("Importing the same rows with the sqlite3 shell (%1 of %2)…")
                .arg(i + 1)
                .arg(kImportRuns));
        if (!script.isEmpty()) shells.push_back(shellImport(script, dir));
    }
    auto bySeconds = [](const ChildRun& a, const ChildRun& b) { return a.seconds < b.seconds; };
    std::sort(runs.begin(), runs.end(), bySeconds);
    std::sort(shells.begin(), shells.end());
    const ChildRun& run = runs[runs.size() / 2];
    const bool baseline = shells.size() == size_t(kImportRuns) && shells.front() > 0;
    const double shell = baseline ? shells[shells.size() / 2] : 0;
    QStringList ours, theirs;
    for (const ChildRun& r : runs)
        ours << QString::number(r.seconds, 'f', 1);
    for (double seconds : shells)
        theirs << QString::number(seconds, 'f', 1);
    report.add(
        {QStringLiteral("import JSON bundle (%1)").arg(label), run.seconds, QStringLiteral("s"),
         baseline ? std::optional(shell * 1.5) : std::nullopt, true,
         baseline ? std::optional(shell) : std::nullopt,
         QStringLiteral("baseline: sqlite3 .import of the same rows as CSV; medians of %1 "
                        "alternate runs (ours %2 s; the shell's %3 s); ")
                 .arg(kImportRuns)
                 .arg(ours.join(QStringLiteral(", ")), theirs.join(QStringLiteral(", "))) +
             cpuNote(run)});
    const ChildRun empty =
        importInto(dir, QStringLiteral("imported-empty.percorsi"),
                   bundlePath(dir, QStringLiteral("empty"), QStringLiteral("json")));
    const ChildRun small =
        tenth.isEmpty()
            ? ChildRun()
            : importInto(dir, QStringLiteral("imported-tenth.percorsi"),
                         bundlePath(dir, QStringLiteral("tenth"), QStringLiteral("json")));
    report.add({QStringLiteral("import peak memory (%1)").arg(label), run.peakMb,
                QStringLiteral("MB"), small.ok() ? std::optional(small.peakMb * 1.5) : std::nullopt,
                true, small.ok() ? std::optional(small.peakMb) : std::nullopt,
                QStringLiteral("baseline: the import of a tenth of the people; with no rows %1 MB")
                    .arg(empty.ok() ? empty.peakMb : 0, 0, 'f', 1)});
}

} // namespace

void benchmarkBundles(const QString& dbPath, const QString& workDir, const QString& peer,
                      BenchReport& report, const QString& label)
{
    // percorsi-cli signs in: the demo's administrator unless told otherwise.
    if (qEnvironmentVariableIsEmpty("PERCORSI_USER")) {
        qputenv("PERCORSI_USER", "admin");
        qputenv("PERCORSI_PASSWORD", "percorsi-demo");
    }
    const QString tenth = tenthDatabase(dbPath, workDir);
    benchmarkExport(dbPath, workDir, QStringLiteral("json"), 100, peer, tenth, report, label);
    benchmarkExport(dbPath, workDir, QStringLiteral("csv"), 150, peer, tenth, report, label);
    benchmarkImport(dbPath, workDir, tenth, report, label);
}

} // namespace percorsi::bench
