#include "app/cli/Cli.h"

#include <functional>

#include <QTextStream>

#include "app/cli/AuditCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/EditStreamCommand.h"
#include "app/cli/LanguageOption.h"
#include "app/cli/PersonCommands.h"
#include "app/cli/ReportCommands.h"
#include "app/cli/RightsCommands.h"
#include "app/cli/SyncCommands.h"
#include "core/i18n/Translator.h"

namespace percorsi::cli {

namespace {

// The synopses are translated as a whole; the translations keep the command
// syntax (names, options, FILE, N …) as it is and translate the description.
struct Command
{
    const char* name;
    const char* synopsis;
    std::function<int(CommandContext&)> run;
};

const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "init    --db FILE --desk-name NAME [--city CITY]   create a database and its desk"),
     runInit},
    {"demo", QT_TRANSLATE_NOOP("Cli", "demo    --db FILE [--people N] [--seed S]          fill a new database with demo data"),
     runDemo},
    {"stats", QT_TRANSLATE_NOOP("Cli", "stats   --db FILE                                  count the records of each entity"),
     runStats},
    {"search", QT_TRANSLATE_NOOP("Cli", "search  --db FILE TEXT                             find people by name or case number"),
     runSearch},
    {"person", QT_TRANSLATE_NOOP("Cli", "person  show|set|export --db FILE ID [FIELD=VALUE...] [--out FILE]   show, change "
               "or export one person"),
     runPerson},
    {"check", QT_TRANSLATE_NOOP("Cli", "check   --db FILE                                  check integrity and invariants"),
     runCheck},
    {"digest", QT_TRANSLATE_NOOP("Cli", "digest  --db FILE                                  hash of all user-visible content"),
     runDigest},
    {"export", QT_TRANSLATE_NOOP("Cli", "export  --db FILE --out BUNDLE [--format json|csv] [--peer DESK] [--passphrase-file F]"),
     runExport},
    {"import", QT_TRANSLATE_NOOP("Cli", "import  --db FILE BUNDLE [--passphrase-file F] [--dry-run]   merge a bundle"),
     runImport},
    {"conflicts", QT_TRANSLATE_NOOP("Cli", "conflicts --db FILE [--all] [--keep ID|--reverse ID]   list or resolve conflicts"),
     runConflicts},
    {"report", QT_TRANSLATE_NOOP("Cli", "report  --db FILE [--project NAME] [--from DATE] [--to DATE] [--desk NAME]\n"
               "          --format json|csv|xlsx|pdf --out FILE   progress summary for funders"),
     runReport},
    {"erase", QT_TRANSLATE_NOOP("Cli", "erase   --db FILE ID                               erase a person and all her records"),
     runErase},
    {"retention", QT_TRANSLATE_NOOP("Cli", "retention --db FILE [--months N]             closed cases past the retention period"),
     runRetention},
    {"backup", QT_TRANSLATE_NOOP("Cli", "backup  --db FILE --out FILE                       back up the database and check the copy"),
     runBackup},
    {"restore", QT_TRANSLATE_NOOP("Cli", "restore --db FILE --from FILE                     restore the database from a checked backup"),
     runRestore},
    {"audit", QT_TRANSLATE_NOOP("Cli", "audit   --db FILE [--verify] [--who NAME] [--action A] [--from DATE] [--to DATE]"),
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
    stream << Cli::tr("Usage: percorsi-cli [--lang CODE] COMMAND [OPTIONS]") << "\n\n"
           << Cli::tr("Commands:") << '\n';
    for (const Command& c : kCommands)
        stream << "  " << Cli::tr(c.synopsis) << '\n';
    stream << '\n'
           << Cli::tr("Commands that open a database sign in with --user NAME and --password-file FILE,\n"
                      "or PERCORSI_USER and PERCORSI_PASSWORD; init creates that user as administrator.")
           << '\n';
    stream << '\n'
           << Cli::tr("--lang CODE chooses the language of the messages (%1); without it, the\n"
                      "system's language (LC_ALL, LC_MESSAGES, LANG) when Percorsi speaks it, else English.\n"
                      "Listings, JSON, option and command names stay as they are in every language.")
                  .arg(Translator::codes().join(QLatin1String(", ")))
           << '\n';
    stream << '\n'
           << Cli::tr("Exit codes: 0 success, 1 usage error, 2 invalid input or data (nothing written),\n"
                      "a wrong password or a locked account, or a role that does not allow it,\n"
                      "3 I/O or database error (a missing, damaged or newer-version file).")
           << '\n';
    stream.flush();
    return code;
}

} // namespace

int run(const QStringList& processArguments)
{
    QStringList arguments = processArguments;
    if (const auto stop = LanguageOption::apply(&arguments))
        return *stop;
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
    err << "percorsi-cli: " << Cli::tr("unknown command '%1'").arg(command) << '\n';
    return printUsage(err, Usage);
}

} // namespace percorsi::cli
