#include "core/sync/HashingReader.h"

namespace percorsi {

HashingReader::HashingReader(QIODevice* inner, qint64 limit) : m_inner(inner), m_limit(limit)
{
    open(QIODevice::ReadOnly);
}

bool HashingReader::atEnd() const
{
    return QIODevice::atEnd() && (m_overLimit || m_inner->atEnd());
}

qint64 HashingReader::readData(char* data, qint64 maxSize)
{
    if (m_overLimit)
        return -1;
    const qint64 n = m_inner->read(data, maxSize);
    if (n <= 0)
        return n;
    m_bytes += n;
    if (m_bytes > m_limit) {
        m_overLimit = true;
        return -1;
    }
    m_hash.addData(QByteArrayView(data, n));
    return n;
}

} // namespace percorsi
