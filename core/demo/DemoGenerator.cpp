#include "core/demo/DemoGenerator.h"

#include <QCoreApplication>

#include "core/demo/DemoWriter.h"
#include "core/security/SystemScope.h"
#include "core/storage/Database.h"
#include "core/storage/KeyStore.h"
#include "core/storage/DeferredUpkeep.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr int kMaxPeople = 1'000'000;

} // namespace

DemoGenerator::DemoGenerator(Database& db) : m_db(db) {}

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options& options)
{
    if (options.people < 0 || options.people > kMaxPeople)
        return Error::invalid(
            Tr::tr("The number of people must be between 0 and %L1.").arg(kMaxPeople));
    // Demo data, its desks and its accounts are the application's own work.
    SystemScope system(m_db);
    auto people = PersonStore(m_db).count(schema::def(Entity::Person));
    if (!people) return people.error();
    if (*people > 0)
        return Error::invalid(Tr::tr("The database %1 already holds people; demo data can only be "
                                     "added to a database without people.")
                                  .arg(m_db.path()));
    Transaction tx(m_db.connection());
    if (!tx.ok()) return tx.error();
    // Its notes are sealed like anyone's, under the key its accounts receive.
    if (Status st = KeyStore(m_db).ensure(); !st.ok()) return st.error();
    // Name search, duplicate keys and session tallies are built once at the end, as for an import.
    DeferredUpkeep upkeep(m_db.connection());
    if (Status st = upkeep.start(); !st.ok()) return st.error();
    auto summary = demo::Writer(m_db, options).run();
    if (!summary) return summary.error();
    if (Status st = upkeep.finish(); !st.ok()) return st.error();
    if (Status st = tx.commit(); !st.ok()) return st.error();
    if (options.progress) options.progress(100);
    return summary;
}

} // namespace percorsi