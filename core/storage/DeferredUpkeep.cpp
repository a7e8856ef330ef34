#include "core/storage/DeferredUpkeep.h"

#include <array>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <sqlite3.h>

#include "core/storage/Connection.h"
#include "core/storage/SpanSums.h"
#include "core/storage/Statement.h"

namespace percorsi {

namespace {

// What the insert triggers of migration 14 do for one row, for every row above a floor.
constexpr const char* kPersonFts =
    "INSERT INTO person_fts(rowid, name) "
    "SELECT id, fold(given_name || ' ' || family_name || ' ' || coalesce(preferred_name, '')) "
    "FROM person WHERE id > ?1";
constexpr const char* kPersonWords =
    "INSERT INTO person_words(rowid, name) "
    "SELECT id, fold(given_name || ' ' || family_name || ' ' || coalesce(preferred_name, '')) "
    "FROM person WHERE id > ?1";
constexpr const char* kPersonKey =
    "INSERT OR REPLACE INTO person_key(person_id, name_key, phone_key) "
    "SELECT id, name_key(given_name, family_name), phone_key(phone) FROM person WHERE id > ?1";
constexpr const char* kPersonFacts =
    "INSERT OR REPLACE INTO report_facts(person_id, facts) "
    "SELECT id, report_facts(intake_date, desk_id, gender, birth_date, birth_year, citizenships, "
    "country_of_birth, employment_status, housing, status, exit_date, exit_situation, "
    "education_isced, disability, minority) FROM person WHERE id > ?1";
// Every session with a new mark is counted again, its older marks included.
// Into a table that was empty, every session is, and no search for them is needed.
std::string sessionTally(bool all)
{
    return std::string("INSERT OR REPLACE INTO session_tally "
                       "(session_id, recorded, present, present_untimed, present_hours) "
                       "SELECT session_id, count(*), sum(status = 'present'), "
                       "sum(status = 'present' AND hours IS NULL), "
                       "coalesce(sum(CASE WHEN status = 'present' THEN hours END), 0) "
                       "FROM attendance ")
           + (all ? "" : "WHERE session_id IN (SELECT session_id FROM attendance WHERE id > ?1) ")
           + "GROUP BY session_id";
}

using spansums::kScaleCount;

// What span_sums() makes of one scale's values on one day.
struct DaySum
{
    qint64 sum = 0;
    qint64 count = 0;

    void add(const Statement& st, int column)
    {
        if (st.isNull(column))
            return;
        ++count;
        sum += st.int64(column);
    }
};

// One row of assessment_span: a person's first and latest days and her sums on them.
struct Span
{
    qint64 person = 0;
    QByteArray first, latest;
    std::array<DaySum, kScaleCount> onFirst, onLatest;

    QByteArray sums() const
    {
        spansums::Values v;
        for (size_t k = 0; k < size_t(kScaleCount); ++k) {
            v[4 * k] = onFirst[k].sum;
            v[4 * k + 1] = onFirst[k].count;
            v[4 * k + 2] = onLatest[k].sum;
            v[4 * k + 3] = onLatest[k].count;
        }
        return spansums::pack(v);
    }
};

constexpr int kSpanColumns = 4;
constexpr int kSpansAStatement = 64;

std::string insertSpans(int rows)
{
    std::string sql = "INSERT OR REPLACE INTO assessment_span VALUES (?, ?, ?, ?)";
    for (int r = 1; r < rows; ++r)
        sql += ", (?, ?, ?, ?)";
    return sql;
}

void bindSpan(Statement& st, int first, const Span& span)
{
    st.bind(first, span.person);
    st.bindUtf8(first + 1, span.first);
    st.bindUtf8(first + 2, span.latest);
    st.bindBlob(first + 3, span.sums());
}

// The insert triggers the floors make idle for the rows of the load, and the
// triggers of the path tallies, which are all counted again at its end: they
// are dropped for the load, so that no row pays for them, and made again at
// its end.
constexpr const char* kIdleTriggers =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN "
    "('person_fts_insert', 'person_words_insert', 'person_key_insert', 'report_facts_insert', "
    "'session_tally_insert', 'assessment_span_insert', 'path_tally_session_insert', "
    "'path_tally_session_update', 'path_tally_session_delete', 'path_tally_marks_insert', "
    "'path_tally_marks_update', 'path_tally_marks_delete') ORDER BY name";

// Every path's tally, counted again from its sessions (migration 18).
constexpr const char* kPathTallies =
    "DELETE FROM path_tally; INSERT INTO path_tally SELECT * FROM path_tally_now";

} // namespace

DeferredUpkeep::DeferredUpkeep(Connection& connection) : m_connection(connection) {}

DeferredUpkeep::~DeferredUpkeep()
{
    if (!m_started)
        return;
    // Unfinished: the transaction rolls back, but if it did not, the schema stays whole.
    restoreTriggers();
    m_connection.clearUpkeepFloors();
}

Status DeferredUpkeep::restoreTriggers()
{
    Status status;
    for (const std::string& drop : m_guards) {
        Status dropped = m_connection.exec(drop);
        if (!dropped.ok() && status.ok())
            status = dropped;
    }
    m_guards.clear();
    for (const auto& [name, sql] : m_dropped) {
        Status made = m_connection.exec(sql);
        if (!made.ok() && status.ok())
            status = made;
    }
    m_dropped.clear();
    return status;
}

Status DeferredUpkeep::start()
{
    if (!m_connection.inTransaction())
        return Error::invalid(QStringLiteral("deferred upkeep needs a transaction"));
    auto person = m_connection.scalar("SELECT coalesce(max(id), 0) FROM person");
    if (!person)
        return person.error();
    auto attendance = m_connection.scalar("SELECT coalesce(max(id), 0) FROM attendance");
    if (!attendance)
        return attendance.error();
    auto assessment = m_connection.scalar("SELECT coalesce(max(id), 0) FROM assessment");
    if (!assessment)
        return assessment.error();
    m_person = *person;
    m_attendance = *attendance;
    m_assessment = *assessment;
    std::vector<std::pair<std::string, std::string>> idle;
    {
        Statement st = m_connection.prepare(kIdleTriggers);
        while (st.next())
            idle.emplace_back(std::string(st.utf8(0).data(), size_t(st.utf8(0).size())),
                              std::string(st.utf8(1).data(), size_t(st.utf8(1).size())));
        if (!st.ok())
            return st.error();
    }
    m_connection.setUpkeepFloor("person", m_person);
    m_connection.setUpkeepFloor("attendance", m_attendance);
    m_connection.setUpkeepFloor("assessment", m_assessment);
    m_started = true;
    for (auto& [name, sql] : idle) {
        if (Status dropped = m_connection.exec("DROP TRIGGER " + name); !dropped.ok())
            return dropped;
        m_dropped.emplace_back(std::move(name), std::move(sql));
    }
    // A row of the load is one above the floor. SQLite gives a new row the
    // highest id plus one, so were the highest row from before deleted, the
    // next row of the load would take its id and be taken for an older one.
    for (const char* table : {"person", "attendance", "assessment"}) {
        const std::string guard = std::string("upkeep_guard_") + table;
        const std::string sql =
            "CREATE TEMP TRIGGER " + guard + " BEFORE DELETE ON main." + table +
            " WHEN old.id <= upkeep_floor('" + table + "') AND old.id >= (SELECT max(id) FROM main." +
            table + ") BEGIN SELECT RAISE(ABORT, 'a bulk load may not delete the newest " + table +
            " from before it: a new one would take its id'); END";
        if (Status made = m_connection.exec(sql); !made.ok())
            return made;
        m_guards.push_back("DROP TRIGGER IF EXISTS temp." + guard);
    }
    return {};
}

Status DeferredUpkeep::finish()
{
    if (!m_started)
        return {};
    for (const char* sql : {kPersonFts, kPersonWords, kPersonKey, kPersonFacts}) {
        Statement st = m_connection.prepare(sql);
        st.bind(1, m_person);
        if (Status run = st.run(); !run.ok())
            return run;
    }
    Statement tally = m_connection.prepare(sessionTally(m_attendance == 0));
    if (m_attendance != 0)
        tally.bind(1, m_attendance);
    if (Status run = tally.run(); !run.ok())
        return run;
    if (Status counted = m_connection.exec(kPathTallies); !counted.ok())
        return counted;
    if (Status counted = countSpans(); !counted.ok())
        return counted;
    if (Status made = restoreTriggers(); !made.ok())
        return made;
    m_connection.clearUpkeepFloors();
    m_started = false;
    return {};
}

// The spans of every person with a new assessment, counted again from all of
// hers: what the insert trigger of migration 10 does for one person, in one
// pass over the assessments in the order of person and day. Into a table that
// was empty, every person with an assessment is counted, and none searched for.
Status DeferredUpkeep::countSpans()
{
    std::string select = "SELECT person_id, assessed_on";
    for (const char* scale : spansums::kScales)
        select += std::string(", ") + scale;
    select += " FROM assessment ";
    if (m_assessment != 0)
        select += "WHERE person_id IN (SELECT person_id FROM assessment WHERE id > ?1) ";
    select += "ORDER BY person_id, assessed_on";
    Statement rows = m_connection.prepare(select);
    if (m_assessment != 0)
        rows.bind(1, m_assessment);

    std::vector<Span> ready; // counted, not yet written
    const auto write = [&](bool all) -> Status {
        size_t from = 0;
        for (int size : {kSpansAStatement, 1}) {
            while (ready.size() - from >= size_t(size) && (all || size == kSpansAStatement)) {
                Statement insert = m_connection.prepare(insertSpans(size));
                for (int r = 0; r < size; ++r)
                    bindSpan(insert, 1 + r * kSpanColumns, ready[from + size_t(r)]);
                if (Status run = insert.run(); !run.ok())
                    return run;
                from += size_t(size);
            }
        }
        ready.erase(ready.begin(), ready.begin() + qsizetype(from));
        return {};
    };
    Span span;
    QByteArray day;
    std::array<DaySum, kScaleCount> onDay;
    const auto close = [&]() -> Status {
        span.latest = day;
        span.onLatest = onDay;
        ready.push_back(span);
        return ready.size() >= size_t(kSpansAStatement) ? write(false) : Status();
    };
    bool any = false;
    while (rows.next()) {
        const qint64 person = rows.int64(0);
        const QByteArrayView on = rows.utf8(1);
        if (!any || person != span.person) {
            if (any) {
                if (Status closed = close(); !closed.ok())
                    return closed;
            }
            any = true;
            span.person = person;
            span.first = on.toByteArray();
            day = span.first;
            onDay = {};
        } else if (on != QByteArrayView(day)) {
            if (day == span.first)
                span.onFirst = onDay;
            day = on.toByteArray();
            onDay = {};
        }
        for (int k = 0; k < kScaleCount; ++k)
            onDay[size_t(k)].add(rows, 2 + k);
        if (day == span.first)
            span.onFirst = onDay;
    }
    if (!rows.ok())
        return rows.error();
    if (any) {
        if (Status closed = close(); !closed.ok())
            return closed;
    }
    return write(true);
}

void DeferredUpkeep::sqlFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    const auto* connection = static_cast<const Connection*>(sqlite3_user_data(context));
    const char* table = argc == 1 ? reinterpret_cast<const char*>(sqlite3_value_text(argv[0])) : nullptr;
    sqlite3_result_int64(context, connection && table ? connection->upkeepFloor(table)
                                                      : std::numeric_limits<qint64>::max());
}

} // namespace percorsi
