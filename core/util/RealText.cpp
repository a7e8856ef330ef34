#include "core/util/RealText.h"

#include <charconv>
#include <cmath>

namespace percorsi {

size_t RealText::shortForm(char* text, double value)
{
    // A decimal of at most 15 significant digits comes back from the double
    // nearest to it unchanged when rounded to 15 digits (DBL_DIG): if
    // value * 10^k is a whole number n and n / 10^k gives value again, the
    // 15-digit form is n with k decimals, trailing zeros dropped. Below 1e15
    // and above 1e-4 'g' writes no exponent.
    if (!std::isfinite(value) || value == 0 || std::fabs(value) >= 1e15 || std::fabs(value) < 1e-3)
        return 0;
    constexpr double kScales[] = {1, 10, 100, 1000};
    for (int k = 0; k < 4; ++k) {
        const double scaled = value * kScales[k];
        if (std::fabs(scaled) >= 1e15 || scaled != std::trunc(scaled)
            || scaled / kScales[k] != value)
            continue;
        auto n = static_cast<long long>(scaled);
        char* p = text;
        if (n < 0) {
            *p++ = '-';
            n = -n;
        }
        char digits[24];
        char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        size_t count = size_t(end - digits);
        // Trailing zeros of the decimals are not written, nor a bare point.
        int decimals = k;
        while (decimals > 0 && digits[count - 1] == '0') {
            --count;
            --decimals;
        }
        const size_t whole = count > size_t(decimals) ? count - size_t(decimals) : 0;
        if (whole == 0) {
            *p++ = '0';
        } else {
            for (size_t i = 0; i < whole; ++i)
                *p++ = digits[i];
        }
        if (decimals > 0) {
            *p++ = '.';
            for (int z = int(count); z < decimals; ++z) // the zeros after the point: 0.05
                *p++ = '0';
            for (size_t i = whole; i < count; ++i)
                *p++ = digits[i];
        }
        return size_t(p - text);
    }
    return 0;
}

QByteArray RealText::of(double value)
{
    char text[kRoom];
    if (const size_t size = shortForm(text, value))
        return QByteArray(text, qsizetype(size));
    return QByteArray::number(value, 'g', 15);
}

} // namespace percorsi
