#include "app/cli/Cli.h"

#include <functional>

#include <QTextStream>

#include "app/cli/AuditCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/EditStreamCommand.h"
#include "app/cli/PersonCommands.h"
#include "app/cli/ReportCommands.h"
#include "app/cli/RightsCommands.h"
#include "app/cli/SyncCommands.h"

namespace percorsi::cli {

namespace {

struct Command
{
    const char* name;
    const char* synopsis;
    std::function<int(CommandContext&)> run;
};

const Command kCommands[] = {
    {"init", "init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk",
     runInit},
    {"demo", "demo    --db FILE [--people N] [--seed S]          fill a new database with demo data",
     runDemo},
    {"stats", "stats   --db FILE                                  count the records of each entity",
     runStats},
    {"search", "search  --db FILE TEXT                             find people by name or case number",
     runSearch},
    {"person", "person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change "
               "or export one person",
     runPerson},
    {"check", "check   --db FILE                                  check integrity and invariants",
     runCheck},
    {"digest", "digest  --db FILE                                  hash of all user-visible content",
     runDigest},
    {"export", "export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]",
     runExport},
    {"import", "import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle",
     runImport},
    {"conflicts", "conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts",
     runConflicts},
    {"report", "report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]\n"
               "          --format json|csv|xlsx|pdf --out FILE   progress summary for funders",
     runReport},
    {"erase", "erase   --db FILE ID                               erase a person and all her records",
     runErase},
    {"retention", "retention --db FILE [--months N]             closed cases past the retention period",
     runRetention},
    {"backup", "backup  --db FILE --out FILE                       back up the database and check the copy",
     runBackup},
    {"restore", "restore --db FILE --from FILE                     restore the database from a checked backup",
     runRestore},
    {"audit", "audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]",
     runAudit},
};

// Commands for the test drivers, left out of the usage.
const Command kHiddenCommands[] = {
    {"edit-stream", "", runEditStream},
};

const Command* findCommand(const QString& name)
{
    for (const Command& c : kCommands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    for (const Command& c : kHiddenCommands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

int printUsage(QTextStream& stream, int code)
{
    stream << "Usage: percorsi-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const Command& c : kCommands)
        stream << "  " << c.synopsis << '\n';
    stream << "\nCommands that open a database sign in with --user NAME and --password-file FILE,\n"
              "or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.\n";
    stream << "\nExit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),\n"
              "a wrong password or a locked account, or a role that does not allow it,\n"
              "3 I/O or database error (a missing, damaged or newer-version file).\n";
    stream.flush();
    return code;
}

} // namespace

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command.isEmpty())
        return printUsage(err, Usage);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help"))
        return printUsage(out, Success);
    if (command == QLatin1String("--version")) {
        out << "percorsi-cli " << PERCORSI_VERSION << '\n';
        return Success;
    }
    if (const Command* c = findCommand(command)) {
        QStringList rest = arguments.mid(1);
        rest[0] = arguments.value(0);
        CommandContext context(command, rest);
        return c->run(context);
    }
    err << "percorsi-cli: unknown command '" << command << "'\n";
    return printUsage(err, Usage);
}

} // namespace percorsi::cli
