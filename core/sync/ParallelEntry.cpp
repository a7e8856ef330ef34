#include "core/sync/ParallelEntry.h"

#include <algorithm>

#include <quazip/quazipnewinfo.h>

#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/EntityEntries.h"
#include "core/sync/HashingWriter.h"
#include "core/sync/TableFormat.h"
#include "core/sync/ZipEntryWriter.h"

namespace percorsi {

ParallelEntry::ParallelEntry(Database& db, const EntityDef& def, qint64 sinceSeq,
                             const QString& format, qint64 expectedRows)
    : m_db(db), m_def(def), m_sinceSeq(sinceSeq), m_format(format),
      m_expected(std::max<qint64>(expectedRows, 1))
{
}

void ParallelEntry::run()
{
    m_status = m_stop ? Status(exportCancelled()) : write();
    m_ended = true;
}

double ParallelEntry::share() const
{
    return m_ended ? 1.0 : std::min(1.0, double(m_rowsWritten.load()) / double(m_expected));
}

Status ParallelEntry::write()
{
    auto reader = Database::openReader(m_db.path());
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
    auto writer = tableformat::writer(m_format, &sink);
    writer->begin(bundleformat::columns(m_def), bundleformat::numericColumns(m_def));
    Status st = SyncStore(m_db).forEachRawRow(m_def, m_sinceSeq, [&](const SyncStore::RawRow& r) {
        writer->writeCells(r.cells);
        m_minClock = m_minClock ? std::min(m_minClock, r.hlc) : r.hlc;
        m_maxClock = std::max(m_maxClock, r.hlc);
        if ((++m_rows & 0xfff) == 0)
            m_rowsWritten = m_rows;
        return !m_stop;
    }, &c);
    const bool written = writer->finish() && sink.finish() && deflater.finish();
    c.exec("COMMIT");
    if (!st.ok())
        return st;
    if (!written)
        return Error::io(QStringLiteral("writing %1 failed: %2")
                             .arg(QLatin1StringView(m_def.name), deflater.errorString()));
    m_bytes = sink.bytes();
    m_sha256 = sink.sha256Hex();
    m_size = deflater.written();
    m_crc = deflater.crc32();
    return {};
}

Status ParallelEntry::addTo(QuaZip& zip, const QuaZipNewInfo& info)
{
    if (!m_status.ok())
        return m_status;
    QString error;
    if (!ZipEntryWriter::addDeflated(zip, info, &m_deflated, m_size, m_crc, &error))
        return Error::io(QStringLiteral("cannot add %1 to the bundle (%2)").arg(info.name, error));
    return {};
}

} // namespace percorsi
