#include "core/sync/CsvFormat.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <QIODevice>
#include <QStringDecoder>

namespace percorsi {

namespace {

// Not zero when a byte of `word` is zero (the high bit of the first such byte set).
std::uint64_t zeroByte(std::uint64_t word)
{
    return (word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL;
}

// Writes `value` at `out`, quoted when it holds a byte of `special` (the
// separator, a quote, a line end), as are those repeated eight times in
// `specialWords`; returns the end. `out` has room for twice the value and
// the quotes.
char* appendCell(char* out, QByteArrayView value, const std::array<bool, 256>& special,
                 const std::array<std::uint64_t, 4>& specialWords)
{
    const char* data = value.data();
    const qsizetype size = value.size();
    // No early end: a branch a byte costs more than reading on. Eight bytes
    // at a time, a byte of the word equal to one of `special`'s found at once.
    bool quote = false;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, 8);
        std::uint64_t found = 0;
        for (const std::uint64_t pattern : specialWords)
            found |= zeroByte(word ^ pattern);
        quote |= found != 0;
    }
    for (; i < size; ++i)
        quote |= special[static_cast<unsigned char>(data[i])];
    if (!quote) {
        if (size)
            std::memcpy(out, data, size_t(size));
        return out + size;
    }
    *out++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '"')
            *out++ = '"';
        *out++ = data[i];
    }
    *out++ = '"';
    return out;
}

} // namespace

void CsvWriter::begin(const QStringList& columns, const std::vector<bool>&)
{
    write(columns);
}

void CsvWriter::writeCells(const Cells& cells)
{
    qsizetype most = 2; // the line end
    for (const QByteArrayView& cell : cells)
        most += 2 * cell.size() + 3; // every byte a quote, the quotes around, the separator
    char* out = room(most);
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i)
            *out++ = m_separator;
        out = appendCell(out, cells[i], m_special, m_specialWords);
    }
    *out++ = '\r';
    *out++ = '\n';
    made(out);
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
