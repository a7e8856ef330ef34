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
    void setInteger(int index, qint64 value) { m_cells[size_t(index)] = Cell::ofInteger(value); }
    // Values of the row that are no field's: its uuid first (extra 0), then
    // what else its insert binds.
    void setExtra(QStringView text) { setExtra(0, text); }
    void setExtra(size_t extra, QStringView text);
    void setExtra(size_t extra, qint64 value);
    bool has(int index) const { return m_cells[size_t(index)].kind != Kind::None; }
    // The row must stay as it is until the statement has stepped.
    void bind(Statement& st, int column, int index) const;
    void bindExtra(Statement& st, int column, size_t extra = 0) const;
    // Asks the processor for the row's memory, which another thread may have written.
    void prefetch() const;

private:
    enum class Kind : char { None, Null, Integer, Real, Text };
    // 16 bytes: the merge of an import reads a row's cells on another core
    // than the one that wrote them, a cache line for every four.
    struct Cell
    {
        Kind kind = Kind::None;
        quint32 size = 0; // of a text's UTF-8 in m_text
        union {
            qint64 integer = 0;
            double real;
            quint64 offset; // of a text's UTF-8 in m_text
        };

        static Cell of(Kind kind)
        {
            Cell c;
            c.kind = kind;
            return c;
        }
        static Cell ofInteger(qint64 value)
        {
            Cell c = of(Kind::Integer);
            c.integer = value;
            return c;
        }
        static Cell ofReal(double value)
        {
            Cell c = of(Kind::Real);
            c.real = value;
            return c;
        }
    };
    static_assert(sizeof(Cell) == 16);
    Cell text(QStringView value);
    void bindCell(Statement& st, int column, const Cell& cell) const;

    Cell& extraCell(size_t extra);

    std::vector<Cell> m_cells;
    std::vector<Cell> m_extras;
    std::string m_text;
};

QVariant read(const Statement& st, int column, const FieldDef& field);

} // namespace fieldbinding
} // namespace percorsi
