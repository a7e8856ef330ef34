#pragma once

#include <QByteArray>

#include "core/exchange/Sheet.h"
#include "core/reports/Indicators.h"
#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

// The progress summary as data for funders: JSON, CSV or a spreadsheet. Only
// aggregates leave (no name, case number or record id); with the filter's
// funder mode, counts of 1 to 4 read "<5".
class ReportExport
{
public:
    static Sheet sheet(const Indicators& in);
    static QByteArray json(const Indicators& in);
    static Status writeCsv(QIODevice* out, const Indicators& in);
    static Status writeXlsx(QIODevice* out, const Indicators& in);
};

} // namespace percorsi
