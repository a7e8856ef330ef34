#pragma once

#include <vector>

#include "core/storage/RecordStore.h"

namespace percorsi {

// Community events with their headcounts and, optionally, the people who came
// by name. An event and its named participants are saved together.
class EventStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    struct Participant
    {
        qint64 personId = 0;
        QString name;       // "Given Family"
        QString caseNumber; // MI-SS-000123
    };

    // Inserts or updates the event and makes its named participants exactly
    // `personIds`, in one transaction.
    Result<Record> save(Record event, const std::vector<qint64>& personIds);
    // The people named at an event, by family and given name.
    Result<std::vector<Participant>> participants(qint64 eventId);

private:
    Status syncParticipants(qint64 eventId, const std::vector<qint64>& personIds);
};

} // namespace percorsi
