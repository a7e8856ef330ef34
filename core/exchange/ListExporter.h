#pragma once

#include "core/exchange/CsvDialect.h"
#include "core/exchange/Sheet.h"
#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

// Writes a list for a spreadsheet: CSV in the user's dialect, or an XLSX
// workbook of one sheet. Cells that would run as formulas are neutralised.
class ListExporter
{
public:
    static Status writeCsv(QIODevice* out, const Sheet& sheet, const CsvDialect& dialect);
    static Status writeXlsx(QIODevice* out, const Sheet& sheet);
};

} // namespace percorsi
