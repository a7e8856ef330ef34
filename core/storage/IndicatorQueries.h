#pragma once

#include <functional>
#include <map>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "core/reports/Indicators.h"
#include "core/storage/ReportScope.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;
class Statement;

// The SQL behind the indicator engine. selectPeople() visits the people a
// report is about in one pass and keeps them in a ReportScope; every other
// query aggregates over that scope (in_report_scope) or over the activities in
// scope, so that each figure costs one aggregate statement however many people
// there are. One instance serves one computation.
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

    // The columns of one person that the people indicators read, as UTF-8
    // valid during the visit only: no string is built for each person.
    struct PersonRow
    {
        int reachedOn = 0; // yyyymmdd
        qint64 deskId = 0;
        QByteArrayView gender, birthDate, citizenships, countryOfBirth, deskCountry;
        QByteArrayView employment, housing, status, exitDate, exitSituation;
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
    // Finds the people in scope and visits each once; the later queries count only them.
    Status selectPeople(const Scope& scope, const std::function<void(const PersonRow&)>& visit);
    // The name of a desk seen by selectPeople().
    QString deskName(qint64 deskId) const;
    Status forEachLeaverFollowup(const Scope& scope,
                                 const std::function<void(const LeaverFollowup&)>& visit);
    // Hours delivered and attended, attendance rates by path type.
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
    struct Desk
    {
        QByteArray country;
        QString name;
    };

    void bindScope(Statement& st, const Scope& scope);
    Status loadDesks();
    Status reachInProject(const Scope& scope);
    Status visitPeople(const Scope& scope, const std::function<void(const PersonRow&)>& visit);

    Database& m_db;
    ReportScope m_scope;
    std::map<qint64, Desk> m_desks;
};

} // namespace percorsi
