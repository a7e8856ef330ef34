#pragma once

#include <QtGlobal>

#include "core/util/Result.h"

struct sqlite3_context;
typedef struct sqlite3_value sqlite3_value;

namespace percorsi {

class Connection;

// A bulk write inside one transaction (a bundle import): the people and the
// attendance marks it inserts get their name-search entries, duplicate keys
// and session tallies at finish(), from a few set-based statements, instead of
// from a trigger each (migration 14). Until then the triggers skip them, so an
// object destroyed without finish() leaves them unkept and its transaction must
// roll back, which every failed import does.
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
    Connection& m_connection;
    qint64 m_person = 0;
    qint64 m_attendance = 0;
    bool m_started = false;
};

} // namespace percorsi
