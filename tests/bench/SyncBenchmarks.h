#pragma once

#include <QString>

namespace percorsi::bench {

class BenchReport;

// Bundles through percorsi-cli, each in its own process so that its peak
// memory is its own: export as JSON and as CSV (MB of table data a second),
// and import of the JSON bundle into a new database against the sqlite3
// shell's .import of the same rows as CSV into the same tables and indexes.
// `peer` is the code of a desk other than the database's own.
void benchmarkBundles(const QString& dbPath, const QString& workDir, const QString& peer,
                      BenchReport& report, const QString& label);

} // namespace percorsi::bench
