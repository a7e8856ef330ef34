#include "ui/models/RecordColumn.h"

#include "core/domain/Record.h"
#include "ui/format/FieldFormatter.h"

namespace percorsi {

RecordColumn RecordColumn::of(const char* field, const QString& header, int widthChars)
{
    return {header, field, {}, widthChars, false};
}

RecordColumn RecordColumn::computed(const QString& header, Compute compute, int widthChars,
                                    bool numeric)
{
    return {header, nullptr, std::move(compute), widthChars, numeric};
}

RecordColumn RecordColumn::desk(const QString& header, int widthChars)
{
    return computed(
        header,
        [](const Record& record, FieldFormatter& format) {
            return format.deskLabel(record.deskId());
        },
        widthChars);
}

} // namespace percorsi
