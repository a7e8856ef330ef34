#pragma once

#include <QCryptographicHash>
#include <QIODevice>

namespace percorsi {

// A write-only device in front of another: buffers small writes into large
// ones and keeps the SHA-256 and the size of everything written.
class HashingWriter : public QIODevice
{
public:
    explicit HashingWriter(QIODevice* inner);
    ~HashingWriter() override;

    bool finish(); // flushes; false when the inner device refused a write
    QByteArray sha256Hex() const { return m_hash.result().toHex(); }
    qint64 bytes() const { return m_bytes; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool flushBuffer();

    QIODevice* m_inner;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_buffer;
    qint64 m_bytes = 0;
    bool m_ok = true;
};

} // namespace percorsi
