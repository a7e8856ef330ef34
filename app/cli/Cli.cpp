#include "app/cli/Cli.h"

#include <functional>

#include <QTextStream>

#include "app/cli/CommandContext.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/EditStreamCommand.h"
#include "app/cli/PersonCommands.h"
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
    {"person", "person  show|set --db FILE ID [FIELD=VALUE...]     show or change one person",
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
    stream << "\nExit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),\n"
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
