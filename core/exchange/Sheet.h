#pragma once

#include <vector>

#include <QString>
#include <QStringList>

namespace percorsi {

// A list ready for a spreadsheet: a title, a header row and rows of text.
struct Sheet
{
    QString title;
    QStringList header;
    std::vector<QStringList> rows;
};

} // namespace percorsi
