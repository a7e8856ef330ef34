#include "app/cli/EditStreamCommand.h"

#include "app/cli/CommandContext.h"
#include "core/storage/PersonStore.h"

namespace percorsi::cli {

namespace {

constexpr int kPeople = 16;

// Edit i sets the preferred name of person i % kPeople to "TAG-i".
Status applyEdit(PersonStore& people, const std::vector<Record>& targets, const QString& tag,
                 qint64 i)
{
    Record person = targets[size_t(i % qint64(targets.size()))];
    person.set("preferred_name", QStringLiteral("%1-%2").arg(tag).arg(i));
    auto saved = people.update(person);
    return saved ? Status() : Status(saved.error());
}

} // namespace

int runEditStream(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("count"), Cli::tr("How many edits."), opt("N")});
    c.parser().addOption({opt("tag"), Cli::tr("Prefix of the values written."), opt("TAG")});
    if (auto stop = c.parse(0, 0)) return *stop;
    qint64 count = 0;
    if (!c.integer(opt("count"), 1, 100'000'000, 1000, &count)) return Usage;
    auto db = c.openDatabase();
    if (!db) return c.exitCode();
    PersonStore people(*db);
    RecordStore::Query first;
    first.limit = kPeople;
    auto targets = people.list(schema::def(Entity::Person), first);
    if (!targets) return c.fail(targets.error());
    if (targets->empty()) return c.fail(Invalid, Cli::tr("there is nobody to edit"));
    const QString tag = c.value(opt("tag"));
    for (qint64 i = 0; i < count; ++i) {
        if (Status st = applyEdit(people, *targets, tag, i); !st.ok()) return c.fail(st.error());
        c.out() << "committed " << i << ' '
                << (*targets)[size_t(i % qint64(targets->size()))].uuid() << '\n';
        c.out().flush();
    }
    return Success;
}

} // namespace percorsi::cli
