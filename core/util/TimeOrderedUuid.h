#pragma once

#include <QString>

namespace percorsi {

// Version 7 uuids (RFC 9562): 48 bits of Unix time in milliseconds, then 74
// random bits, written in lower case as QUuid writes them. Each uuid is
// greater than the one before it from the same sequence: within one
// millisecond, or when the clock steps back, the random part grows by a
// random step instead of being drawn afresh ("monotonic random", RFC 9562
// 6.2). Records made one after another thus get increasing uuids, and every
// uuid index grows at its end instead of at random pages: inserts, bundle
// imports and integrity checks touch a few pages where random uuids touched
// one page per row.
class TimeOrderedUuid
{
public:
    // The next uuid at `unixMs`, from two random words (the first seeds a new
    // millisecond's random part, the second sizes the step within one).
    QString next(qint64 unixMs, quint64 random1, quint64 random2);

    // The next uuid at the system clock, from the system's random source,
    // from one sequence shared by the whole process (thread-safe).
    static QString create();

    // The text form of a uuid given as its two 64-bit halves.
    static QString format(quint64 high, quint64 low);

private:
    qint64 m_unixMs = -1;
    unsigned __int128 m_random = 0; // the 74 random bits
};

} // namespace percorsi
