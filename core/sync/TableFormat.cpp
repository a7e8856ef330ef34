#include "core/sync/TableFormat.h"

#include "core/sync/CsvFormat.h"
#include "core/sync/JsonLinesFormat.h"

namespace percorsi::tableformat {

bool isKnown(const QString& format)
{
    return format == QLatin1String("json") || format == QLatin1String("csv");
}

QString extension(const QString& format)
{
    return format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

std::unique_ptr<TableWriter> writer(const QString& format, QIODevice* device)
{
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvWriter>(device);
    return std::make_unique<JsonLinesWriter>(device);
}

std::unique_ptr<TableReader> reader(const QString& format, QIODevice* device)
{
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvReader>(device);
    return std::make_unique<JsonLinesReader>(device);
}

} // namespace percorsi::tableformat
