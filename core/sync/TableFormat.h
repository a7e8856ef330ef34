#pragma once

#include <memory>
#include <vector>

#include <QByteArrayView>
#include <QStringList>

class QIODevice;

namespace percorsi {

// Writes rows of one table to a device: JSON Lines (one object a line, keys
// the column names) or CSV (RFC 4180, UTF-8, a header row). A null value is
// JSON null, or an empty CSV cell.
class TableWriter
{
public:
    // One row as UTF-8 bytes; a view without data (QByteArrayView()) is null,
    // an empty value is a view of "" with size 0.
    using Cells = std::vector<QByteArrayView>;

    explicit TableWriter(QIODevice* device) : m_device(device) {}
    virtual ~TableWriter() = default;
    virtual void begin(const QStringList& columns, const std::vector<bool>& numeric) = 0;
    virtual void writeCells(const Cells& cells) = 0;
    void write(const QStringList& values); // a null QString is a null value
    // Writes out the rows still held; false when the device refused a write.
    bool finish();

protected:
    // Rows are made in a buffer and reach the device many at a time: a write
    // to a QIODevice for each row cost as much as making the row.
    // Room for `bytes` more at the end of the buffer, where the row goes on.
    char* room(qsizetype bytes);
    // The row made in room() ends at `end`.
    void made(const char* end);

private:
    QIODevice* m_device;
    std::vector<char> m_buffer;
    qsizetype m_used = 0;
    bool m_ok = true;
    std::vector<QByteArray> m_utf8;
    Cells m_cells;
};

// Reads rows back, checking the shape of each: the exact columns, well-formed
// JSON or CSV, valid UTF-8. Errors name the line.
class TableReader
{
public:
    enum class Next { Row, End, Error };

    virtual ~TableReader() = default;
    // Reads the header (CSV) or takes the expected columns (JSON Lines).
    virtual bool begin(const QStringList& expectedColumns) = 0;
    virtual Next next(QStringList* values) = 0;
    virtual QString errorString() const = 0;
    virtual qint64 line() const = 0;
};

namespace tableformat {

// "json" (JSON Lines, .jsonl) or "csv" (.csv).
bool isKnown(const QString& format);
QString extension(const QString& format);
std::unique_ptr<TableWriter> writer(const QString& format, QIODevice* device);
std::unique_ptr<TableReader> reader(const QString& format, QIODevice* device);

} // namespace tableformat
} // namespace percorsi
