#pragma once

#include <functional>
#include <vector>

#include <QString>

#include "core/reports/Indicators.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;

// The SQL behind the indicator engine. selectPeople() puts the people a
// report is about into a temporary table; every other query aggregates over
// that table or over the activities in scope, so that each figure costs one
// aggregate statement however many people there are.
//
// A person belongs to a project when she is enrolled in one of its paths (not
// only on the waiting list) or took part in one of its events by name; she is
// reached on the earliest of those dates. Without a project every person
// counts, reached on her intake date. A desk filter keeps the people created
// at that desk and the paths and events run there.
class IndicatorQueries
{
public:
    struct Scope
    {
        qint64 projectId = 0, deskId = 0;
        QString from, to, today; // ISO dates
        bool funder = false;     // only people consenting to anonymous reporting
    };

    // The columns of one person that the people indicators read.
    struct PersonRow
    {
        QString reachedOn, gender, birthDate, citizenships, countryOfBirth, deskCountry, deskName;
        QString employment, housing, status, exitDate, exitSituation;
        int birthYear = 0, isced = -1;
        bool disability = false, minority = false;
    };

    // Six months after leaving: her latest follow-up on leaving that is done.
    struct LeaverFollowup
    {
        QString gender, situation;
        bool improved = false;
    };

    struct Named
    {
        qint64 id = 0;
        QString name;
    };

    explicit IndicatorQueries(Database& db);

    // Projects and desks by name, for the filters.
    Result<std::vector<Named>> projects();
    Result<std::vector<Named>> desks();
    // The id of the project or desk of that name; an error naming it when there is none.
    Result<qint64> projectNamed(const QString& name);
    Result<qint64> deskNamed(const QString& name);

    Status project(qint64 projectId, Indicators& out);
    Status deskName(qint64 deskId, Indicators& out);
    Status selectPeople(const Scope& scope);
    Status forEachPerson(const std::function<void(const PersonRow&)>& visit);
    Status forEachLeaverFollowup(const Scope& scope,
                                 const std::function<void(const LeaverFollowup&)>& visit);
    Status hours(const Scope& scope, Indicators& out);
    Status attendance(const Scope& scope, Indicators& out);
    Status completions(const Scope& scope, Indicators& out);
    Status selfEntrepreneurship(const Scope& scope, Indicators& out);
    Status referrals(const Scope& scope, Indicators& out);
    Status placements(const Scope& scope, Indicators& out);
    Status followups(const Scope& scope, Indicators& out);
    Status events(const Scope& scope, Indicators& out);
    Status scales(Indicators& out);
    Status targets(qint64 projectId, Indicators& out);

private:
    Database& m_db;
};

} // namespace percorsi
