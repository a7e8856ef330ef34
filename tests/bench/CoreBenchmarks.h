#pragma once

#include <QString>

namespace percorsi {
class Database;
}

namespace percorsi::bench {

class BenchReport;

// Search as you type: every prefix of real names, p50/p95/p99 per keystroke.
void benchmarkSearch(Database& db, BenchReport& report, const QString& label);
// Saving the register of a 500-person session: first recording, then a change of every row.
void benchmarkAttendance(Database& db, BenchReport& report, const QString& label);

// The dashboard's indicators for the first project and for every person, p50 of a few runs.
void benchmarkDashboard(Database& db, BenchReport& report, const QString& label);

} // namespace percorsi::bench
