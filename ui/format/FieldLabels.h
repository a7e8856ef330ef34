#pragma once

#include <QCoreApplication>
#include <QString>

namespace percorsi {

// The human name of a field, by its schema name ("birth_date" -> "Birth date"),
// translated in the "FieldLabels" context. Core knows fields only by name.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    static QString label(QLatin1StringView field);

private:
    static QString humanize(QLatin1StringView field);
};

} // namespace percorsi
