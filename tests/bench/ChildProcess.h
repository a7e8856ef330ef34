#pragma once

#include <QString>
#include <QStringList>

namespace percorsi::bench {

// One run of another program, measured from outside: wall time and its peak
// resident memory, which QProcess cannot give.
struct ChildRun
{
    double seconds = 0;
    double peakMb = 0;
    double cpuSeconds = 0; // user and system, of every thread
    int exitCode = -1;
    bool ok() const { return exitCode == 0; }
};

// Runs `program` with `args`, stdout to `outFile` (or discarded) and stderr to
// the bench's own stderr.
ChildRun runChild(const QString& program, const QStringList& args, const QString& outFile = {},
                  const QString& inFile = {});

} // namespace percorsi::bench
