#pragma once

#include <QObject>

class QWidget;

namespace percorsi {

// Measures start-up for the benchmark: the milliseconds from the start of
// the process to the end of the first paint of a window. It prints
// "first_paint_ms=N" (and "excluded_ms=N" for time the caller set aside,
// such as signing in) on stdout, with the CPU time (user and system, every
// thread) of both, which a busy machine disturbs less; then it quits.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QWidget* window);

    // Time inside the measured span that is not start-up (e.g. the password hash).
    void exclude(double millis, double cpuMillis)
    {
        m_excludedMs += millis;
        m_excludedCpuMs += cpuMillis;
    }
    // CPU milliseconds of the whole process so far.
    static double cpuMillis();

    // Milliseconds since the process started: from PERCORSI_BENCH_T0 (the
    // CLOCK_MONOTONIC nanoseconds the parent took just before starting it)
    // when set, else from the start time in /proc/self/stat (10 ms steps).
    static double millisSinceProcessStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    bool m_painted = false;
    double m_excludedMs = 0;
    double m_excludedCpuMs = 0;
};

} // namespace percorsi
