#pragma once

#include <functional>

#include <QString>

namespace percorsi {

class FieldFormatter;
class Record;

// One column of a record table: a field of the entity shown through the
// FieldFormatter, or a value computed from the whole record.
struct RecordColumn
{
    using Compute = std::function<QString(const Record&, FieldFormatter&)>;

    QString header;
    const char* field = nullptr; // null when `compute` gives the text
    Compute compute;
    int widthChars = 12;  // the column's initial width, in average characters
    bool numeric = false; // a computed number: aligned to the end, like numeric fields

    static RecordColumn of(const char* field, const QString& header, int widthChars = 12);
    static RecordColumn computed(const QString& header, Compute compute, int widthChars = 12,
                                 bool numeric = false);
    // The desk that created the record.
    static RecordColumn desk(const QString& header, int widthChars = 16);
};

} // namespace percorsi
