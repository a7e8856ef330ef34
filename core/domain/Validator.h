#pragma once

#include <vector>

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
    // Fields normalized ahead, where no record is at hand yet (a bundle's
    // rows, on the thread that reads them): for each field of the definition,
    // whether it was, its value, and the message normalize() would have added.
    struct Prepared
    {
        std::vector<char> done;
        std::vector<QVariant> values; // empty when they were made the record's own

        std::vector<QString> messages;
        bool has(int field) const { return size_t(field) < done.size() && done[size_t(field)]; }
    };

    // The values of `prepared` are moved into the record, unless it has them
    // already: it serves once.
    static void normalize(Record& record, Error& error, Prepared* prepared = nullptr);
    // One field's part of normalize(): the value normalized (or its default),
    // or an invalid variant and `message` set to what normalize() adds.
    static QVariant normalizeField(const FieldDef& field, const QVariant& raw, QString* message);
    // "birth_date" -> "birth date": how a field is named in messages.
    static QString fieldLabel(const FieldDef& field);

private:
    static QVariant normalizeValue(const FieldDef& field, const QVariant& value, QString* problem);
};

} // namespace percorsi
