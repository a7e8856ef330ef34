#include "core/storage/PersonQuery.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>

#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"

namespace percorsi {

namespace {

std::string orderBy(PersonQuery::Sort sort, bool descending)
{
    const char* dir = descending ? " DESC" : "";
    const std::string d(dir);
    switch (sort) {
    case PersonQuery::Sort::FamilyName:
        return "p.family_name" + d + ", p.given_name" + d + ", p.id" + d;
    case PersonQuery::Sort::GivenName:
        return "p.given_name" + d + ", p.family_name" + d + ", p.id" + d;
    case PersonQuery::Sort::IntakeDate:
        return "p.intake_date" + d + ", p.id" + d;
    case PersonQuery::Sort::BirthYear:
        return "coalesce(p.birth_year, substr(p.birth_date, 1, 4))" + d + ", p.id" + d;
    case PersonQuery::Sort::Status:
        return "p.status" + d + ", p.case_number" + d;
    case PersonQuery::Sort::CaseNumber:
        break;
    }
    return "p.case_number" + d;
}

// The columns of each order, every one NOT NULL and together unique, so that
// a page can start after the row that ended another. Birth years may be
// missing: that order counts its pages from the start.
std::vector<std::string> keyColumns(PersonQuery::Sort sort)
{
    switch (sort) {
    case PersonQuery::Sort::FamilyName:
        return {"p.family_name", "p.given_name", "p.id"};
    case PersonQuery::Sort::GivenName:
        return {"p.given_name", "p.family_name", "p.id"};
    case PersonQuery::Sort::IntakeDate:
        return {"p.intake_date", "p.id"};
    case PersonQuery::Sort::BirthYear:
        return {};
    case PersonQuery::Sort::Status:
        return {"p.status", "p.case_number"};
    case PersonQuery::Sort::CaseNumber:
        break;
    }
    return {"p.case_number"};
}

QString idsJson(const std::vector<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The highest need level of the latest assessment, 0 to 3.
const char kOpenNeeds[] =
    " AND EXISTS (SELECT 1 FROM assessment a WHERE a.person_id = p.id"
    " AND a.assessed_on = (SELECT max(assessed_on) FROM assessment WHERE person_id = p.id)"
    " AND max(coalesce(a.need_language, 0), coalesce(a.need_work, 0),"
    " coalesce(a.need_housing, 0), coalesce(a.need_legal, 0), coalesce(a.need_health, 0),"
    " coalesce(a.need_childcare, 0), coalesce(a.need_digital, 0), coalesce(a.need_social, 0),"
    " coalesce(a.need_income, 0)) >= 2)";

// Absences since she was last present, as AttendanceStore counts them: an
// excused absence neither counts nor breaks the run; cancelled sessions do not count.
const char kAbsencesSql[] =
    "(SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id"
    " WHERE a.person_id = p.id AND a.status = 'absent' AND s.cancelled = 0 AND s.date > coalesce("
    "(SELECT max(s2.date) FROM attendance a2 JOIN session s2 ON s2.id = a2.session_id"
    " WHERE a2.person_id = p.id AND a2.status = 'present' AND s2.cancelled = 0), ''))";

} // namespace

PersonQuery::PersonQuery(Database& db) : m_db(db) {}

PersonQuery::Where PersonQuery::where(const Filter& f) const
{
    Where w{" FROM person p", " WHERE 1", {}};
    auto add = [&w](const char* sql, const QVariant& value) {
        w.sql += sql;
        w.values.push_back(value);
    };
    if (!f.status.isEmpty())
        add(" AND p.status = ?", f.status);
    if (f.deskId)
        add(" AND p.desk_id = ?", f.deskId);
    if (f.operatorId)
        add(" AND p.operator_id = ?", f.operatorId);
    if (f.pathId)
        add(" AND EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id AND e.path_id = ?)",
            f.pathId);
    if (f.restrictToIds) {
        // Walk the few ids and look each person up, rather than the whole index.
        w.from = " FROM json_each(?) j CROSS JOIN person p ON p.id = j.value";
        w.values.insert(w.values.begin(), idsJson(f.ids));
    }
    if (f.openNeeds)
        w.sql += kOpenNeeds;
    if (f.alerts)
        addAlerts(w);
    return w;
}

void PersonQuery::addAlerts(Where& w) const
{
    const QDate today = m_db.today();
    // Absences count when the latest is recent: the cheap IN narrows the
    // costly count to the few people absent in the last weeks.
    w.sql += " AND (p.permit_expiry BETWEEN ? AND ?"
             " OR EXISTS (SELECT 1 FROM followup f WHERE f.person_id = p.id"
             " AND f.due_on <= ? AND f.done_on IS NULL)"
             " OR p.id IN (SELECT a.person_id FROM session s JOIN attendance a"
             " ON a.session_id = s.id WHERE s.date >= ? AND a.status = 'absent') AND ";
    w.sql += kAbsencesSql;
    w.sql += " >= " + std::to_string(kAbsencesInARow) + ")";
    w.values.push_back(today.toString(Qt::ISODate));
    w.values.push_back(today.addDays(kPermitWarningDays).toString(Qt::ISODate));
    w.values.push_back(today.toString(Qt::ISODate));
    w.values.push_back(today.addDays(-kRecentAbsenceDays).toString(Qt::ISODate));
}

// Only the people the principal may see are listed or counted.
Result<PersonQuery::Where> PersonQuery::scopedWhere(const Filter& filter) const
{
    auto scope = AccessPolicy(m_db).peopleScope();
    if (!scope)
        return scope.error();
    Where w = where(filter);
    w.sql += *scope;
    return w;
}

Result<std::vector<qint64>> PersonQuery::ids(const Filter& filter, Sort sort, bool descending,
                                             int limit, int offset)
{
    auto scoped = scopedWhere(filter);
    if (!scoped)
        return scoped.error();
    const Where& w = *scoped;
    const std::vector<std::string> keys = keyColumns(sort);
    std::string select = "SELECT p.id";
    for (const std::string& k : keys)
        select += ", " + k;
    std::string sql = select + w.from + w.sql;

    // Pages read before hold while nothing is written: a commit by another
    // connection changes data_version, one by this connection the total changes.
    auto version = m_db.connection().scalar("PRAGMA data_version");
    if (!version)
        return version.error();
    std::string signature = sql + '\x1f' + std::to_string(int(sort)) + (descending ? "d" : "a") +
                            '\x1f' + std::to_string(*version) + '\x1f' +
                            std::to_string(sqlite3_total_changes64(m_db.connection().handle()));
    for (const QVariant& v : w.values)
        signature += '\x1f' + v.toString().toStdString();
    if (signature != m_positionsOf) {
        m_positions.clear();
        m_positionsOf = std::move(signature);
    }
    const std::vector<QVariant>* after = nullptr;
    int skip = offset;
    if (!keys.empty() && offset > 0) {
        auto nearest = m_positions.upper_bound(offset);
        if (nearest != m_positions.begin()) {
            --nearest;
            skip = offset - nearest->first;
            after = &nearest->second;
        }
    }
    if (after) {
        std::string columns, marks;
        for (size_t i = 0; i < keys.size(); ++i) {
            columns += (i ? ", " : "") + keys[i];
            marks += i ? ", ?" : "?";
        }
        sql += " AND (" + columns + (descending ? ") < (" : ") > (") + marks + ")";
    }
    sql += " ORDER BY " + orderBy(sort, descending) + " LIMIT ? OFFSET ?";
    Statement st = m_db.connection().prepare(sql);
    int i = 1;
    for (const QVariant& v : w.values)
        st.bind(i++, v);
    if (after) {
        for (const QVariant& v : *after)
            st.bind(i++, v);
    }
    st.bind(i, limit);
    st.bind(i + 1, skip);
    std::vector<qint64> out;
    std::vector<QVariant> last;
    // Only a page (not a whole list, as an export reads) marks where it ended.
    const bool marks = !keys.empty() && limit > 0;
    while (st.next()) {
        out.push_back(st.int64(0));
        if (marks) {
            last.clear();
            for (int k = 1; k <= int(keys.size()); ++k)
                last.push_back(st.value(k));
        }
    }
    if (!st.ok())
        return st.error();
    if (!last.empty()) {
        if (m_positions.size() >= kPositions)
            m_positions.clear();
        m_positions[offset + int(out.size())] = std::move(last);
    }
    return out;
}

Result<qint64> PersonQuery::count(const Filter& filter)
{
    auto scoped = scopedWhere(filter);
    if (!scoped)
        return scoped.error();
    const Where& w = *scoped;
    Statement st = m_db.connection().prepare("SELECT count(*)" + w.from + w.sql);
    int i = 1;
    for (const QVariant& v : w.values)
        st.bind(i++, v);
    if (st.next())
        return st.int64(0);
    return st.error();
}

Result<std::vector<PersonQuery::KeyedPerson>>
PersonQuery::duplicateCandidates(const QString& nameKey, const QString& phoneKey, qint64 excludeId,
                                 int limit)
{
    auto scope = AccessPolicy(m_db).peopleScope();
    if (!scope)
        return scope.error();
    Statement st = m_db.connection().prepare(
        "SELECT p.id, p.case_number, p.given_name, p.family_name,"
        " coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER), 0),"
        " coalesce(p.phone, ''), k.name_key, coalesce(k.phone_key, '')"
        " FROM person_key k JOIN person p ON p.id = k.person_id"
        " WHERE (k.name_key = ?1 OR k.phone_key = ?2) AND k.person_id <> ?3"
        + *scope + " ORDER BY p.case_number LIMIT ?4");
    st.bind(1, nameKey.isEmpty() ? QStringLiteral("\x01") : nameKey);
    st.bind(2, phoneKey.isEmpty() ? QStringLiteral("\x01") : phoneKey);
    st.bind(3, excludeId).bind(4, limit);
    std::vector<KeyedPerson> out;
    while (st.next())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), int(st.int64(4)),
                       st.text(5), st.text(6), st.text(7)});
    if (!st.ok())
        return st.error();
    return out;
}

} // namespace percorsi
