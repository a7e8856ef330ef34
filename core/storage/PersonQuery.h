#pragma once

#include <map>
#include <string>
#include <vector>

#include <QDate>
#include <QString>
#include <QVariant>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// The people of the People page: filtered, sorted and read a page at a time,
// fast at 1M people (filters on indexed columns, pages of ids along an index),
// with the count under the same filters. A page starts after the last row of
// the nearest page read before it, so a jump anywhere walks only the rows
// between the two instead of every row before it.
class PersonQuery
{
public:
    static constexpr int kPermitWarningDays = 60;
    static constexpr int kAbsencesInARow = 3;
    // The alerts filter counts absences in a row when the latest is this recent.
    static constexpr int kRecentAbsenceDays = 60;

    struct Filter
    {
        QString status;        // a person_status code, or empty for any
        qint64 deskId = 0;     // 0: any
        qint64 pathId = 0;     // enrolled in this path; 0: any
        qint64 operatorId = 0; // 0: any
        bool openNeeds = false; // the latest assessment rates a need at 2 or more
        bool alerts = false;    // permit expiring, follow-up due or absences in a row
        bool restrictToIds = false; // only the people in `ids` (search results)
        std::vector<qint64> ids;
    };

    // Orders the People page offers; each is backed by an index.
    enum class Sort { CaseNumber, FamilyName, GivenName, IntakeDate, BirthYear, Status };

    // A person with the keys duplicate detection compares.
    struct KeyedPerson
    {
        qint64 id = 0;
        QString caseNumber;
        QString givenName;
        QString familyName;
        int birthYear = 0;
        QString phone;
        QString nameKey;
        QString phoneKey;
    };

    explicit PersonQuery(Database& db);

    Result<std::vector<qint64>> ids(const Filter& filter, Sort sort, bool descending, int limit,
                                    int offset);
    Result<qint64> count(const Filter& filter);
    // People whose stored name key or phone key equals the given one (an empty key never matches).
    Result<std::vector<KeyedPerson>> duplicateCandidates(const QString& nameKey,
                                                         const QString& phoneKey,
                                                         qint64 excludeId, int limit);

private:
    struct Where
    {
        std::string from;
        std::string sql;
        std::vector<QVariant> values;
    };
    Where where(const Filter& filter) const;
    Result<Where> scopedWhere(const Filter& filter) const;
    void addAlerts(Where& w) const;

    Database& m_db;
    // Where pages ended: the position after a page, and the order's key values
    // of its last row. Valid for one query and one state of the data.
    std::map<int, std::vector<QVariant>> m_positions;
    std::string m_positionsOf;
    static constexpr size_t kPositions = 4096;
};

} // namespace percorsi
