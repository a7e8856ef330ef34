#include "core/sync/HashingWriter.h"

namespace percorsi {

namespace {
constexpr qsizetype kChunk = 256 * 1024;
}

HashingWriter::HashingWriter(QIODevice* inner) : m_inner(inner)
{
    open(QIODevice::WriteOnly);
    m_buffer.reserve(kChunk * 2);
}

HashingWriter::~HashingWriter() = default;

qint64 HashingWriter::writeData(const char* data, qint64 size)
{
    m_hash.addData(QByteArrayView(data, size));
    m_bytes += size;
    m_buffer.append(data, size);
    if (m_buffer.size() >= kChunk && !flushBuffer())
        return -1;
    return size;
}

bool HashingWriter::flushBuffer()
{
    if (!m_buffer.isEmpty() && m_inner->write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.resize(0); // keeps the capacity, unlike clear()
    return m_ok;
}

bool HashingWriter::finish()
{
    return flushBuffer();
}

} // namespace percorsi
