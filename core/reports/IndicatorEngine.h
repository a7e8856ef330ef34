#pragma once

#include <array>
#include <functional>
#include <vector>

#include "core/reports/Indicators.h"
#include "core/reports/ReportFilter.h"
#include "core/storage/IndicatorQueries.h"
#include "core/util/Result.h"

namespace percorsi {

class Connection;
class Database;
class ReportScope;

// Computes every indicator of the dashboard and the progress summary for a
// filter: a handful of aggregate statements and one pass over the people in
// scope (see IndicatorQueries for who is in scope). Needs only reading: it
// may run on a worker thread with its own read-only connection.
//
// The work is a list of tasks, each over a range of person or path ids: first
// the people, then the figures counted over them. Over many people two
// threads take the tasks one after the other, each with its own read-only
// connection to the same file (Database::secondConnection): the calling
// thread and a second one. On two cores that nearly halves the time, and a
// core slowed by other work leaves more of the tasks to the other. The
// tasks' figures are added up.
class IndicatorEngine
{
public:
    enum class Split {
        Auto,   // in two from kSplitFrom people on, when the file allows a second connection
        Never,  // all on the calling thread
        Always, // in two whenever a second connection can be opened (tests)
    };
    static constexpr qint64 kSplitFrom = 20'000;

    explicit IndicatorEngine(Database& db, Split split = Split::Auto);

    Result<Indicators> compute(const ReportFilter& filter);

    // Age in whole years on `on` from a birth date, or from a birth year alone; -1 unknown.
    static int ageOn(const QString& on, const QString& birthDate, int birthYear);
    // "under_18", "18_29", "30_54", "55_plus" or "unknown".
    static QString ageBand(int age);
    // "national" (holds the desk country's citizenship), "eu", "third_country" or "unknown".
    static QString citizenshipGroup(const QString& citizenships, const QString& hostCountry);

private:
    struct Worker;
    using Task = std::function<Status(Worker&)>;
    // Days reached in a project, the people, the figures counted over them.
    using Phases = std::array<std::vector<Task>, 3>;
    // The ranges of person or path ids the longer steps are split into.
    static constexpr int kRanges = 4;

    static Phases plan(const IndicatorQueries::Scope& s, const ReportFilter& filter,
                       qint64 lastPerson, qint64 lastPath);
    static void run(Phases& phases, Worker& first, Worker* second);
    Status resolvePeriod(Indicators& out);
    void measureTargets(Indicators& out) const;

    Database& m_db;
    Split m_split;
};

} // namespace percorsi
