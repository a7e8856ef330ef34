#pragma once

#include <functional>

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
// Over many people the work is split in two by person and path ids: one half
// on the calling thread, the other on a second thread with a second read-only
// connection to the same file (Database::secondConnection), and the halves'
// figures are added up. On two cores that nearly halves the time.
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
    struct PartResult;
    enum class Role { Whole, First, Second };

    Status resolvePeriod(Indicators& out);
    static void computePart(Connection& connection, ReportScope& scope,
                            const IndicatorQueries::Part& part, Role role, const QDate& today,
                            const std::function<void()>& peopleDone, PartResult& result);
    void measureTargets(Indicators& out) const;

    Database& m_db;
    Split m_split;
};

} // namespace percorsi
