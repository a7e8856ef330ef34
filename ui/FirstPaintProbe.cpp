#include "ui/FirstPaintProbe.h"

#include <time.h>
#include <unistd.h>

#include <cstdio>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

namespace percorsi {

namespace {

double monotonicMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Field 22 of /proc/self/stat: the start time in clock ticks after boot. The
// command name (field 2) may hold spaces, so fields are counted after its ')'.
double startFromProcStat()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20) return -1;
    const double ticks = fields[19].toDouble();
    return ticks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

FirstPaintProbe::FirstPaintProbe(QWidget* window) : QObject(window)
{
    window->installEventFilter(this);
}

double FirstPaintProbe::millisSinceProcessStart()
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("PERCORSI_BENCH_T0").toLongLong(&ok);
    if (ok) return monotonicMs(CLOCK_MONOTONIC) - double(t0) / 1e6;
    const double start = startFromProcStat();
    return start < 0 ? -1 : monotonicMs(CLOCK_BOOTTIME) - start;
}

double FirstPaintProbe::cpuMillis()
{
    return monotonicMs(CLOCK_PROCESS_CPUTIME_ID);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    // The window's own paint event opens the frame; its children paint in
    // the same pass, so a queued call runs once the whole frame is painted.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    std::printf("first_paint_ms=%.2f\nexcluded_ms=%.2f\ncpu_ms=%.2f\nexcluded_cpu_ms=%.2f\n",
                millisSinceProcessStart(), m_excludedMs, cpuMillis(), m_excludedCpuMs);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace percorsi
