#include "ui/sync/SheetFile.h"

#include <QFileDialog>
#include <QLocale>
#include <QSaveFile>

#include "core/exchange/CsvDialect.h"
#include "core/exchange/ListExporter.h"
#include "core/exchange/Sheet.h"

namespace percorsi {

bool SheetFile::isXlsx(const QString& file)
{
    return file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

Status SheetFile::write(const QString& file, const Sheet& sheet, bool xlsx)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(file, out.errorString()));
    Status st = xlsx ? ListExporter::writeXlsx(&out, sheet)
                     : ListExporter::writeCsv(&out, sheet, CsvDialect::forLocale(QLocale()));
    if (!st.ok())
        return st;
    if (!out.commit())
        return Error::io(tr("Cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

QString SheetFile::filters()
{
    return tr("Excel workbooks (*.xlsx);;CSV files (*.csv)");
}

std::function<QString(QWidget*, const QString&)> SheetFile::chooseFile =
    [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, SheetFile::tr("Export list"), suggested,
                                            SheetFile::filters());
    };

} // namespace percorsi
