#pragma once

#include <vector>

#include "core/storage/RecordStore.h"

namespace percorsi {

// The ESF+ longer-term result: a follow-up falls due six months after a person
// leaves the programme or a placement of hers ends. Scheduling never makes a
// second follow-up for the same leaving; recording one saves the situation found.
class FollowupStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    struct Due
    {
        Record followup{Entity::Followup};
        QString name;          // "Given Family"
        QString caseNumber;    // MI-SS-000123
        QString employer;      // when it follows a placement
        QString placementType; // a placement_type code, when it follows a placement
    };

    // Six months after `left`, the day a follow-up falls due.
    static QDate dueAfter(QDate left);

    // The follow-up of a placement that ended on `endedOn`: created, or its due
    // date moved when it is still to be done.
    Result<Record> scheduleForPlacement(const Record& placement, QDate endedOn);
    // The follow-up of a person who left the programme on `exitDate`.
    Result<Record> scheduleForExit(qint64 personId, QDate exitDate);
    // Removes the follow-up still to be done of a placement no longer ended (one
    // already recorded is kept and refuses), or of a case reopened (placementId 0;
    // one already recorded is kept).
    Status unschedule(qint64 personId, qint64 placementId);

    // Follow-ups not yet done that fall due by `by`, soonest first; of the
    // people of one desk, or of all desks when deskId is 0.
    Result<std::vector<Due>> dueBy(QDate by, qint64 deskId = 0);
    // Her follow-ups, latest due first.
    Result<std::vector<Record>> ofPerson(qint64 personId);
    // Records the situation found on `doneOn`.
    Result<Record> recordSituation(qint64 followupId, QDate doneOn, const QString& situation,
                                   std::optional<bool> improved = {}, const QString& note = {});

private:
    // The follow-up of this leaving: the placement's, or her exit's still to be done.
    Result<std::optional<Record>> existing(qint64 personId, qint64 placementId);
    Result<Record> schedule(Record followup, QDate due);
};

} // namespace percorsi
