#pragma once

#include <optional>
#include <vector>

#include "core/domain/SessionPlanner.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

// Paths and what belongs to them: sessions from a recurrence, enrolments
// with a waiting list when the path is full (a seat is never given beyond the
// capacity), withdrawal with promotion of the first person waiting, completion.
class PathStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    struct Summary
    {
        Record path{Entity::Path};
        QString project, funder, trainer;
        int enrolled = 0, waiting = 0, completed = 0, withdrawn = 0, sessions = 0;
    };

    struct Enrolled
    {
        Record enrolment{Entity::Enrolment};
        QString name;       // "Family Given", as registers sort
        QString fullName;   // "Given Family", as certificates say
        QString caseNumber; // MI-SS-000123
    };

    // The catalogue of paths, latest first; a trainer's own before the others
    // when trainerId != 0.
    Result<std::vector<Summary>> catalogue(qint64 trainerId = 0);
    Result<Summary> summary(qint64 pathId);
    // Sessions of a path by date and time, cancelled ones included.
    Result<std::vector<Record>> sessions(qint64 pathId);
    // Sessions on a day of the paths of a trainer (all trainers when 0).
    Result<std::vector<Record>> sessionsOn(QDate day, qint64 trainerId = 0);
    // Adds the sessions of a recurrence in one transaction; returns how many.
    Result<int> addSessions(qint64 pathId, const SessionPlanner::Recurrence& recurrence,
                            const QString& place = {}, const QString& topic = {});
    Status cancelSession(qint64 sessionId, bool cancelled = true);
    Status moveSession(qint64 sessionId, QDate date, QTime start, int minutes);
    Status describeSession(qint64 sessionId, const QString& place, const QString& topic);

    // People of a path (the waiting list last, in the order they joined it).
    Result<std::vector<Enrolled>> enrolments(qint64 pathId);
    // Seats taken: enrolled and completed people.
    int seatsTaken(qint64 pathId);
    // Enrols a person, or puts her on the waiting list when the path is full.
    Result<Record> enrol(qint64 pathId, qint64 personId, QDate on);
    // Enrols several people in one transaction, in order.
    Result<std::vector<Record>> enrolAll(qint64 pathId, const std::vector<qint64>& personIds,
                                         QDate on);
    // Gives free seats to the people waiting longest; returns those enrolled.
    Result<std::vector<Record>> promote(qint64 pathId, QDate on);
    // Withdraws a person, then gives her seat to the first person waiting.
    Status withdraw(qint64 enrolmentId, QDate on, const QString& reason);
    Status complete(qint64 enrolmentId, QDate on, const QString& qualification);

private:
    Result<Record> enrolOne(const Record& path, qint64 personId, QDate on);
    Summary readSummary(class Statement& st);
    Status setStatus(qint64 enrolmentId, const QString& status, QDate on, const char* field,
                     const QString& text);
};

} // namespace percorsi
