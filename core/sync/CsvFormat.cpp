#include "core/sync/CsvFormat.h"

#include <algorithm>

#include <QIODevice>
#include <QStringDecoder>

namespace percorsi {

namespace {

void appendCell(QByteArray& out, QByteArrayView value, char separator)
{
    const bool quote = std::any_of(value.begin(), value.end(), [separator](char c) {
        return c == separator || c == '"' || c == '\n' || c == '\r';
    });
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

void CsvWriter::begin(const QStringList& columns, const std::vector<bool>&)
{
    write(columns);
}

void CsvWriter::writeCells(const Cells& cells)
{
    m_line.resize(0); // keeps the capacity, unlike clear()
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i)
            m_line += m_separator;
        appendCell(m_line, cells[i], m_separator);
    }
    m_line += "\r\n";
    if (m_device->write(m_line) != m_line.size())
        m_ok = false;
}

int CsvReader::getChar()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_device->read(1 << 16);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

TableReader::Next CsvReader::fail(const QString& message)
{
    m_error = message;
    return Next::Error;
}

TableReader::Next CsvReader::readRecord(std::vector<QByteArray>* cells)
{
    cells->clear();
    QByteArray cell;
    bool quoted = false, wasQuoted = false, any = false;
    m_recordLine = m_line;
    for (;;) {
        const int c = getChar();
        if (c < 0) {
            if (quoted)
                return fail(QStringLiteral("a quoted cell is not closed before the end of the file"));
            if (!any)
                return Next::End;
            cells->push_back(cell);
            return Next::Row;
        }
        any = true;
        if (quoted) {
            if (c == '"') {
                const int n = getChar();
                if (n == '"') {
                    cell += '"';
                    continue;
                }
                quoted = false;
                if (n < 0) {
                    cells->push_back(cell);
                    return Next::Row;
                }
                if (n != m_separator && n != '\r' && n != '\n')
                    return fail(QStringLiteral("unexpected text after a closing quote"));
                --m_pos; // handle the separator or line end below
                continue;
            }
            if (c == '\n')
                ++m_line;
            cell += char(c);
            continue;
        }
        if (c == '"') {
            if (!cell.isEmpty() || wasQuoted)
                return fail(QStringLiteral("a quote inside an unquoted cell"));
            quoted = wasQuoted = true;
        } else if (c == m_separator) {
            cells->push_back(cell);
            cell.clear();
            wasQuoted = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && getChar() != '\n')
                --m_pos;
            ++m_line;
            cells->push_back(cell);
            return Next::Row;
        } else {
            cell += char(c);
        }
    }
}

bool CsvReader::begin(const QStringList& expectedColumns)
{
    m_columns = expectedColumns;
    std::vector<QByteArray> header;
    if (readRecord(&header) != Next::Row) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the header row is missing");
        return false;
    }
    QStringList names;
    for (const QByteArray& h : header)
        names << QString::fromUtf8(h);
    if (names != expectedColumns) {
        m_error = QStringLiteral("the header is \"%1\"; \"%2\" was expected")
                      .arg(names.join(QLatin1Char(',')), expectedColumns.join(QLatin1Char(',')));
        return false;
    }
    return true;
}

TableReader::Next CsvReader::next(QStringList* values)
{
    std::vector<QByteArray> cells;
    Next n = readRecord(&cells);
    while (n == Next::Row && cells.size() == 1 && cells[0].isEmpty())
        n = readRecord(&cells); // blank lines
    if (n != Next::Row)
        return n;
    if (qsizetype(cells.size()) != m_columns.size())
        return fail(QStringLiteral("%1 cells; the header has %2").arg(cells.size()).arg(m_columns.size()));
    values->resize(m_columns.size());
    for (size_t i = 0; i < cells.size(); ++i) {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decode(cells[i]);
        if (decode.hasError())
            return fail(QStringLiteral("column \"%1\" is not valid UTF-8").arg(m_columns[qsizetype(i)]));
        (*values)[qsizetype(i)] = cells[i].isEmpty() ? QString() : text;
    }
    return Next::Row;
}

} // namespace percorsi
