#include "core/exchange/ListExporter.h"

#include <QIODevice>

#include "core/exchange/XlsxWriter.h"

namespace percorsi {

namespace {

Status writeFailed(QIODevice* out)
{
    return Error::io(QStringLiteral("Cannot write the list: %1").arg(out->errorString()));
}

} // namespace

Status ListExporter::writeCsv(QIODevice* out, const Sheet& sheet, const CsvDialect& dialect)
{
    if (dialect.bom && out->write("\xEF\xBB\xBF") != 3) return writeFailed(out);
    if (out->write(dialect.encodeRow(sheet.header)) < 0) return writeFailed(out);
    for (const QStringList& row : sheet.rows)
        if (out->write(dialect.encodeRow(row)) < 0) return writeFailed(out);
    return {};
}

Status ListExporter::writeXlsx(QIODevice* out, const Sheet& sheet)
{
    return XlsxWriter::write(out, sheet);
}

} // namespace percorsi
