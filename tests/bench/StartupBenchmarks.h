#pragma once

#include <QString>

namespace percorsi::bench {

class BenchReport;

// Start to first paint: `percorsi --bench-first-paint` on the database against
// the bare window of percorsi-bench-window, each a few times in its own
// process on the offscreen platform (p50). The password hash of signing in is
// measured apart: in real use it runs after the password is typed.
void benchmarkStartup(const QString& dbPath, const QString& workDir, BenchReport& report,
                      const QString& label);

} // namespace percorsi::bench
