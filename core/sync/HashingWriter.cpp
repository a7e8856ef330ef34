#include "core/sync/HashingWriter.h"

#include <utility>

#include <pthread.h>

namespace percorsi {

namespace {
constexpr qsizetype kChunk = 256 * 1024;
constexpr size_t kQueued = 4; // chunks waiting at most
}

HashingWriter::HashingWriter(QIODevice* inner, Mode mode) : m_inner(inner)
{
    open(QIODevice::WriteOnly);
    m_buffer.reserve(kChunk * 2);
    if (mode == Mode::Inline) return;
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
    if (!m_worker.joinable()) { // inline: the same buffer serves again
        write(m_buffer);
        m_buffer.resize(0);
        return size;
    }
    QByteArray next;
    next.reserve(kChunk * 2);
    hand(std::exchange(m_buffer, next));
    return size;
}

void HashingWriter::hand(QByteArray chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueued; });
    m_queue.push_back(std::move(chunk));
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
    }
}

bool HashingWriter::finish()
{
    if (!m_buffer.isEmpty() && !m_worker.joinable())
        write(std::exchange(m_buffer, QByteArray()));
    else if (!m_buffer.isEmpty())
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
