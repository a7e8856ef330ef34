#pragma once

#include <QVariant>

#include "core/domain/Schema.h"

namespace percorsi {

class Statement;

// How a field's value goes into and comes out of an SQLite column.
namespace fieldbinding {

bool isIntegerType(FieldType type);
void bind(Statement& st, int index, const FieldDef& field, const QVariant& value);
QVariant read(const Statement& st, int column, const FieldDef& field);

} // namespace fieldbinding
} // namespace percorsi
