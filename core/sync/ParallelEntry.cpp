#include "core/sync/ParallelEntry.h"

#include <algorithm>

#include <pthread.h>

#include <quazip/quazipnewinfo.h>

#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/HashingWriter.h"
#include "core/sync/TableFormat.h"
#include "core/sync/ZipEntryWriter.h"

namespace percorsi {

ParallelEntry::ParallelEntry(Database& db, const EntityDef& def, qint64 sinceSeq,
                             const QString& format)
    : m_db(db)
{
    m_worker = std::thread([this, path = db.path(), &def, sinceSeq, format] {
        pthread_setname_np(pthread_self(), "percorsi-entry");
        m_status = write(path, def, sinceSeq, format);
    });
}

ParallelEntry::~ParallelEntry()
{
    m_stop = true;
    if (m_worker.joinable())
        m_worker.join();
}

Status ParallelEntry::write(const QString& path, const EntityDef& def, qint64 sinceSeq,
                            const QString& format)
{
    auto reader = Database::openReader(path);
    if (!reader)
        return reader.error();
    Connection& c = **reader;
    // As the exporter's connection: each page checked as it is read, a small cache.
    if (Status st = c.exec("PRAGMA cell_size_check = ON; PRAGMA cache_size = -16384; BEGIN"); !st.ok())
        return st;
    if (!m_deflated.open())
        return Error::io(QStringLiteral("cannot create a temporary file: %1").arg(m_deflated.errorString()));
    ZipEntryWriter deflater(&m_deflated);
    HashingWriter sink(&deflater);
    auto writer = tableformat::writer(format, &sink);
    writer->begin(bundleformat::columns(def), bundleformat::numericColumns(def));
    Status st = SyncStore(m_db).forEachRawRow(def, sinceSeq, [&](const SyncStore::RawRow& r) {
        writer->writeCells(r.cells);
        m_minClock = m_minClock ? std::min(m_minClock, r.hlc) : r.hlc;
        m_maxClock = std::max(m_maxClock, r.hlc);
        ++m_rows;
        return !m_stop;
    }, &c);
    const bool written = writer->finish() && sink.finish() && deflater.finish();
    c.exec("COMMIT");
    if (!st.ok())
        return st;
    if (!written)
        return Error::io(QStringLiteral("writing %1 failed: %2")
                             .arg(QLatin1StringView(def.name), deflater.errorString()));
    m_bytes = sink.bytes();
    m_sha256 = sink.sha256Hex();
    m_size = deflater.written();
    m_crc = deflater.crc32();
    return {};
}

Status ParallelEntry::addTo(QuaZip& zip, const QuaZipNewInfo& info)
{
    m_worker.join();
    if (!m_status.ok())
        return m_status;
    QString error;
    if (!ZipEntryWriter::addDeflated(zip, info, &m_deflated, m_size, m_crc, &error))
        return Error::io(QStringLiteral("cannot add %1 to the bundle (%2)").arg(info.name, error));
    return {};
}

} // namespace percorsi
