#pragma once

#include <string>
#include <vector>

#include <QVariant>

#include "core/domain/Schema.h"

namespace percorsi {

class Statement;

// How a field's value goes into and comes out of an SQLite column.
namespace fieldbinding {

bool isIntegerType(FieldType type);
void bind(Statement& st, int index, const FieldDef& field, const QVariant& value);

// The values of a row in the form bind() gives SQLite, made ready ahead, on
// any thread, and bound later without a conversion or a copy. Its memory is
// kept from row to row: filled again, it allocates nothing.
class EncodedRow
{
public:
    // Room for `fields` values, none of them made ready.
    void reset(size_t fields);
    void set(int index, const FieldDef& field, const QVariant& value);
    void setInteger(int index, qint64 value) { m_cells[size_t(index)] = Cell{Kind::Integer, value}; }
    // A text of the row that is no field's (its uuid).
    void setExtra(QStringView text);
    bool has(int index) const { return m_cells[size_t(index)].kind != Kind::None; }
    // The row must stay as it is until the statement has stepped.
    void bind(Statement& st, int column, int index) const;
    void bindExtra(Statement& st, int column) const;

private:
    enum class Kind : char { None, Null, Integer, Real, Text };
    struct Cell
    {
        Kind kind = Kind::None;
        qint64 integer = 0;
        double real = 0;
        size_t offset = 0, size = 0; // of its UTF-8 in m_text
    };
    Cell text(QStringView value);
    void bindCell(Statement& st, int column, const Cell& cell) const;

    std::vector<Cell> m_cells;
    Cell m_extra;
    std::string m_text;
};

QVariant read(const Statement& st, int column, const FieldDef& field);

} // namespace fieldbinding
} // namespace percorsi
