#pragma once

#include <QString>

namespace percorsi::bench {

class BenchReport;

// The figures of the widgets, each group in a child process of percorsi-bench
// on the offscreen platform, so that its memory is the GUI's own:
// "table", the People page opened and scrolled to random positions (open to
// first paint, time a frame, resident memory before and after), and
// "gui-memory", the main window's peak memory after the People page, the
// scrolling and the dashboard.
void benchmarkGui(const QString& group, const QString& dbPath, const QString& workDir,
                  BenchReport& report, const QString& label);

// The child's side: `percorsi-bench --gui-child GROUP --db FILE --out JSON
// --label TEXT`; returns the exit code.
int runGuiChild(int argc, char* argv[]);

} // namespace percorsi::bench
