#pragma once

#include <atomic>

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include "core/util/Result.h"

class QuaZip;
struct QuaZipNewInfo;

namespace percorsi {

class Database;
struct EntityDef;

// One entity of a bundle written on a read-only connection of its own, by
// one of the threads that share the large entities while the exporter
// writes the others: its rows read, formatted, hashed and deflated into a
// temporary file, then added to the zip whole. The connection sees the
// exporter's snapshot, since the exporter holds the write lock (BEGIN
// IMMEDIATE) from before the first entry starts until after the last ends,
// so nothing can commit in between. Sealed fields are opened with the
// exporter's data key, which only reads it.
class ParallelEntry
{
public:
    // `expectedRows`: about how many rows run() will write, for share().
    ParallelEntry(Database& db, const EntityDef& def, qint64 sinceSeq, const QString& format,
                  qint64 expectedRows);
    ParallelEntry(const ParallelEntry&) = delete;
    ParallelEntry& operator=(const ParallelEntry&) = delete;

    // Reads and writes the rows, on the calling thread.
    void run();
    // Makes run() end soon, with an error (a cancelled export); any thread.
    void stop() { m_stop = true; }
    // After run(): adds the rows to the zip as the entry `info`.
    Status addTo(QuaZip& zip, const QuaZipNewInfo& info);

    const EntityDef& entity() const { return m_def; }
    // How much of the rows are written, from 0 to 1; any thread.
    double share() const;
    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }
    QByteArray sha256Hex() const { return m_sha256; }
    qint64 minClock() const { return m_minClock; }
    qint64 maxClock() const { return m_maxClock; }

private:
    Status write();

    Database& m_db;
    const EntityDef& m_def;
    qint64 m_sinceSeq;
    QString m_format;
    qint64 m_expected; // rows, about: the highest id
    QTemporaryFile m_deflated;
    Status m_status;
    qint64 m_rows = 0, m_bytes = 0, m_minClock = 0, m_maxClock = 0;
    quint64 m_size = 0;
    quint32 m_crc = 0;
    QByteArray m_sha256;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_rowsWritten{0}; // as the rows go, for share()
    std::atomic<bool> m_ended{false};
};

} // namespace percorsi
