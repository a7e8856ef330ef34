#include "core/sync/CellBatch.h"

namespace percorsi {

void CellBatch::add(const TableWriter::Cells& cells)
{
    m_columns = qsizetype(cells.size());
    for (const QByteArrayView& cell : cells) {
        if (cell.isNull()) {
            m_ends.push_back(-1);
            continue;
        }
        m_bytes.insert(m_bytes.end(), cell.begin(), cell.end());
        m_ends.push_back(qsizetype(m_bytes.size()));
    }
    ++m_rows;
}

void CellBatch::clear()
{
    m_bytes.clear(); // keeps the capacity
    m_ends.clear();
    m_rows = 0;
}

void CellBatch::writeTo(TableWriter& writer) const
{
    TableWriter::Cells cells(static_cast<size_t>(m_columns));
    qsizetype start = 0;
    size_t next = 0;
    for (qsizetype row = 0; row < m_rows; ++row) {
        for (QByteArrayView& cell : cells) {
            const qsizetype end = m_ends[next++];
            if (end < 0) {
                cell = QByteArrayView();
                continue;
            }
            // An empty cell is a view of "" with size 0, not a null one.
            cell = end == start ? QByteArrayView("", 0)
                                : QByteArrayView(m_bytes.data() + start, end - start);
            start = end;
        }
        writer.writeCells(cells);
    }
}

} // namespace percorsi
