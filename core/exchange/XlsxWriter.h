#pragma once

#include "core/exchange/Sheet.h"
#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

// Writes a one-sheet Office Open XML workbook (.xlsx): a zip of a few XML
// parts, every cell an inline string, the header row bold and frozen.
//
// Not libxlsxwriter: it carries its own minizip, whose exported zipOpen()
// clashes with QuaZip's (QuaZip's takes a QIODevice*); in one process
// whichever loads first serves both, and the other crashes.
class XlsxWriter
{
public:
    static Status write(QIODevice* out, const Sheet& sheet);
    // "A", "B" … "Z", "AA" … for a 0-based column.
    static QString columnName(int column);

private:
    static QByteArray sheetXml(const Sheet& sheet);
    static QByteArray workbookXml(const QString& title);
};

} // namespace percorsi
