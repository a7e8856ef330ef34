#pragma once

#include <functional>
#include <map>

#include <QDate>
#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// Generates a realistic, deterministic data set for a programme like
// Women4Integration across four desks (Milano San Siro, Barcelona Raval,
// Amsterdam Zuidoost, Malmö Rosengård). The same seed gives the same content
// (the same digest); another seed gives other content.
class DemoGenerator
{
public:
    struct Options
    {
        int people = 2000;
        quint64 seed = 1;
        // Called now and then with 0..100; returning false cancels (nothing is written).
        std::function<bool(int percent)> progress;
    };

    // Rows created, per entity name.
    using Summary = std::map<QString, qint64>;

    // The demo's "today", so that the content does not depend on the day it is
    // generated. Everything that has happened (intakes, sessions held,
    // attendance, interventions, exits, follow-ups) is on or before it; planned
    // dates may be later: project and path end dates, scheduled sessions,
    // permit and consent expiries, plan-goal target dates.
    static QDate anchorDate() { return QDate(2026, 10, 31); }
    // The password of the demo accounts (admin, coordinator, operator, trainer).
    static QString demoPassword() { return QStringLiteral("percorsi-demo"); }

    explicit DemoGenerator(Database& db);
    // Fills a database that holds no people yet. Without a local desk, the
    // Milano San Siro desk becomes the local one; with one, it is the home desk.
    Result<Summary> generate(const Options& options);

private:
    Database& m_db;
};

} // namespace percorsi
