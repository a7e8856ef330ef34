#pragma once

#include <string>
#include <utility>
#include <vector>

#include <QtGlobal>

#include "core/util/Result.h"

struct sqlite3_context;
typedef struct sqlite3_value sqlite3_value;

namespace percorsi {

class Connection;

// A bulk write inside one transaction (a bundle import): the people, the
// attendance marks and the assessments it inserts get their name-search
// entries, duplicate keys, packed facts (migration 18), session tallies and
// assessment spans at finish(), from a few set-based statements, instead of
// from a trigger each (migration 14). Until then the triggers skip them: the insert triggers are dropped for
// the load and made again at its end, in the same transaction. The load may
// not delete the newest of these rows from before it (a new row would take
// its id): such a deletion is refused. An object destroyed without finish()
// makes the triggers again but leaves the rows of the load unkept, so its
// transaction must roll back, which every failed import does.
class DeferredUpkeep
{
public:
    explicit DeferredUpkeep(Connection& connection);
    ~DeferredUpkeep();
    DeferredUpkeep(const DeferredUpkeep&) = delete;
    DeferredUpkeep& operator=(const DeferredUpkeep&) = delete;

    Status start();
    Status finish();

    // upkeep_floor(table) in SQL: the highest id of the table that its
    // triggers keep on this connection.
    static void sqlFunction(sqlite3_context* context, int argc, sqlite3_value** argv);

private:
    Status restoreTriggers();
    Status countSpans();

    Connection& m_connection;
    qint64 m_person = 0;
    qint64 m_attendance = 0;
    qint64 m_assessment = 0;
    std::vector<std::pair<std::string, std::string>> m_dropped; // name, CREATE statement
    std::vector<std::string> m_guards; // the statements that drop the guards against reused ids
    bool m_started = false;
};

} // namespace percorsi
