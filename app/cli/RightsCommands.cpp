#include "app/cli/RightsCommands.h"

#include <QFileInfo>

#include "app/cli/CommandContext.h"
#include "core/exchange/PersonExport.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Backup.h"
#include "core/storage/Erasure.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProtectionSettings.h"
#include "core/util/SystemUser.h"

namespace percorsi::cli {

int exportPerson(CommandContext& c, Database& db, const Record& person)
{
    const QString out = c.value(opt("out"));
    if (out.isEmpty()) return c.usage(Cli::tr("--out FILE is required"));
    if (Status st = PersonExport(db).exportTo(person.id(), out, systemUserName()); !st.ok())
        return c.fail(st.error());
    c.out() << Cli::tr("Exported the data of %1 to %2").arg(person.text("case_number"), out)
            << '\n';
    return Success;
}

int runErase(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addPositionalArgument(opt("ID"), Cli::tr("The person's uuid or case number."));
    if (auto stop = c.parse(1, 1)) return *stop;
    auto db = c.openDatabase();
    if (!db) return c.exitCode();
    auto person = PersonStore(*db).resolve(c.positional().at(0));
    if (!person) return c.fail(person.error());
    if (Status st = Erasure(*db).erasePerson(person->id(), systemUserName()); !st.ok())
        return c.fail(st.error());
    c.out() << Cli::tr("Erased %1: her records are gone and only a tombstone remains to tell "
                       "other desks.")
                   .arg(person->text("case_number"))
            << '\n';
    return Success;
}

int runRetention(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption(
        {opt("months"), Cli::tr("Set the retention period in months after exit."), opt("N")});
    if (auto stop = c.parse(0, 0)) return *stop;
    qint64 months = 0;
    if (!c.integer(opt("months"), 1, 600, 0, &months)) return Usage;
    auto db = c.openDatabase();
    if (!db) return c.exitCode();
    ProtectionSettings settings(*db);
    if (months > 0) {
        if (Status st = settings.setRetentionMonths(int(months)); !st.ok())
            return c.fail(st.error());
    }
    auto due = settings.dueForErasure();
    if (!due) return c.fail(due.error());
    c.out() << Cli::tr("Retention: %1 months after exit; %n closed case(s) past it", nullptr,
                       int(due->size()))
                   .arg(settings.retentionMonths())
            << '\n';
    for (const auto& d : *due)
        c.out() << d.caseNumber << '\t' << d.exitDate.toString(Qt::ISODate) << '\t' << d.name
                << '\n';
    return Success;
}

int runBackup(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("out"), Cli::tr("The backup file to write."), opt("FILE")});
    if (auto stop = c.parse(0, 0)) return *stop;
    if (!c.isSet(opt("out"))) return c.usage(Cli::tr("--out FILE is required"));
    auto db = c.openDatabase();
    if (!db) return c.exitCode();
    const QString out = c.value(opt("out"));
    if (Status st = Backup::create(db->path(), out); !st.ok()) return c.fail(st.error());
    AuditLog(*db).append(systemUserName(), opt("backup"), {}, {}, QFileInfo(out).fileName());
    c.out() << Cli::tr("Backed up %1 to %2 (checked)").arg(db->path(), out) << '\n';
    return Success;
}

int runRestore(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("from"), Cli::tr("The backup file to restore."), opt("FILE")});
    if (auto stop = c.parse(0, 0)) return *stop;
    if (!c.isSet(opt("from"))) return c.usage(Cli::tr("--from FILE is required"));
    const QString from = c.value(opt("from"));
    // Check first: a damaged backup must not even create the target.
    if (Status st = Backup::check(from); !st.ok()) return c.fail(st.error());
    auto db = c.openDatabase(true);
    if (!db) return c.exitCode();
    if (Status st = Backup::restore(*db, from, systemUserName()); !st.ok())
        return c.fail(st.error());
    c.out() << Cli::tr("Restored %1 from %2").arg(db->path(), from) << '\n';
    return Success;
}

} // namespace percorsi::cli
