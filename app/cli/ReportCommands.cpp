#include "app/cli/ReportCommands.h"

#include <QElapsedTimer>
#include <QSaveFile>

#include "app/cli/CommandContext.h"
#include "core/reports/IndicatorEngine.h"
#include "core/reports/ReportExport.h"
#include "core/storage/IndicatorQueries.h"
#include "print/ReportPainter.h"

namespace percorsi::cli {

namespace {

const QStringList kFormats = {opt("json"), opt("csv"), opt("xlsx"), opt("pdf")};

bool date(CommandContext& c, const char* option, QDate* out)
{
    if (!c.isSet(opt(option))) return true;
    *out = QDate::fromString(c.value(opt(option)), Qt::ISODate);
    if (out->isValid()) return true;
    c.usage(Cli::tr("--%1 must be a date like 2026-06-30, not \"%2\"")
                .arg(opt(option), c.value(opt(option))));
    return false;
}

// The filter from --project, --desk, --from and --to; null after reporting a problem.
std::optional<ReportFilter> filterOf(CommandContext& c, Database& db, int* exit)
{
    ReportFilter filter;
    filter.funder = true; // every file this command writes is meant to leave the organisation
    *exit = Usage;
    if (!date(c, "from", &filter.from) || !date(c, "to", &filter.to)) return std::nullopt;
    IndicatorQueries q(db);
    if (c.isSet(opt("project"))) {
        auto id = q.projectNamed(c.value(opt("project")));
        if (!id) return *exit = c.fail(Invalid, id.error().message()), std::nullopt;
        filter.projectId = *id;
    }
    if (c.isSet(opt("desk"))) {
        auto id = q.deskNamed(c.value(opt("desk")));
        if (!id) return *exit = c.fail(Invalid, id.error().message()), std::nullopt;
        filter.deskId = *id;
    }
    return filter;
}

Status write(QIODevice* out, const QString& format, const Indicators& in)
{
    if (format == u"json") {
        const QByteArray bytes = ReportExport::json(in);
        return out->write(bytes) == bytes.size() ? Status() : Status(Error::io(out->errorString()));
    }
    if (format == u"csv") return ReportExport::writeCsv(out, in);
    if (format == u"xlsx") return ReportExport::writeXlsx(out, in);
    return ReportPainter::writePdf(out, in, {});
}

} // namespace

int runReport(CommandContext& c)
{
    c.addDatabaseOption();
    c.parser().addOption(
        {opt("project"), Cli::tr("Project name (default: every person)."), opt("NAME")});
    c.parser().addOption({opt("from"), Cli::tr("First day of the period (YYYY-MM-DD)."), opt("DATE")});
    c.parser().addOption({opt("to"), Cli::tr("Last day of the period (YYYY-MM-DD)."), opt("DATE")});
    c.parser().addOption({opt("desk"), Cli::tr("Desk name (default: all desks)."), opt("NAME")});
    c.parser().addOption({opt("format"), Cli::tr("json, csv, xlsx or pdf."), opt("FORMAT")});
    c.parser().addOption({opt("out"), Cli::tr("The file to write."), opt("FILE")});
    if (auto stop = c.parse(0, 0)) return *stop;
    const QString format = c.value(opt("format"));
    if (!kFormats.contains(format))
        return c.usage(Cli::tr("--format must be one of json, csv, xlsx, pdf"));
    if (!c.isSet(opt("out"))) return c.usage(Cli::tr("--out FILE is required"));
    auto db = c.openDatabase();
    if (!db) return c.exitCode();
    int exit = Success;
    const auto filter = filterOf(c, *db, &exit);
    if (!filter) return exit;
    QElapsedTimer timer;
    timer.start();
    auto indicators = IndicatorEngine(*db).compute(*filter);
    if (!indicators) return c.fail(indicators.error());
    const qint64 ms = timer.elapsed();
    QSaveFile file(c.value(opt("out")));
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(IoError, Cli::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    if (Status st = write(&file, format, *indicators); !st.ok()) return c.fail(st.error());
    if (!file.commit())
        return c.fail(IoError, Cli::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    c.out() << Cli::tr("Wrote the report on %1 people to %2 (indicators computed in %3 ms)")
                   .arg(indicators->people)
                   .arg(file.fileName())
                   .arg(ms)
            << '\n';
    return Success;
}

} // namespace percorsi::cli
