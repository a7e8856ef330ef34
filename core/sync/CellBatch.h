#pragma once

#include <vector>

#include <QByteArray>

#include "core/sync/TableFormat.h"

namespace percorsi {

// Rows of cells copied out of SQLite's buffers, so that another thread can
// format them while the next rows are read. Null cells stay null, empty
// cells empty.
class CellBatch
{
public:
    void add(const TableWriter::Cells& cells);
    // Empties the batch and keeps its memory for the next rows.
    void clear();
    qsizetype rows() const { return m_rows; }
    qsizetype bytes() const { return qsizetype(m_bytes.size()); }
    // Writes every row, in order.
    void writeTo(TableWriter& writer) const;

private:
    std::vector<char> m_bytes; // not a QByteArray: its append is a call, not inlined
    std::vector<qsizetype> m_ends; // where each cell ends in m_bytes; -1: null
    qsizetype m_columns = 0;
    qsizetype m_rows = 0;
};

} // namespace percorsi
