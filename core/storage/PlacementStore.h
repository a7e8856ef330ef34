#pragma once

#include <vector>

#include <QStringList>

#include "core/storage/RecordStore.h"

namespace percorsi {

// Placements of people at employers and their way through the stages
// (proposed, interview, started, ended). Starting dates the placement,
// ending asks for its end date and outcome and schedules its follow-up six
// months later; each move is one transaction.
class PlacementStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    struct Ending
    {
        QDate endDate; // today when not given
        QString outcome;
        QString note;
    };

    // A placement as the pipeline shows it.
    struct Card
    {
        Record placement{Entity::Placement};
        QString person;     // "Given Family"
        QString caseNumber; // MI-SS-000123
        QString employer;   // empty for self-employment
    };

    // The stages in order.
    static const QStringList& stages();
    static QString nextStage(const QString& stage);
    static QString previousStage(const QString& stage);

    // Inserts or updates a placement; an ended one gets its follow-up (once),
    // one no longer ended loses the follow-up still to be done.
    Result<Record> save(Record placement);
    // Moves a placement to any stage; to "ended" with `ending`.
    Result<Record> moveTo(qint64 placementId, const QString& stage, const Ending& ending = {});
    Result<Record> advance(qint64 placementId, const Ending& ending = {});
    Result<Record> retreat(qint64 placementId);

    // Placements of the people of a desk (all desks when 0), by stage order then newest.
    Result<std::vector<Card>> pipeline(qint64 deskId = 0);
    // The placements at an employer, newest first.
    Result<std::vector<Card>> atEmployer(qint64 employerId);

private:
    Result<std::vector<Card>> cards(const char* where, qint64 key);
    Status applyStage(Record& placement, const QString& stage, const Ending& ending);
    Status syncFollowup(const Record& placement, bool wasEnded);
};

} // namespace percorsi
