#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <QStringView>
#include <QtGlobal>

namespace percorsi {

// The ids of records by kind and uuid, in a table of fixed size: 24 bytes a
// uuid, the uuid held as its 128 bits, so that memory does not grow with a
// bundle. When it holds `capacity` ids it forgets them all and starts again.
// Only uuids in their canonical form (lowercase hex, dashes at 8, 13, 18 and
// 23) are held: another spelling is another text to SQLite, so it is always
// looked up there.
class UuidIdMap
{
public:
    explicit UuidIdMap(int log2Capacity = 18);

    // The 128 bits of a canonical uuid, or nullopt.
    struct Bits
    {
        std::uint64_t hi = 0, lo = 0;
    };
    static std::optional<Bits> parse(QStringView uuid);

    std::optional<qint64> find(int kind, QStringView uuid) const;
    // The same with the uuid parsed ahead, perhaps on another thread.
    std::optional<qint64> find(int kind, const Bits& uuid) const;
    // Ids above 2^47 and kinds above 2^16 are not held.
    void insert(int kind, QStringView uuid, qint64 id);
    void insert(int kind, const Bits& uuid, qint64 id);
    // Asks the processor for the memory where find() will look: issued a row
    // ahead, it hides the wait for memory behind the work on the row before.
    void prefetch(int kind, const Bits& uuid) const;
    void clear();
    qint64 size() const { return m_size; }

private:
    struct Slot
    {
        std::uint64_t hi, lo, value; // value: kind << 47 | id; 0 when empty
    };
    struct FreeSlots
    {
        void operator()(Slot* table) const;
    };
    std::uint64_t start(int kind, const Bits& bits) const;

    std::unique_ptr<Slot[], FreeSlots> m_slots; // allocated at the first insert
    std::uint64_t m_mask;
    qint64 m_capacity;
    qint64 m_size = 0;
};

} // namespace percorsi
