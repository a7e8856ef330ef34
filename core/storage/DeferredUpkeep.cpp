#include "core/storage/DeferredUpkeep.h"

#include <limits>

#include <sqlite3.h>

#include "core/storage/Connection.h"

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
// Every session with a new mark is counted again, its older marks included.
constexpr const char* kSessionTally =
    "INSERT OR REPLACE INTO session_tally "
    "(session_id, recorded, present, present_untimed, present_hours) "
    "SELECT session_id, count(*), sum(status = 'present'), "
    "sum(status = 'present' AND hours IS NULL), "
    "coalesce(sum(CASE WHEN status = 'present' THEN hours END), 0) "
    "FROM attendance WHERE session_id IN (SELECT session_id FROM attendance WHERE id > ?1) "
    "GROUP BY session_id";

} // namespace

DeferredUpkeep::DeferredUpkeep(Connection& connection) : m_connection(connection) {}

DeferredUpkeep::~DeferredUpkeep()
{
    if (m_started)
        m_connection.clearUpkeepFloors();
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
    m_person = *person;
    m_attendance = *attendance;
    m_connection.setUpkeepFloor("person", m_person);
    m_connection.setUpkeepFloor("attendance", m_attendance);
    m_started = true;
    return {};
}

Status DeferredUpkeep::finish()
{
    if (!m_started)
        return {};
    for (const char* sql : {kPersonFts, kPersonWords, kPersonKey}) {
        Statement st = m_connection.prepare(sql);
        st.bind(1, m_person);
        if (Status run = st.run(); !run.ok())
            return run;
    }
    Statement tally = m_connection.prepare(kSessionTally);
    tally.bind(1, m_attendance);
    if (Status run = tally.run(); !run.ok())
        return run;
    m_connection.clearUpkeepFloors();
    m_started = false;
    return {};
}

void DeferredUpkeep::sqlFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    const auto* connection = static_cast<const Connection*>(sqlite3_user_data(context));
    const char* table = argc == 1 ? reinterpret_cast<const char*>(sqlite3_value_text(argv[0])) : nullptr;
    sqlite3_result_int64(context, connection && table ? connection->upkeepFloor(table)
                                                      : std::numeric_limits<qint64>::max());
}

} // namespace percorsi
