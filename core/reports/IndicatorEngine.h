#pragma once

#include "core/reports/Indicators.h"
#include "core/reports/ReportFilter.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;
class IndicatorQueries;

// Computes every indicator of the dashboard and the progress summary for a
// filter: a handful of aggregate statements and one pass over the people in
// scope (see IndicatorQueries for who is in scope). Needs only reading: it
// may run on a worker thread with its own read-only connection.
class IndicatorEngine
{
public:
    explicit IndicatorEngine(Database& db);

    Result<Indicators> compute(const ReportFilter& filter);

    // Age in whole years on `on` from a birth date, or from a birth year alone; -1 unknown.
    static int ageOn(const QString& on, const QString& birthDate, int birthYear);
    // "under_18", "18_29", "30_54", "55_plus" or "unknown".
    static QString ageBand(int age);
    // "national" (holds the desk country's citizenship), "eu", "third_country" or "unknown".
    static QString citizenshipGroup(const QString& citizenships, const QString& hostCountry);

private:
    Status resolvePeriod(Indicators& out);
    Status computeActivities(IndicatorQueries& queries, Indicators& out);
    Status computePeople(IndicatorQueries& queries, Indicators& out);
    void measureTargets(Indicators& out) const;

    Database& m_db;
};

} // namespace percorsi
