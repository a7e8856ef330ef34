#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <QIODevice>

#include "core/util/Sha256.h"

namespace percorsi {

// A write-only device in front of another: gathers small writes into large
// chunks, and hashes (SHA-256) and passes them on in a thread of its own, so
// that reading, formatting and compressing rows share the cores of a desk PC.
// A few chunks at most wait in between, and are filled again once written:
// memory stays flat.
class HashingWriter : public QIODevice
{
public:
    explicit HashingWriter(QIODevice* inner);
    ~HashingWriter() override;

    // Passes on what is left and waits for it; false when the inner device
    // refused a write. Call once, before sha256Hex().
    bool finish();
    QByteArray sha256Hex() { return m_hash.resultHex(); }
    qint64 bytes() const { return m_bytes; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    void hand(QByteArray chunk);
    void passOn();
    void write(const QByteArray& chunk);

    QIODevice* m_inner;
    Sha256 m_hash;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
    std::atomic<bool> m_ok{true};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    std::vector<QByteArray> m_spent; // written chunks, to be filled again
    bool m_closing = false;
    std::thread m_worker;
};

} // namespace percorsi
