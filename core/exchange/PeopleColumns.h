#pragma once

#include <QString>
#include <QStringList>

namespace percorsi {

// What the columns of a desk's own spreadsheet of people mean: the person
// field a header names (in English, Italian, Spanish, French, Dutch or
// Swedish), and cell values brought to the stored form (dd/mm/yyyy dates,
// "F"/"Donna"/"Mujer" genders).
class PeopleColumns
{
public:
    // The person fields a spreadsheet column can fill.
    static QStringList fields();
    // The field a header names, or empty when it names none we know.
    static QString guess(const QString& header);
    // A cell's text for `field`, as validation expects it; unknown forms pass
    // through unchanged so that validation names the fault.
    static QString convert(const QString& field, const QString& cell);

private:
    static QString convertDate(const QString& cell);
    static QString convertGender(const QString& cell);
};

} // namespace percorsi
