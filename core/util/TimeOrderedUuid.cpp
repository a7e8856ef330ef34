#include "core/util/TimeOrderedUuid.h"

#include <algorithm>
#include <mutex>

#include <QDateTime>
#include <QRandomGenerator>

namespace percorsi {

namespace {

using u128 = unsigned __int128;

constexpr int kRandomBits = 74;
constexpr u128 kRandomLimit = u128(1) << kRandomBits;
constexpr qint64 kMaxUnixMs = (qint64(1) << 48) - 1;

// A fresh random part with its top bit clear, so a millisecond has room for
// at least 2^73 / 2^32 steps before it overflows into the next.
u128 freshRandom(quint64 random1, quint64 random2)
{
    return ((u128(random1 & 0xfffull) << 62) | u128(random2 & 0x3fffffffffffffffull)) &
           ((kRandomLimit >> 1) - 1);
}

} // namespace

QString TimeOrderedUuid::next(qint64 unixMs, quint64 random1, quint64 random2)
{
    unixMs = std::clamp<qint64>(unixMs, 0, kMaxUnixMs);
    if (unixMs > m_unixMs) {
        m_unixMs = unixMs;
        m_random = freshRandom(random1, random2);
    } else {
        m_random += 1 + (random2 & 0xffffffffull);
        if (m_random >= kRandomLimit) { // spent: borrow the next millisecond
            m_unixMs = std::min(m_unixMs + 1, kMaxUnixMs);
            m_random = freshRandom(random1, random2);
        }
    }
    const quint64 high = (quint64(m_unixMs) << 16) | 0x7000ull | quint64(m_random >> 62);
    const quint64 low = 0x8000000000000000ull | (quint64(m_random) & 0x3fffffffffffffffull);
    return format(high, low);
}

QString TimeOrderedUuid::create()
{
    static std::mutex mutex;
    static TimeOrderedUuid sequence;
    QRandomGenerator* random = QRandomGenerator::system();
    const quint64 random1 = random->generate64(), random2 = random->generate64();
    const std::lock_guard lock(mutex);
    return sequence.next(QDateTime::currentMSecsSinceEpoch(), random1, random2);
}

QString TimeOrderedUuid::format(quint64 high, quint64 low)
{
    static const char hex[] = "0123456789abcdef";
    char out[36];
    int at = 0;
    auto put = [&](quint64 v, int digits) {
        for (int i = digits - 1; i >= 0; --i)
            out[at++] = hex[(v >> (4 * i)) & 0xf];
    };
    auto dash = [&] { out[at++] = '-'; };
    put(high >> 32, 8), dash(), put(high >> 16, 4), dash(), put(high, 4);
    dash(), put(low >> 48, 4), dash(), put(low, 12);
    return QString::fromLatin1(out, 36);
}

} // namespace percorsi
