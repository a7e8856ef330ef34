#include "core/util/BloomFilter.h"

#include <QHashFunctions>

namespace percorsi {

BloomFilter::BloomFilter(int log2Bits)
    : m_words(size_t(1) << (log2Bits - 6), 0), m_mask((std::uint64_t(1) << log2Bits) - 1)
{
}

// Blocked: every probe of a string falls in one 512-bit block, a cache line,
// picked by one hash; the probes are four 9-bit slices of a second hash. A
// string costs one cache miss where scattered probes cost four.
std::uint64_t BloomFilter::hash(QStringView text)
{
    return qHash(text, size_t(0x9e3779b97f4a7c15ULL));
}

void BloomFilter::probes(std::uint64_t h1, std::uint64_t (&out)[kProbes]) const
{
    std::uint64_t h2 = h1 * 0xc2b2ae3d27d4eb4fULL;
    h2 ^= h2 >> 29;
    h2 *= 0x94d049bb133111ebULL;
    h2 ^= h2 >> 32;
    const std::uint64_t block = (h1 << 9) & m_mask;
    for (int i = 0; i < kProbes; ++i)
        out[i] = block | ((h2 >> (9 * i)) & 511);
}

void BloomFilter::prefetch(std::uint64_t hash) const
{
    __builtin_prefetch(&m_words[size_t(((hash << 9) & m_mask) >> 6)]);
}

void BloomFilter::add(std::uint64_t hash)
{
    std::uint64_t bits[kProbes];
    probes(hash, bits);
    for (std::uint64_t bit : bits)
        m_words[size_t(bit >> 6)] |= std::uint64_t(1) << (bit & 63);
}

bool BloomFilter::mayContain(std::uint64_t hash) const
{
    std::uint64_t bits[kProbes];
    probes(hash, bits);
    for (std::uint64_t bit : bits) {
        if (!(m_words[size_t(bit >> 6)] & (std::uint64_t(1) << (bit & 63))))
            return false;
    }
    return true;
}

} // namespace percorsi
