#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "core/util/Result.h"

class QWidget;

namespace percorsi {

struct Sheet;

// A list saved where the user chose, as XLSX or as CSV in the dialect of the
// user's locale. Written through QSaveFile, so a failed write leaves any
// earlier file as it was.
class SheetFile
{
    Q_DECLARE_TR_FUNCTIONS(SheetFile)

public:
    static Status write(const QString& file, const Sheet& sheet, bool xlsx);
    static bool isXlsx(const QString& file); // by the name's suffix
    static QString filters();
    // Asks where to save a list, suggesting a name; replaceable in tests.
    static std::function<QString(QWidget* parent, const QString& suggested)> chooseFile;
};

} // namespace percorsi
