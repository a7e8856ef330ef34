#include "core/sync/HashingWriter.h"

#include <utility>

#include <pthread.h>

namespace percorsi {

namespace {
constexpr qsizetype kChunk = 256 * 1024;
constexpr size_t kQueued = 4; // chunks waiting at most
}

HashingWriter::HashingWriter(QIODevice* inner) : m_inner(inner)
{
    open(QIODevice::WriteOnly);
    m_buffer.reserve(kChunk * 2);
    m_worker = std::thread([this] {
        pthread_setname_np(pthread_self(), "percorsi-zip");
        passOn();
    });
}

HashingWriter::~HashingWriter()
{
    if (m_worker.joinable())
        finish();
}

void HashingWriter::write(const QByteArray& chunk)
{
    m_hash.addData(chunk);
    if (m_ok && m_inner->write(chunk) != chunk.size())
        m_ok = false;
}

qint64 HashingWriter::writeData(const char* data, qint64 size)
{
    if (!m_ok)
        return -1;
    m_bytes += size;
    m_buffer.append(data, size);
    if (m_buffer.size() < kChunk)
        return size;
    hand(std::exchange(m_buffer, QByteArray()));
    if (m_buffer.capacity() < kChunk * 2)
        m_buffer.reserve(kChunk * 2);
    return size;
}

// Hands a chunk to the worker and takes a spent one back to fill: fresh
// buffers of this size would each be mapped and zeroed page by page.
void HashingWriter::hand(QByteArray chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueued; });
    m_queue.push_back(std::move(chunk));
    if (!m_spent.empty()) {
        m_buffer = std::move(m_spent.back());
        m_spent.pop_back();
    }
    m_changed.notify_all();
}

// The worker: hashes and writes the chunks in order until finish().
void HashingWriter::passOn()
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        write(chunk);
        chunk.resize(0); // keeps its capacity
        std::lock_guard lock(m_mutex);
        if (m_spent.size() < kQueued)
            m_spent.push_back(std::move(chunk));
    }
}

bool HashingWriter::finish()
{
    if (!m_buffer.isEmpty())
        hand(std::exchange(m_buffer, QByteArray()));
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    return m_ok;
}

} // namespace percorsi
