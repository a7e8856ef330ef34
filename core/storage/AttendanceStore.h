#pragma once

#include <map>
#include <vector>

#include "core/storage/RecordStore.h"

namespace percorsi {

// Attendance of people at the sessions of a path: the register of a whole
// session saved at once, and the figures drawn from it (rates, hours,
// consecutive absences). An excused absence neither counts as an absence nor
// breaks a run of absences; being present ends a run.
class AttendanceStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    struct Mark
    {
        qint64 personId = 0;
        QString status;    // present, absent, excused; empty removes the row
        double hours = -1; // < 0: the session's length when present, none otherwise
    };

    struct Tally
    {
        int present = 0, absent = 0, excused = 0;
        double hours = 0;
        int recorded() const { return present + absent + excused; }
        // Present over recorded, 0..1; 0 when nothing is recorded.
        double rate() const { return recorded() ? double(present) / recorded() : 0.0; }
    };

    struct PathHours
    {
        double planned = 0;   // the path's planned hours
        double scheduled = 0; // sessions not cancelled
        double delivered = 0; // sessions not cancelled, up to today
        double attended = 0;  // hours of attendance of all people
    };

    // The absences in a row at the person's latest sessions, over all paths.
    int consecutiveAbsences(qint64 personId);
    // The same within one path.
    int consecutiveAbsences(qint64 personId, qint64 pathId);
    // Per person of a path, the absences in a row at her latest sessions.
    Result<std::map<qint64, int>> consecutiveAbsencesOfPath(qint64 pathId);

    // Writes the register of one session in one transaction: rows added,
    // changed or removed so that the session holds exactly these marks.
    Status saveSession(qint64 sessionId, const std::vector<Mark>& marks);
    // The rows of a session, or of every session of a path.
    Result<std::vector<Record>> ofSession(qint64 sessionId);
    Result<std::vector<Record>> ofPath(qint64 pathId);

    // Per person of a path: present, absent, excused and hours.
    Result<std::map<qint64, Tally>> talliesOfPath(qint64 pathId);
    Tally tallyOf(qint64 personId, qint64 pathId);
    // Hours of attendance of a person over all paths.
    double hoursOfPerson(qint64 personId);
    Result<PathHours> hoursOfPath(qint64 pathId);

private:
    Status writeMark(const Record* stored, Record row, const Mark& mark, int minutes);
};

} // namespace percorsi
