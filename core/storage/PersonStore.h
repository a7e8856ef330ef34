#pragma once

#include "core/storage/RecordStore.h"

namespace percorsi {

// The people the programme serves: creation with a per-desk case number,
// lookup by uuid or case number, and the records that belong to a person.
class PersonStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    // Inserts a person; the case number is taken from the desk's counter.
    Result<Record> create(Record person);
    // A person by uuid or by case number (MI-SS-000123).
    Result<Record> resolve(const QString& idOrCaseNumber);
};

} // namespace percorsi
