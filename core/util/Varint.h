#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace percorsi::varint {

// Unsigned integers seven bits a byte, low bits first, the high bit of each
// byte but the last set: a byte for values below 128.
inline void put(QByteArray& out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

// Reads one at `at` and moves past it; false when `in` ends first or it is too long.
inline bool get(QByteArrayView in, qsizetype& at, quint64& v)
{
    v = 0;
    for (int shift = 0;; shift += 7) {
        if (at == in.size() || shift > 63)
            return false;
        const auto byte = quint8(in[at++]);
        v |= quint64(byte & 0x7f) << shift;
        if (byte < 0x80)
            return true;
    }
}

// Signed integers folded so that small negative ones stay small (zigzag).
inline quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

inline qint64 unzigzag(quint64 z)
{
    return qint64(z >> 1) ^ -qint64(z & 1);
}

} // namespace percorsi::varint
