#include "core/sync/HybridClock.h"

#include <QDateTime>

namespace percorsi {

HybridClock::HybridClock(WallClock wall) : m_wall(std::move(wall)) {}

qint64 HybridClock::systemWall()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 HybridClock::now()
{
    const qint64 wall = pack(m_wall(), 0);
    // The counter carries into the millisecond bits when it overflows.
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridClock::observe(qint64 stamp)
{
    if (stamp > m_last)
        m_last = stamp;
}

} // namespace percorsi
