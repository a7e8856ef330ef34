#pragma once

#include <cstddef>

#include <QByteArray>

namespace percorsi {

// A real number as text, as QByteArray::number(value, 'g', 15) writes it:
// the form of reals in bundles and digests.
class RealText
{
public:
    static constexpr size_t kRoom = 32;

    // Written into `text` (kRoom long) and its length returned, for a value
    // that is a whole number or has at most three decimals below 1e15 (hours,
    // amounts); 0 for any other, which QByteArray::number() writes instead.
    static size_t shortForm(char* text, double value);
    static QByteArray of(double value);
};

} // namespace percorsi
