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
        c.fail(IoError, Cli::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (text.isEmpty()) {
        c.fail(Invalid, Cli::tr("%1 holds no passphrase").arg(file.fileName()));
        return std::nullopt;
    }
    return text;
}

QString mergeCounts(const Merger::Stats& s)
{
    return Cli::tr("%1 new, %2 updated, %3 unchanged, %4 deleted, %5 skipped (deleted here), "
                   "%6 conflicts")
        .arg(s.inserted)
        .arg(s.updated)
        .arg(s.unchanged)
        .arg(s.deleted)
        .arg(s.skipped)
        .arg(s.conflicts);
}

} // namespace

int runExport(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("out"), Cli::tr("The bundle file to write."), opt("BUNDLE")});
    c.parser().addOption({opt("format"), Cli::tr("json (JSON Lines, the default) or csv."), opt("FORMAT")});
    c.parser().addOption({opt("peer"), Cli::tr("Only what changed since the last bundle sent to this "
                                           "desk (code or uuid)."),
                          opt("DESK")});
    c.parser().addOption({opt("passphrase-file"), Cli::tr("Encrypt with the passphrase in this file."),
                          opt("F")});
    if (auto stop = c.parse(0, 0))
        return *stop;
    const auto secret = passphrase(c);
    if (!secret)
        return Invalid;
    if (!c.isSet(opt("out")))
        return c.usage(Cli::tr("--out BUNDLE is required"));
    BundleExporter::Options options;
    if (c.isSet(opt("format")))
        options.format = c.value(opt("format"));
    if (options.format != QLatin1String("json") && options.format != QLatin1String("csv"))
        return c.usage(Cli::tr("--format takes json or csv, not '%1'").arg(options.format));
    options.peerDesk = c.value(opt("peer"));
    options.passphrase = *secret;
    auto db = c.openDatabase();
    if (!db)
        return c.exitCode();
    QSaveFile file(c.value(opt("out")));
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(IoError, Cli::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    auto summary = BundleExporter(*db).write(&file, options);
    if (!summary)
        return c.fail(summary.error());
    if (!file.commit())
        return c.fail(IoError, Cli::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    c.out() << Cli::tr("Wrote %1 records to %2 (bundle %3)")
                   .arg(summary->rows)
                   .arg(file.fileName(), summary->bundleUuid)
            << '\n';
    return Success;
}

int runImport(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addPositionalArgument(opt("BUNDLE"), Cli::tr("The bundle to merge."));
    c.parser().addOption({opt("dry-run"), Cli::tr("Report what would change, and change nothing.")});
    c.parser().addOption({opt("passphrase-file"), Cli::tr("The passphrase of an encrypted bundle."),
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
        return c.fail(IoError, Cli::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    BundleImporter::Options options;
    options.dryRun = c.isSet(opt("dry-run"));
    options.passphrase = *secret;
    auto report = BundleImporter(*db).read(&file, options);
    if (!report)
        return c.fail(report.error());
    const Merger::Stats& s = report->stats;
    c.out() << (options.dryRun ? Cli::tr("Would merge %1 rows from %2: %3")
                               : Cli::tr("Merged %1 rows from %2: %3"))
                   .arg(report->rows)
                   .arg(report->sourceDesk, mergeCounts(s))
            << '\n';
    return Success;
}

int runConflicts(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption({opt("all"), Cli::tr("Also the conflicts already resolved.")});
    c.parser().addOption({opt("keep"), Cli::tr("Resolve conflict ID by keeping the value that won."), opt("ID")});
    c.parser().addOption({opt("reverse"), Cli::tr("Resolve conflict ID by writing the lost value back."),
                          opt("ID")});
    if (auto stop = c.parse(0, 0))
        return *stop;
    qint64 keep = 0, reverse = 0;
    if (!c.integer(opt("keep"), 1, std::numeric_limits<qint64>::max(), 0, &keep)
        || !c.integer(opt("reverse"), 1, std::numeric_limits<qint64>::max(), 0, &reverse))
        return Usage;
    if (keep && reverse)
        return c.usage(Cli::tr("give --keep or --reverse, not both"));
    auto db = c.openDatabase();
    if (!db)
        return c.exitCode();
    if (keep || reverse) {
        ConflictResolver resolver(*db);
        Status st = keep ? resolver.keep(keep) : resolver.reverse(reverse);
        if (!st.ok())
            return c.fail(st.error());
        c.out() << Cli::tr("Resolved conflict %1").arg(keep ? keep : reverse) << '\n';
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
