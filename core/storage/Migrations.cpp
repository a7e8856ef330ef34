#include "core/storage/Migrations.h"

#include <QCoreApplication>
#include <QFile>

#include "core/storage/Connection.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

const Migrations::Step kSteps[] = {
    {1, "every entity of the domain", ":/percorsi/migrations/0001_initial.sql"},
    {2, "name search index", ":/percorsi/migrations/0002_name_search.sql"},
    {3, "word-prefix search for short queries", ":/percorsi/migrations/0003_name_prefix_search.sql"},
    {4, "duplicate-detection keys, People page indexes", ":/percorsi/migrations/0004_duplicate_keys.sql"},
    {6, "sync: change sequence, conflicts, peers, bundle log", ":/percorsi/migrations/0006_sync.sql"},
    {7, "follow-ups, ventures, event participants", ":/percorsi/migrations/0007_outcomes.sql"},
    {8, "sign-in lockout, wrapped data keys", ":/percorsi/migrations/0008_accounts.sql"},
    {10, "report tallies and indexes", ":/percorsi/migrations/0010_report_tallies.sql"},
    {12, "user names unique among local accounts", ":/percorsi/migrations/0012_local_accounts.sql"},
    {13, "covering indexes for the dashboard", ":/percorsi/migrations/0013_report_indexes.sql"},
    {14, "search indexes and tallies of an import built at its end", ":/percorsi/migrations/0014_deferred_upkeep.sql"},
    {15, "indexes that wider ones make redundant dropped", ":/percorsi/migrations/0015_redundant_indexes.sql"},
    {16, "notes still to be sealed found without a scan", ":/percorsi/migrations/0016_plain_notes.sql"},
    {17, "assessment spans kept as one blob of sums", ":/percorsi/migrations/0017_span_sums.sql"},
    {18, "the facts the dashboard counts of each person packed, tallies of each path", ":/percorsi/migrations/0018_report_facts.sql"},
};

Status applyStep(Connection& connection, const Migrations::Step& step)
{
    QFile file(QString::fromLatin1(step.resource));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Schema revision %1 is missing from this build.").arg(step.version));
    const QByteArray sql = file.readAll();
    Transaction tx(connection);
    if (!tx.ok())
        return tx.error();
    if (Status st = connection.exec(sql.toStdString()); !st.ok())
        return Error::io(Tr::tr("Upgrading the database to schema %1 (%2) failed: %3")
                             .arg(step.version)
                             .arg(QLatin1StringView(step.description), st.error().message()));
    const std::string bump = "PRAGMA user_version = " + std::to_string(step.version);
    if (Status st = connection.exec(bump); !st.ok())
        return st;
    return tx.commit();
}

} // namespace

int Migrations::latestVersion()
{
    return std::end(kSteps)[-1].version;
}

const Migrations::Step* Migrations::steps(int* count)
{
    *count = int(std::size(kSteps));
    return kSteps;
}

Status Migrations::upgrade(Connection& connection, int target)
{
    if (target <= 0)
        target = latestVersion();
    auto current = connection.scalar("PRAGMA user_version");
    if (!current)
        return current.error();
    for (const Step& step : kSteps) {
        if (step.version <= *current || step.version > target)
            continue;
        if (Status st = applyStep(connection, step); !st.ok())
            return st;
    }
    return {};
}

} // namespace percorsi
