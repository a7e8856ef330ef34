#pragma once

#include <atomic>
#include <thread>

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include "core/util/Result.h"

class QuaZip;
struct QuaZipNewInfo;

namespace percorsi {

class Database;
struct EntityDef;

// One entity of a bundle written on a thread and a read-only connection of
// its own while the exporter writes the others: its rows read, formatted,
// hashed and deflated into a temporary file, then added to the zip whole.
// The connection sees the exporter's snapshot, since the exporter holds the
// write lock (BEGIN IMMEDIATE) from before the thread starts until after it
// ends, so nothing can commit in between. The entity must have no sealed
// field: those are opened with the exporter's keys.
class ParallelEntry
{
public:
    ParallelEntry(Database& db, const EntityDef& def, qint64 sinceSeq, const QString& format);
    // Stops and waits for the thread if it still runs (a cancelled export).
    ~ParallelEntry();
    ParallelEntry(const ParallelEntry&) = delete;
    ParallelEntry& operator=(const ParallelEntry&) = delete;

    // Waits for the rows, then adds them to the zip as the entry `info`.
    Status addTo(QuaZip& zip, const QuaZipNewInfo& info);

    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }
    QByteArray sha256Hex() const { return m_sha256; }
    qint64 minClock() const { return m_minClock; }
    qint64 maxClock() const { return m_maxClock; }

private:
    Status write(const QString& path, const EntityDef& def, qint64 sinceSeq, const QString& format);

    Database& m_db;
    QTemporaryFile m_deflated;
    Status m_status;
    qint64 m_rows = 0, m_bytes = 0, m_minClock = 0, m_maxClock = 0;
    quint64 m_size = 0;
    quint32 m_crc = 0;
    QByteArray m_sha256;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace percorsi
