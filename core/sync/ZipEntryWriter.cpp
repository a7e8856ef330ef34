#include "core/sync/ZipEntryWriter.h"

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <quazip/quazip.h>
#include <quazip/quazipnewinfo.h>
#include <quazip/zip.h>

#include <algorithm>
#include <vector>

#include <QDateTime>

namespace percorsi {

namespace {

constexpr size_t kOut = 256 * 1024; // deflated bytes handed to minizip at a time

} // namespace

struct ZipEntryWriter::Stream
{
    isal_zstream z{};
    std::vector<uint8_t> level = std::vector<uint8_t>(ISAL_DEF_LVL1_DEFAULT);
    std::vector<uint8_t> out = std::vector<uint8_t>(kOut);
    uint32_t crc = 0;
    quint64 size = 0;
};

namespace {

// Opens a raw deflated entry named, dated and permitted as `info` says.
int openRawEntry(QuaZip& zip, const QuaZipNewInfo& info)
{
    zip_fileinfo entry{};
    const QDate date = info.dateTime.date();
    const QTime time = info.dateTime.time();
    entry.tmz_date.tm_year = uInt(date.year());
    entry.tmz_date.tm_mon = uInt(date.month() - 1);
    entry.tmz_date.tm_mday = uInt(date.day());
    entry.tmz_date.tm_hour = uInt(time.hour());
    entry.tmz_date.tm_min = uInt(time.minute());
    entry.tmz_date.tm_sec = uInt(time.second());
    entry.internal_fa = info.internalAttr;
    entry.external_fa = info.externalAttr;
    const QByteArray name = info.name.toUtf8();
    return zipOpenNewFileInZip4_64(
        zip.getZipFile(), name.constData(), &entry, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
        1, /*raw*/ 1, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0,
        zip.getOsCode() << 8, zip.isUtf8Enabled() ? ZIP_ENCODING_UTF8 : 0,
        zip.isZip64Enabled() ? 1 : 0);
}

} // namespace

ZipEntryWriter::ZipEntryWriter(QuaZip& zip, const QuaZipNewInfo& info)
    : m_zip(&zip), m_stream(std::make_unique<Stream>())
{
    if (const int rc = openRawEntry(zip, info); rc != ZIP_OK) {
        setErrorString(QStringLiteral("zip error %1").arg(rc));
        return;
    }
    start();
}

ZipEntryWriter::ZipEntryWriter(QIODevice* deflated)
    : m_deflated(deflated), m_stream(std::make_unique<Stream>())
{
    start();
}

void ZipEntryWriter::start()
{
    m_entryOpen = true;
    isal_zstream& z = m_stream->z;
    isal_deflate_init(&z);
    z.level = 1;
    z.level_buf = m_stream->level.data();
    z.level_buf_size = uint32_t(m_stream->level.size());
    z.gzip_flag = IGZIP_DEFLATE;
    z.flush = NO_FLUSH;
    open(QIODevice::WriteOnly);
}

quint64 ZipEntryWriter::written() const
{
    return m_stream->size;
}

quint32 ZipEntryWriter::crc32() const
{
    return m_stream->crc;
}

bool ZipEntryWriter::addDeflated(QuaZip& zip, const QuaZipNewInfo& info, QIODevice* deflated,
                                 quint64 size, quint32 crc32, QString* error)
{
    if (const int rc = openRawEntry(zip, info); rc != ZIP_OK) {
        *error = QStringLiteral("zip error %1").arg(rc);
        return false;
    }
    bool ok = deflated->seek(0);
    QByteArray chunk;
    while (ok && !deflated->atEnd()) {
        chunk = deflated->read(qint64(kOut));
        ok = !chunk.isEmpty()
             && zipWriteInFileInZip(zip.getZipFile(), chunk.constData(), unsigned(chunk.size())) == ZIP_OK;
    }
    const int rc = zipCloseFileInZipRaw64(zip.getZipFile(), size, uLong(crc32));
    if (!ok || rc != ZIP_OK) {
        *error = ok ? QStringLiteral("zip error %1").arg(rc) : deflated->errorString();
        return false;
    }
    return true;
}

ZipEntryWriter::~ZipEntryWriter()
{
    if (m_entryOpen) finish();
}

qint64 ZipEntryWriter::writeData(const char* data, qint64 size)
{
    if (!m_ok || !m_entryOpen) return -1;
    m_stream->crc = crc32_gzip_refl(m_stream->crc, reinterpret_cast<const unsigned char*>(data),
                                    uint64_t(size));
    m_stream->size += quint64(size);
    return deflate(data, size, false) ? size : -1;
}

// Feeds the input in pieces isal_zstream can count (32 bits), handing every
// full output buffer to minizip; with `last`, ends the deflate stream.
bool ZipEntryWriter::deflate(const char* data, qint64 size, bool last)
{
    isal_zstream& z = m_stream->z;
    do {
        const uint32_t piece = uint32_t(std::min<qint64>(size, 1 << 30));
        z.next_in = reinterpret_cast<uint8_t*>(const_cast<char*>(data));
        z.avail_in = piece;
        data += piece;
        size -= piece;
        z.end_of_stream = last && size == 0 ? 1 : 0;
        do {
            z.next_out = m_stream->out.data();
            z.avail_out = uint32_t(m_stream->out.size());
            if (isal_deflate(&z) != COMP_OK) {
                setErrorString(QStringLiteral("compression failed"));
                return m_ok = false;
            }
            const unsigned produced = unsigned(m_stream->out.size() - z.avail_out);
            if (produced && !pass(m_stream->out.data(), produced)) {
                setErrorString(m_zip ? QStringLiteral("cannot write to the zip")
                                     : m_deflated->errorString());
                return m_ok = false;
            }
        } while (z.avail_in > 0 || z.avail_out == 0 ||
                 (z.end_of_stream && z.internal_state.state != ZSTATE_END));
    } while (size > 0);
    return true;
}

bool ZipEntryWriter::pass(const uint8_t* data, unsigned size)
{
    if (m_zip)
        return zipWriteInFileInZip(m_zip->getZipFile(), data, size) == ZIP_OK;
    return m_deflated->write(reinterpret_cast<const char*>(data), size) == qint64(size);
}

bool ZipEntryWriter::finish()
{
    if (!m_entryOpen) return false;
    m_entryOpen = false;
    if (m_ok) deflate(nullptr, 0, true);
    if (!m_zip) {
        close();
        return m_ok;
    }
    const int rc =
        zipCloseFileInZipRaw64(m_zip->getZipFile(), m_stream->size, uLong(m_stream->crc));
    if (rc != ZIP_OK && m_ok) {
        setErrorString(QStringLiteral("zip error %1").arg(rc));
        m_ok = false;
    }
    close();
    return m_ok;
}

} // namespace percorsi
