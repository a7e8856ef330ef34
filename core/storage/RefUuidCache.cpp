#include "core/storage/RefUuidCache.h"

#include "core/domain/Schema.h"
#include "core/storage/Connection.h"

namespace percorsi {

RefUuidCache::RefUuidCache(Connection& connection, const EntityDef& target, int log2Slots)
    : m_connection(connection),
      m_sql(std::string("SELECT uuid FROM ") + target.table + " WHERE id = ?"),
      m_log2Slots(log2Slots)
{
}

const QByteArray& RefUuidCache::uuid(qint64 id)
{
    if (m_slots.empty())
        m_slots.resize(size_t(1) << m_log2Slots);
    Slot& slot = m_slots[size_t(id) & (m_slots.size() - 1)];
    if (slot.id == id && id != 0)
        return slot.uuid;
    Statement st = m_connection.prepare(m_sql);
    st.bind(1, id);
    slot.id = id;
    slot.uuid = st.next() ? st.utf8(0).toByteArray() : QByteArray();
    return slot.uuid;
}

} // namespace percorsi
