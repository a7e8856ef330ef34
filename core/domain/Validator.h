#pragma once

#include <QDate>

#include "core/domain/Record.h"
#include "core/util/Error.h"

namespace percorsi {

// Brings every value of a record to its stored form (trimmed text, numbers
// from text, ISO dates, upper-case country codes …) and checks it against its
// FieldDef: required, type, length, range, code set, control characters.
// Messages are added to `error`, one per faulty field.
class Validator
{
public:
    static void normalize(Record& record, Error& error);
    // "birth_date" -> "birth date": how a field is named in messages.
    static QString fieldLabel(const FieldDef& field);

private:
    static QVariant normalizeValue(const FieldDef& field, const QVariant& value, QString* problem);
};

} // namespace percorsi
