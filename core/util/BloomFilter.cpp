#include "core/util/BloomFilter.h"

#include <QHashFunctions>

namespace percorsi {

BloomFilter::BloomFilter(int log2Bits)
    : m_words(size_t(1) << (log2Bits - 6), 0), m_mask((std::uint64_t(1) << log2Bits) - 1)
{
}

// Double hashing: the probes are h1 + i·h2 of two independent hashes.
void BloomFilter::probes(QStringView text, std::uint64_t (&out)[kProbes]) const
{
    const std::uint64_t h1 = qHash(text, size_t(0x9e3779b97f4a7c15ULL));
    const std::uint64_t h2 = qHash(text, size_t(0xc2b2ae3d27d4eb4fULL)) | 1;
    for (int i = 0; i < kProbes; ++i)
        out[i] = (h1 + std::uint64_t(i) * h2) & m_mask;
}

void BloomFilter::add(QStringView text)
{
    std::uint64_t bits[kProbes];
    probes(text, bits);
    for (std::uint64_t bit : bits)
        m_words[size_t(bit >> 6)] |= std::uint64_t(1) << (bit & 63);
}

bool BloomFilter::mayContain(QStringView text) const
{
    std::uint64_t bits[kProbes];
    probes(text, bits);
    for (std::uint64_t bit : bits) {
        if (!(m_words[size_t(bit >> 6)] & (std::uint64_t(1) << (bit & 63))))
            return false;
    }
    return true;
}

} // namespace percorsi
