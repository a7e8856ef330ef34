#include "core/storage/EventStore.h"

#include <algorithm>

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

const char* const kParticipants =
    "SELECT ep.id, p.id, p.given_name || ' ' || p.family_name, p.case_number"
    " FROM event_participant ep JOIN person p ON p.id = ep.person_id"
    " WHERE ep.event_id = ? ORDER BY p.family_name, p.given_name, p.id";

bool contains(const std::vector<qint64>& ids, qint64 id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

Result<Record> EventStore::save(Record event, const std::vector<qint64>& personIds)
{
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    auto saved = event.id() ? update(event) : insert(event);
    if (!saved) return saved.error();
    if (Status st = syncParticipants(saved->id(), personIds); !st.ok()) return st.error();
    if (Status st = tx.commit(); !st.ok()) return st.error();
    return saved;
}

Status EventStore::syncParticipants(qint64 eventId, const std::vector<qint64>& personIds)
{
    std::vector<std::pair<qint64, qint64>> named; // (participant id, person id)
    Statement st = database().connection().prepare(kParticipants);
    st.bind(1, eventId);
    while (st.next())
        named.emplace_back(st.int64(0), st.int64(1));
    if (!st.ok()) return st.error();
    std::vector<qint64> kept;
    for (const auto& [participant, person] : named) {
        if (contains(personIds, person) && !contains(kept, person)) {
            kept.push_back(person);
            continue;
        }
        if (Status r = remove(schema::def(Entity::EventParticipant), participant); !r.ok())
            return r;
    }
    for (qint64 person : personIds) {
        if (contains(kept, person)) continue;
        kept.push_back(person);
        Record p(Entity::EventParticipant);
        p.set(u"event_id", eventId);
        p.set(u"person_id", person);
        if (auto added = insert(p); !added) return added.error();
    }
    return {};
}

Result<std::vector<EventStore::Participant>> EventStore::participants(qint64 eventId)
{
    Statement st = database().connection().prepare(kParticipants);
    st.bind(1, eventId);
    std::vector<Participant> out;
    while (st.next())
        out.push_back({st.int64(1), st.text(2), st.text(3)});
    if (!st.ok()) return st.error();
    return out;
}

} // namespace percorsi
