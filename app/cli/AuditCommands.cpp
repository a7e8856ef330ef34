#include "app/cli/AuditCommands.h"

#include "app/cli/CommandContext.h"
#include "core/storage/AuditLog.h"

namespace percorsi::cli {

namespace {

bool dateOption(CommandContext& c, const char* name, QDate* out)
{
    if (!c.isSet(opt(name))) return true;
    *out = QDate::fromString(c.value(opt(name)), Qt::ISODate);
    if (out->isValid()) return true;
    c.usage(
        Cli::tr("--%1 takes a date such as 2026-06-15, not '%2'").arg(opt(name), c.value(opt(name))));
    return false;
}

int verify(CommandContext& c, AuditLog& log)
{
    if (Status st = log.verify(); !st.ok()) return c.fail(Invalid, st.error().message());
    c.out() << "ok\n";
    return Success;
}

} // namespace

int runAudit(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("verify"), Cli::tr("Check that no entry was altered or removed.")});
    c.parser().addOption({opt("who"), Cli::tr("Only the entries of this user name."), opt("NAME")});
    c.parser().addOption(
        {opt("action"), Cli::tr("Only this action (login, view, update …)."), opt("ACTION")});
    c.parser().addOption({opt("from"), Cli::tr("From this day (YYYY-MM-DD, UTC)."), opt("DATE")});
    c.parser().addOption({opt("to"), Cli::tr("Up to this day (YYYY-MM-DD, UTC)."), opt("DATE")});
    if (auto stop = c.parse(0, 0)) return *stop;
    AuditLog::Filter filter;
    if (!dateOption(c, "from", &filter.from) || !dateOption(c, "to", &filter.to)) return Usage;
    auto db = c.openDatabase();
    if (!db) return c.exitCode();
    AuditLog log(*db);
    filter.username = c.value(opt("who"));
    filter.action = c.value(opt("action"));
    // Reading the log is the administrator's: the check comes first.
    auto entries = log.entries(filter);
    if (!entries) return c.fail(entries.error());
    if (c.isSet(opt("verify"))) return verify(c, log);
    for (const AuditLog::Entry& e : *entries)
        c.out() << e.id << '\t' << e.at << '\t' << e.username << '\t' << e.action << '\t'
                << e.entity << '\t' << e.recordUuid << '\t' << e.detail << '\n';
    return Success;
}

} // namespace percorsi::cli
