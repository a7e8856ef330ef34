#include "tests/bench/StartupBenchmarks.h"

#include <time.h>

#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "tests/bench/BenchReport.h"
#include "tests/bench/ChildProcess.h"

namespace percorsi::bench {

namespace {

constexpr int kRuns = 5;

struct FirstPaint
{
    double totalMs = -1;
    double excludedMs = 0;
    double cpuMs = 0;
    double excludedCpuMs = 0;
};

// "key=value" lines written by FirstPaintProbe.
FirstPaint readProbe(const QString& file)
{
    FirstPaint out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> kv = line.split('=');
        if (kv.size() != 2) continue;
        if (kv[0] == "first_paint_ms") out.totalMs = kv[1].toDouble();
        if (kv[0] == "excluded_ms") out.excludedMs = kv[1].toDouble();
        if (kv[0] == "cpu_ms") out.cpuMs = kv[1].toDouble();
        if (kv[0] == "excluded_cpu_ms") out.excludedCpuMs = kv[1].toDouble();
    }
    return out;
}

// One start, timed from just before the spawn (PERCORSI_BENCH_T0, CLOCK_MONOTONIC).
FirstPaint startOnce(const QString& program, const QStringList& args, const QString& outFile)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    qputenv("PERCORSI_BENCH_T0",
            QByteArray::number(qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec));
    const ChildRun run = runChild(program, args, outFile);
    qunsetenv("PERCORSI_BENCH_T0");
    return run.ok() ? readProbe(outFile) : FirstPaint{};
}

// p50s of the start-up (total less excluded), wall and CPU, and of the
// excluded part; a first run, not counted, brings the program's files into
// the page cache.
FirstPaint measure(const QString& program, const QStringList& args, const QString& outFile)
{
    std::vector<double> startUp, excluded, cpu, excludedCpu;
    for (int i = 0; i <= kRuns; ++i) {
        const FirstPaint r = startOnce(program, args, outFile);
        if (r.totalMs < 0) return r;
        if (i == 0) continue;
        startUp.push_back(r.totalMs - r.excludedMs);
        excluded.push_back(r.excludedMs);
        cpu.push_back(r.cpuMs - r.excludedCpuMs);
        excludedCpu.push_back(r.excludedCpuMs);
    }
    return {percentile(startUp, 50), percentile(excluded, 50), percentile(cpu, 50),
            percentile(excludedCpu, 50)};
}

} // namespace

void benchmarkStartup(const QString& dbPath, const QString& workDir, BenchReport& report,
                      const QString& label)
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QString out = workDir + QStringLiteral("/first-paint.txt");
    QTextStream err(stderr);
    err << "Measuring start to first paint…\n";
    err.flush();
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const auto bare = measure(bin + QStringLiteral("/percorsi-bench-window"), {}, out);
    const auto app =
        measure(bin + QStringLiteral("/percorsi"),
                {QStringLiteral("--db"), dbPath, QStringLiteral("--bench-first-paint")}, out);
    qputenv("QT_QPA_PLATFORM", platform);
    if (platform.isEmpty()) qunsetenv("QT_QPA_PLATFORM");
    QFile::remove(out);
    if (bare.totalMs < 0 || app.totalMs < 0) {
        err << "percorsi-bench: start-up not measured (percorsi or percorsi-bench-window failed)\n";
        return;
    }
    const QString ms = QStringLiteral("ms");
    report.add(QStringLiteral("bare QApplication window to first paint, p50"), bare.totalMs, ms);
    report.add(QStringLiteral("start to first paint, p50 (%1)").arg(label), app.totalMs, ms, 500,
               bare.totalMs);
    report.add(QStringLiteral("start-up against the bare window (%1)").arg(label),
               bare.totalMs > 0 ? app.totalMs / bare.totalMs : 0, QStringLiteral("x"), 4);
    // CPU time (user + system, all threads) is what a busy machine disturbs least.
    report.add(QStringLiteral("bare window to first paint, CPU, p50"), bare.cpuMs, ms);
    report.add(QStringLiteral("start to first paint, CPU, p50 (%1)").arg(label), app.cpuMs, ms, {},
               bare.cpuMs);
    report.add(QStringLiteral("sign-in password hash at start, p50 (not counted above)"),
               app.excludedMs, ms);
}

} // namespace percorsi::bench
