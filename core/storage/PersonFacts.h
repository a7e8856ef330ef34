#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// What the profile of one person shows besides her own fields: her history,
// her alerts and how she attends her paths.
class PersonFacts
{
public:
    // One thing that happened to her: a record of hers and its date.
    struct Event
    {
        QString entity; // schema entity name: "assessment", "referral" …
        qint64 id = 0;
        QDate date;
        QString what; // the record's main code or text (kind, status, purpose …)
    };

    struct Alerts
    {
        QDate permitExpiry; // valid when the permit expires within 60 days from today
        int followUpsDue = 0;
        int absencesInARow = 0; // since her last attendance that was not an absence
        bool any() const { return permitExpiry.isValid() || followUpsDue > 0 || absencesInARow >= 3; }
    };

    struct PathAttendance
    {
        qint64 enrolmentId = 0;
        qint64 pathId = 0;
        int present = 0;  // sessions attended (present)
        int recorded = 0; // sessions with her attendance recorded
        double rate() const { return recorded ? double(present) / recorded : 0.0; }
    };

    explicit PersonFacts(Database& db);

    // Everything recorded about her, newest first.
    Result<std::vector<Event>> history(qint64 personId);
    Result<Alerts> alerts(qint64 personId);
    Result<int> consecutiveAbsences(qint64 personId);
    Result<std::vector<PathAttendance>> attendance(qint64 personId);

private:
    Status admit(qint64 personId, bool details);

    Database& m_db;
};

} // namespace percorsi
