#include "app/cli/SyncCommands.h"

#include <QFile>
#include <QSaveFile>

#include "app/cli/CommandContext.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/ConflictResolver.h"

namespace percorsi::cli {

namespace {

// The passphrase from --passphrase-file (its first line); a usage error otherwise.
std::optional<QString> passphrase(CommandContext& c)
{
    if (!c.isSet(opt("passphrase-file")))
        return QString();
    QFile file(c.value(opt("passphrase-file")));
    if (!file.open(QIODevice::ReadOnly)) {
        c.fail(IoError, opt("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (text.isEmpty()) {
        c.fail(Invalid, opt("%1 holds no passphrase").arg(file.fileName()));
        return std::nullopt;
    }
    return text;
}

} // namespace

int runExport(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("out"), opt("The bundle file to write."), opt("BUNDLE")});
    c.parser().addOption({opt("format"), opt("json (JSON Lines, the default) or csv."), opt("FORMAT")});
    c.parser().addOption({opt("peer"), opt("Only what changed since the last bundle sent to this "
                                           "desk (code or uuid)."),
                          opt("DESK")});
    c.parser().addOption({opt("passphrase-file"), opt("Encrypt with the passphrase in this file."),
                          opt("F")});
    if (auto stop = c.parse(0, 0))
        return *stop;
    const auto secret = passphrase(c);
    if (!secret)
        return Invalid;
    if (!c.isSet(opt("out")))
        return c.usage(opt("--out BUNDLE is required"));
    BundleExporter::Options options;
    if (c.isSet(opt("format")))
        options.format = c.value(opt("format"));
    if (options.format != QLatin1String("json") && options.format != QLatin1String("csv"))
        return c.usage(opt("--format takes json or csv, not '%1'").arg(options.format));
    options.peerDesk = c.value(opt("peer"));
    options.passphrase = *secret;
    auto db = c.openDatabase();
    if (!db)
        return c.exitCode();
    QSaveFile file(c.value(opt("out")));
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(IoError, opt("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    auto summary = BundleExporter(*db).write(&file, options);
    if (!summary)
        return c.fail(summary.error());
    if (!file.commit())
        return c.fail(IoError, opt("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    c.out() << "Wrote " << summary->rows << " records to " << file.fileName() << " (bundle "
            << summary->bundleUuid << ")\n";
    return Success;
}

int runImport(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addPositionalArgument(opt("BUNDLE"), opt("The bundle to merge."));
    c.parser().addOption({opt("dry-run"), opt("Report what would change, and change nothing.")});
    c.parser().addOption({opt("passphrase-file"), opt("The passphrase of an encrypted bundle."),
                          opt("F")});
    if (auto stop = c.parse(1, 1))
        return *stop;
    const auto secret = passphrase(c);
    if (!secret)
        return Invalid;
    auto db = c.openDatabase();
    if (!db)
        return c.exitCode();
    QFile file(c.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(IoError, opt("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    BundleImporter::Options options;
    options.dryRun = c.isSet(opt("dry-run"));
    options.passphrase = *secret;
    auto report = BundleImporter(*db).read(&file, options);
    if (!report)
        return c.fail(report.error());
    const Merger::Stats& s = report->stats;
    c.out() << (options.dryRun ? "Would merge " : "Merged ") << report->rows << " rows from "
            << report->sourceDesk << ": " << s.inserted << " new, " << s.updated << " updated, "
            << s.unchanged << " unchanged, " << s.deleted << " deleted, " << s.skipped
            << " skipped (deleted here), " << s.conflicts << " conflicts\n";
    return Success;
}

int runConflicts(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("all"), opt("Also the conflicts already resolved.")});
    c.parser().addOption({opt("keep"), opt("Resolve conflict ID by keeping the value that won."), opt("ID")});
    c.parser().addOption({opt("reverse"), opt("Resolve conflict ID by writing the lost value back."),
                          opt("ID")});
    if (auto stop = c.parse(0, 0))
        return *stop;
    qint64 keep = 0, reverse = 0;
    if (!c.integer(opt("keep"), 1, std::numeric_limits<qint64>::max(), 0, &keep)
        || !c.integer(opt("reverse"), 1, std::numeric_limits<qint64>::max(), 0, &reverse))
        return Usage;
    if (keep && reverse)
        return c.usage(opt("give --keep or --reverse, not both"));
    auto db = c.openDatabase();
    if (!db)
        return c.exitCode();
    if (keep || reverse) {
        ConflictResolver resolver(*db);
        Status st = keep ? resolver.keep(keep) : resolver.reverse(reverse);
        if (!st.ok())
            return c.fail(st.error());
        c.out() << "Resolved conflict " << (keep ? keep : reverse) << '\n';
        return Success;
    }
    SyncStore sync(*db);
    Status st = sync.forEachConflict([&](const SyncStore::Conflict& k) {
        c.out() << k.id << '\t' << k.entity << '\t' << k.recordUuid << '\t' << k.field << "\tkept \""
                << k.keptValue << "\" (" << k.keptDesk << ")\tlost \"" << k.lostValue << "\" ("
                << k.lostDesk << ')' << (k.resolvedAt.isEmpty() ? QString() : opt("\tresolved: ") + k.resolution)
                << '\n';
        return true;
    }, !c.isSet(opt("all")));
    return st.ok() ? int(Success) : c.fail(st.error());
}

} // namespace percorsi::cli
