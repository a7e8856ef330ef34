#pragma once

#include <QIODevice>

#include "core/util/Sha256.h"

namespace percorsi {

// A read-only device in front of another that keeps the SHA-256 and the size
// of what was read, and refuses to read past a limit (a zip entry whose
// declared size lies, a bomb).
class HashingReader : public QIODevice
{
public:
    HashingReader(QIODevice* inner, qint64 limit);

    QByteArray sha256Hex() { return m_hash.resultHex(); } // once, at the end
    qint64 bytes() const { return m_bytes; }
    bool overLimit() const { return m_overLimit; }
    bool atEnd() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice* m_inner;
    Sha256 m_hash;
    qint64 m_limit;
    qint64 m_bytes = 0;
    bool m_overLimit = false;
};

} // namespace percorsi
