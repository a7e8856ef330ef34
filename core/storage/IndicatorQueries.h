#pragma once

#include <array>
#include <functional>
#include <limits>
#include <map>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "core/reports/Indicators.h"
#include "core/storage/ReportScope.h"
#include "core/util/Result.h"

namespace percorsi {

class Connection;
class Database;
class Statement;

// The SQL behind the indicator engine. selectPeople() visits the people a
// report is about in one pass and keeps them in a ReportScope; every other
// query aggregates over that scope (in_report_scope) or over the activities in
// scope, so that each figure costs one aggregate statement however many people
// there are. One instance serves one computation, or one part of it: the
// work can be split by ranges of person and path ids between two threads,
// each with its own connection, and the parts' figures added up.
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
        qint64 id = 0;
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
        qint64 personId = 0;
        QByteArrayView situation;
        bool improved = false;
    };

    struct Named
    {
        qint64 id = 0;
        QString name;
    };

    // The people and paths one part of a computation counts; all by default.
    struct Part
    {
        static constexpr qint64 kLast = std::numeric_limits<qint64>::max();
        qint64 firstPerson = 0, lastPerson = kLast;
        qint64 firstPath = 0, lastPath = kLast;
    };

    // The sums behind the means of the needs and empowerment scales: for each
    // field the sum and count at the first assessment, then at the latest.
    struct ScaleSums
    {
        std::array<qint64, 48> sums{};
        qint64 people = 0;
        void add(const ScaleSums& other);
        // The means of each scale, into out.scales.
        void finish(Indicators& out) const;
    };

    // On the database's connection, over a scope of its own: for the names of
    // projects and desks, and figures that need no scope.
    explicit IndicatorQueries(Database& db);
    // One part, on a connection of its own, over a scope shared by the parts:
    // the scope is reset by the caller; each part fills in only its people.
    IndicatorQueries(Connection& connection, ReportScope& scope, const Part& part);
    IndicatorQueries(const IndicatorQueries&) = delete;
    IndicatorQueries& operator=(const IndicatorQueries&) = delete;

    // The largest id of a table, for ReportScope::reset and the split into parts.
    static Result<qint64> maxId(Connection& connection, const char* table);

    // Projects and desks by name, for the filters.
    Result<std::vector<Named>> projects();
    Result<std::vector<Named>> desks();
    // The id of the project or desk of that name; an error naming it when there is none.
    Result<qint64> projectNamed(const QString& name);
    Result<qint64> deskNamed(const QString& name);

    Status project(qint64 projectId, Indicators& out);
    Status deskName(qint64 deskId, Indicators& out);
    // The people and paths the queries below count from now on.
    void setPart(const Part& part) { m_part = part; }
    // Reads the desks' names and countries, for selectPeople() and deskName().
    Status loadDesks();
    // With a project, the day each person was first reached in it: enrolled in
    // one of the part's paths, or (atEvents) named at one of its events. Two
    // threads may do so at once over the same scope, for different paths.
    Status reach(const Scope& scope, bool atEvents);
    // Finds the people in scope (of this part) and visits each once; the later
    // queries count only them. The scope's owner resets it first
    // (ReportScope::reset) and, with a project, has every reach() done first.
    Status selectPeople(const Scope& scope, const std::function<void(const PersonRow&)>& visit);
    // The name of a desk read by loadDesks().
    QString deskName(qint64 deskId) const;
    // Of each person in scope, the latest follow-up on leaving that is done:
    // whether she left within the period is the caller's to check.
    Status forEachLeaverFollowup(const Scope& scope,
                                 const std::function<void(const LeaverFollowup&)>& visit);
    // Each of these adds the figures of the part to those in `out` (or
    // `sums`): the parts' figures add up to those of the whole.
    // Hours delivered and attended, attendance rates by path type.
    Status attendance(const Scope& scope, Indicators& out);
    // In funder mode, takes the marks of the people who did not consent off
    // those attendance() counted (the tallies count everyone's): a path type
    // may be left with none recorded.
    Status withholdAttendance(const Scope& scope, Indicators& out);
    Status completions(const Scope& scope, Indicators& out);
    Status selfEntrepreneurship(const Scope& scope, Indicators& out);
    Status referrals(const Scope& scope, Indicators& out);
    Status placements(const Scope& scope, Indicators& out);
    Status followups(const Scope& scope, Indicators& out);
    Status events(const Scope& scope, Indicators& out);
    Status scales(ScaleSums& sums);
    Status targets(qint64 projectId, Indicators& out);

private:
    struct Desk
    {
        QByteArray country;
        QString name;
    };

    void bindScope(Statement& st, const Scope& scope);

    Connection& m_connection;
    ReportScope m_ownScope; // the whole computation's
    ReportScope& m_scope;
    Part m_part;
    std::map<qint64, Desk> m_desks;
};

} // namespace percorsi
