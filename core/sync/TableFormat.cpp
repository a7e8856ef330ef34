#include "core/sync/TableFormat.h"

#include <algorithm>

#include <QIODevice>

#include "core/sync/CsvFormat.h"
#include "core/sync/JsonLinesFormat.h"

namespace percorsi {

void TableWriter::write(const QStringList& values)
{
    m_utf8.resize(size_t(values.size()));
    m_cells.resize(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        QByteArray& utf8 = m_utf8[size_t(i)];
        utf8 = values[i].toUtf8();
        m_cells[size_t(i)] = values[i].isNull() ? QByteArrayView()
                             : utf8.isEmpty()   ? QByteArrayView("", 0)
                                                : QByteArrayView(utf8);
    }
    writeCells(m_cells);
}

namespace {
constexpr qsizetype kWriteAt = 64 * 1024; // bytes held before a write to the device
}

char* TableWriter::room(qsizetype bytes)
{
    if (m_buffer.size() < size_t(m_used + bytes))
        m_buffer.resize(size_t(std::max(m_used + bytes, kWriteAt * 2)));
    return m_buffer.data() + m_used;
}

void TableWriter::made(const char* end)
{
    m_used = end - m_buffer.data();
    if (m_used >= kWriteAt)
        finish();
}

bool TableWriter::finish()
{
    if (m_used > 0 && m_ok)
        m_ok = m_device->write(m_buffer.data(), m_used) == m_used;
    m_used = 0;
    return m_ok;
}

} // namespace percorsi

namespace percorsi::tableformat {

bool isKnown(const QString& format)
{
    return format == QLatin1String("json") || format == QLatin1String("csv");
}

QString extension(const QString& format)
{
    return format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

std::unique_ptr<TableWriter> writer(const QString& format, QIODevice* device)
{
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvWriter>(device);
    return std::make_unique<JsonLinesWriter>(device);
}

std::unique_ptr<TableReader> reader(const QString& format, QIODevice* device)
{
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvReader>(device);
    return std::make_unique<JsonLinesReader>(device);
}

} // namespace percorsi::tableformat
