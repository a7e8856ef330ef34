#pragma once

#include <string>
#include <vector>

#include <QByteArray>

namespace percorsi {

class Connection;
struct EntityDef;

// The uuids of one table's records by local id, for an export that writes
// each reference as the uuid of its target. Rows name the same few records
// again and again (a session's marks name its path's people, a person's
// consents name her), so a small table in front of SQLite answers nearly
// every lookup that a search of the referenced table would. Its size is
// fixed: memory stays flat in bundle size.
class RefUuidCache
{
public:
    RefUuidCache(Connection& connection, const EntityDef& target, int log2Slots = 14);

    // The uuid of record `id`, or a null array when there is none. Copy the
    // array (implicitly shared, no allocation) to keep it.
    const QByteArray& uuid(qint64 id);

private:
    struct Slot
    {
        qint64 id = 0;
        QByteArray uuid;
    };

    Connection& m_connection;
    std::string m_sql;
    int m_log2Slots;
    std::vector<Slot> m_slots; // allocated at the first lookup
};

} // namespace percorsi
