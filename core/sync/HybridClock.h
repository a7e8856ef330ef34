#pragma once

#include <functional>

#include <QtGlobal>

namespace percorsi {

// A hybrid logical clock: stamps that follow wall time but never go backwards
// and always order causally related changes. A stamp packs milliseconds since
// the Unix epoch in its high 48 bits and a counter in the low 16 bits, so
// stamps compare as plain integers; ties between desks break on the desk uuid.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridClock(WallClock wall = systemWall);

    // A new stamp, later than every stamp issued or observed before.
    qint64 now();
    // Takes note of a stamp from another desk, so later local stamps exceed it.
    void observe(qint64 stamp);
    qint64 last() const { return m_last; }
    const WallClock& wall() const { return m_wall; }
    void setLast(qint64 stamp) { m_last = stamp; }

    static qint64 wallMillis(qint64 stamp) { return stamp >> 16; }
    static int counter(qint64 stamp) { return int(stamp & 0xffff); }
    static qint64 pack(qint64 millis, int counter) { return (millis << 16) | counter; }
    static qint64 systemWall();

private:
    WallClock m_wall;
    qint64 m_last = 0;
};

} // namespace percorsi
