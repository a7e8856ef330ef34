#pragma once

#include <array>
#include <cstdint>

#include "core/sync/TableFormat.h"

namespace percorsi {

// RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
// break in double quotes (quotes doubled), UTF-8, a header row.
class CsvWriter : public TableWriter
{
public:
    explicit CsvWriter(QIODevice* device, char separator = ',')
        : TableWriter(device), m_separator(separator)
    {
        const char special[] = {separator, '"', '\n', '\r'};
        for (size_t i = 0; i < 4; ++i) {
            const auto c = static_cast<unsigned char>(special[i]);
            m_special[c] = true;
            m_specialWords[i] = 0x0101010101010101ULL * c;
        }
    }
    void begin(const QStringList& columns, const std::vector<bool>& numeric) override;
    void writeCells(const Cells& cells) override;

private:
    char m_separator;
    std::array<bool, 256> m_special{}; // the bytes that make a cell quoted
    std::array<std::uint64_t, 4> m_specialWords{}; // each of them eight times
};

class CsvReader : public TableReader
{
public:
    explicit CsvReader(QIODevice* device, char separator = ',')
        : m_device(device), m_separator(separator)
    {
    }
    bool begin(const QStringList& expectedColumns) override;
    Next next(QStringList* values) override;
    QString errorString() const override { return m_error; }
    qint64 line() const override { return m_recordLine; }

private:
    // Reads one record's cells; End at the end of the device.
    Next readRecord(std::vector<QByteArray>* cells);
    Next fail(const QString& message);
    int getChar();

    QIODevice* m_device;
    char m_separator;
    QStringList m_columns;
    QString m_error;
    qint64 m_line = 1;       // physical line being read
    qint64 m_recordLine = 0; // where the last record began
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

} // namespace percorsi
