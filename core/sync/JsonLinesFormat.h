#pragma once

#include <memory>
#include <vector>

#include <QStringDecoder>

#include "core/sync/TableFormat.h"

namespace percorsi {

class JsonLinesWriter : public TableWriter
{
public:
    explicit JsonLinesWriter(QIODevice* device) : TableWriter(device) {}
    void begin(const QStringList& columns, const std::vector<bool>& numeric) override;
    void writeCells(const Cells& cells) override;

private:
    std::vector<QByteArray> m_keys; // "\"name\":" per column
    std::vector<bool> m_numeric;
};

class JsonLinesReader : public TableReader
{
public:
    explicit JsonLinesReader(QIODevice* device);
    ~JsonLinesReader() override;
    bool begin(const QStringList& expectedColumns) override;
    Next next(QStringList* values) override;
    QString errorString() const override { return m_error; }
    qint64 line() const override { return m_line; }

private:
    Next fail(const QString& message);
    // The next line into the pool's buffer, `size` bytes with its end; false
    // when it has none (the device ended first).
    bool readLine(size_t* size);

    // `utf8` into `cell`, in the memory it has when it has room and is not
    // shared, or in a spare one's: rows read one after another into the same
    // cells allocate nothing.
    void assign(QString& cell, const char* utf8, qsizetype size);
    // `cell` made null; its memory kept for another cell.
    void setNull(QString& cell);

    struct Pool;

    QIODevice* m_device;
    std::unique_ptr<Pool> m_pool; // the parser's memory, kept from line to line
    QStringList m_columns;
    std::vector<QByteArray> m_keys; // the columns in UTF-8, made once
    QString m_error;
    qint64 m_line = 0;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    std::vector<QString> m_spare; // memory of cells that became null
};

} // namespace percorsi
