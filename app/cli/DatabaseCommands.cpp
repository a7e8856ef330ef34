#include "app/cli/DatabaseCommands.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include "app/cli/CommandContext.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Schema.h"
#include "core/search/PersonSearch.h"
#include "core/security/Authenticator.h"
#include "core/security/SystemScope.h"
#include "core/storage/Checker.h"
#include "core/storage/DeskStore.h"
#include "core/storage/Transaction.h"
#include "core/sync/Digest.h"

namespace percorsi::cli {

int runInit(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("desk-name"), Cli::tr("The desk's name."), opt("NAME")});
    c.parser().addOption({opt("city"), Cli::tr("The desk's city."), opt("CITY")});
    c.parser().addOption({opt("code"), Cli::tr("Case-number prefix, such as MI-SS (derived from city "
                                           "and name if omitted)."),
                          opt("CODE")});
    c.parser().addOption({opt("neighbourhood"), Cli::tr("The desk's neighbourhood."), opt("NAME")});
    c.parser().addOption({opt("country"), Cli::tr("ISO country code, such as IT."), opt("CODE")});
    c.parser().addOption({opt("full-name"), Cli::tr("The administrator's full name (default: the "
                                                "user name)."),
                          opt("NAME")});
    if (auto stop = c.parse(0, 0))
        return *stop;
    if (!c.isSet(opt("desk-name")))
        return c.usage(Cli::tr("--desk-name NAME is required"));
    QString username, password;
    if (!c.credentials(&username, &password))
        return c.exitCode();
    auto db = c.openDatabase(true);
    if (!db)
        return c.exitCode();
    // The desk and its first administrator are made together, or neither is.
    Transaction tx(db->connection());
    Result<Record> desk = Error::io(tx.ok() ? QString() : tx.error().message());
    if (tx.ok()) {
        SystemScope system(*db);
        desk = DeskStore(*db).createLocal(c.value(opt("desk-name")), c.value(opt("city")),
                                          c.value(opt("code")), c.value(opt("neighbourhood")),
                                          c.value(opt("country")));
    }
    if (!desk)
        return c.fail(desk.error());
    const QString fullName = c.isSet(opt("full-name")) ? c.value(opt("full-name")) : username;
    auto admin = Authenticator(*db).createFirstAdministrator(username, fullName, password);
    if (!admin)
        return c.fail(admin.error());
    if (Status st = tx.commit(); !st.ok())
        return c.fail(st.error());
    c.out() << Cli::tr("Created desk %1 (%2) in %3 with the administrator %4")
                   .arg(desk->text("name"), desk->text("code"), db->path(), admin->username)
            << '\n';
    return Success;
}

int runDemo(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("people"), Cli::tr("How many people (default 2000)."), opt("N")});
    c.parser().addOption({opt("seed"), Cli::tr("Random seed (default 1)."), opt("S")});
    if (auto stop = c.parse(0, 0))
        return *stop;
    qint64 people = 0, seed = 0;
    if (!c.integer(opt("people"), 1, 2'000'000, 2000, &people)
        || !c.integer(opt("seed"), 0, std::numeric_limits<qint64>::max(), 1, &seed))
        return Usage;
    auto db = c.openDatabase(true);
    if (!db)
        return c.exitCode();
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(*db);
    DemoGenerator::Options options;
    options.people = int(people);
    options.seed = quint64(seed);
    auto summary = generator.generate(options);
    if (!summary)
        return c.fail(summary.error());
    qint64 rows = 0;
    for (const auto& [entity, n] : *summary)
        rows += n;
    c.out() << Cli::tr("Generated %1 people and %2 records in %3 s")
                   .arg(summary->at(opt("person")))
                   .arg(rows)
                   .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
            << '\n';
    return Success;
}

int runStats(CommandContext& c)
{
    auto db = c.parseAndOpen();
    if (!db)
        return c.exitCode();
    RecordStore store(*db);
    for (const EntityDef* def : schema::entities()) {
        auto n = store.count(*def);
        if (!n)
            return c.fail(n.error());
        c.out() << def->name << ": " << *n << '\n';
    }
    return Success;
}

int runSearch(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addPositionalArgument(opt("TEXT"), Cli::tr("Name, part of a name, or case number."));
    c.parser().addOption({opt("limit"), Cli::tr("At most this many people (default 50)."), opt("N")});
    if (auto stop = c.parse(1, -1))
        return *stop;
    qint64 limit = 0;
    if (!c.integer(opt("limit"), 1, 100000, 50, &limit))
        return Usage;
    auto db = c.openDatabase();
    if (!db)
        return c.exitCode();
    PersonSearch search(*db);
    auto hits = search.find(c.positional().join(QLatin1Char(' ')), int(limit));
    if (!hits)
        return c.fail(hits.error());
    for (const PersonSearch::Hit& h : *hits)
        c.out() << h.uuid << '\t' << h.caseNumber << '\t' << h.familyName << ", " << h.givenName
                << '\t' << h.birth << '\t' << h.status << '\n';
    return Success;
}

int runCheck(CommandContext& c)
{
    auto db = c.parseAndOpen();
    if (!db)
        return c.exitCode();
    auto report = Checker(*db).run();
    if (!report)
        return c.fail(report.error());
    for (const QString& p : report->damage)
        c.fail(IoError, p);
    for (const QString& p : report->invariants)
        c.fail(Invalid, p);
    if (!report->damage.isEmpty())
        return c.fail(IoError, Cli::tr("the database %1 is damaged; restore it from a backup")
                                   .arg(db->path()));
    if (!report->invariants.isEmpty())
        return c.fail(Invalid, Cli::tr("%n invariant(s) do not hold", nullptr, int(report->invariants.size())));
    c.out() << "ok\n";
    return Success;
}

int runDigest(CommandContext& c)
{
    auto db = c.parseAndOpen();
    if (!db)
        return c.exitCode();
    auto digest = Digest::compute(*db);
    if (!digest)
        return c.fail(digest.error());
    c.out() << *digest << '\n';
    return Success;
}

} // namespace percorsi::cli
