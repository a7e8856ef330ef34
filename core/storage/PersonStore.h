#pragma once

#include <functional>

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
    // Registers a person with her consents (each without person_id), in one transaction.
    Result<Record> createWithConsents(Record person, std::vector<Record> consents);
    // A person by uuid or by case number (MI-SS-000123).
    Result<Record> resolve(const QString& idOrCaseNumber);

    // Closes her case with a close_reason code and an exit date (not before
    // intake, not in the future). A closed case cannot be closed again. Her
    // follow-up falls due six months after the exit date.
    Result<Record> closeCase(qint64 personId, const QString& reason, const QDate& exitDate,
                             const QString& exitSituation = {});
    // Writes her record (an edit, an undo); when the case closes or reopens by
    // it, her follow-up after leaving is scheduled or dropped in the same transaction.
    Result<Record> save(const Record& person);
    // Makes a closed case active again; the reason, exit date and situation are
    // cleared, and so is the follow-up of that exit unless it was already recorded.
    Result<Record> reopenCase(qint64 personId);

private:
    Result<Record> inTransaction(const std::function<Result<Record>()>& work);
};

} // namespace percorsi
