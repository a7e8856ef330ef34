#include "core/util/UuidIdMap.h"

#include <cstdlib>
#include <new>

namespace percorsi {

namespace {

constexpr int kIdBits = 47;
constexpr std::uint64_t kIdMask = (std::uint64_t(1) << kIdBits) - 1;

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9') return c - u'0';
    if (c >= u'a' && c <= u'f') return c - u'a' + 10;
    return -1;
}

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

void UuidIdMap::FreeSlots::operator()(Slot* table) const
{
    std::free(table);
}

UuidIdMap::UuidIdMap(int log2Capacity)
    : m_mask((std::uint64_t(1) << (log2Capacity + 1)) - 1), m_capacity(qint64(1) << log2Capacity)
{
}

std::optional<UuidIdMap::Bits> UuidIdMap::parse(QStringView uuid)
{
    if (uuid.size() != 36)
        return std::nullopt;
    Bits bits;
    int nibbles = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = uuid[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-') return std::nullopt;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0) return std::nullopt;
        std::uint64_t& word = nibbles < 16 ? bits.hi : bits.lo;
        word = word << 4 | std::uint64_t(v);
        ++nibbles;
    }
    return bits;
}

std::uint64_t UuidIdMap::start(int kind, const Bits& bits) const
{
    return mix(bits.hi ^ mix(bits.lo + std::uint64_t(kind))) & m_mask;
}

std::optional<qint64> UuidIdMap::find(int kind, QStringView uuid) const
{
    if (!m_slots)
        return std::nullopt;
    const auto bits = parse(uuid);
    return bits ? find(kind, *bits) : std::nullopt;
}

std::optional<qint64> UuidIdMap::find(int kind, const Bits& bits) const
{
    if (!m_slots || kind < 0 || kind > 0xffff)
        return std::nullopt;
    const std::uint64_t tag = std::uint64_t(kind) << kIdBits;
    for (std::uint64_t i = start(kind, bits);; i = (i + 1) & m_mask) {
        const Slot& s = m_slots[i];
        if (s.value == 0)
            return std::nullopt;
        if (s.hi == bits.hi && s.lo == bits.lo && (s.value & ~kIdMask) == tag)
            return qint64(s.value & kIdMask);
    }
}

void UuidIdMap::prefetch(int kind, const Bits& bits) const
{
    if (m_slots)
        __builtin_prefetch(&m_slots[start(kind, bits)]);
}

void UuidIdMap::insert(int kind, QStringView uuid, qint64 id)
{
    if (const auto bits = parse(uuid))
        insert(kind, *bits, id);
}

void UuidIdMap::insert(int kind, const Bits& bits, qint64 id)
{
    if (kind < 0 || kind > 0xffff || id <= 0 || std::uint64_t(id) > kIdMask)
        return;
    if (!m_slots) {
        // calloc: the pages of the table are the system's zeros until written.
        auto* table = static_cast<Slot*>(std::calloc(size_t(m_mask + 1), sizeof(Slot)));
        if (!table)
            throw std::bad_alloc();
        m_slots.reset(table);
    }
    if (m_size >= m_capacity)
        clear(); // at most half full: the probes stay short
    const std::uint64_t value = std::uint64_t(kind) << kIdBits | std::uint64_t(id);
    for (std::uint64_t i = start(kind, bits);; i = (i + 1) & m_mask) {
        Slot& s = m_slots[i];
        if (s.value == 0) {
            s = {bits.hi, bits.lo, value};
            ++m_size;
            return;
        }
        if (s.hi == bits.hi && s.lo == bits.lo && (s.value & ~kIdMask) == (value & ~kIdMask)) {
            s.value = value;
            return;
        }
    }
}

void UuidIdMap::clear()
{
    if (m_slots && m_size > 0) {
        for (std::uint64_t i = 0; i <= m_mask; ++i)
            m_slots[i].value = 0;
    }
    m_size = 0;
}

} // namespace percorsi
