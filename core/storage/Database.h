#pragma once

#include <functional>
#include <memory>

#include <QDate>
#include <QString>

#include "core/security/DataKey.h"
#include "core/security/Principal.h"
#include "core/storage/Connection.h"
#include "core/sync/HybridClock.h"
#include "core/util/Result.h"

namespace percorsi {

// A Percorsi database file: the single writing connection, the schema
// version, this installation's desk and its hybrid logical clock.
class Database
{
public:
    struct Options
    {
        bool create = false;   // create the file when it does not exist
        bool migrate = true;   // bring an older schema up to date
        // A reader beside the writing connection (a worker thread's): opens an
        // existing, current database read-only and changes nothing in it.
        bool readOnly = false;
        HybridClock::WallClock wall = HybridClock::systemWall;
        std::function<QDate()> today = [] { return QDate::currentDate(); };
    };

    static constexpr qint32 kApplicationId = 0x50435253; // "PCRS"

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    // A read-only connection to the file, with the application's SQL functions
    // and the page cache of every connection: for reading on another thread.
    static Result<std::unique_ptr<Connection>> openReader(const QString& path);
    // Registers the application's SQL functions (fold) on a connection.
    static void registerFunctions(Connection& connection);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, {}); }
    ~Database();

    Connection& connection() { return *m_connection; }
    const QString& path() const { return m_connection->path(); }
    int schemaVersion();
    // Today's date for validation; read from the system at most once a second.
    QDate today() const;

    // The desk of this installation; 0 until `percorsi-cli init` has run.
    qint64 localDeskId() const;
    Status setLocalDeskId(qint64 deskId);
    // An error that says how to initialise, when there is no desk yet.
    Status requireDesk() const;

    // A new clock stamp for a write; every outermost Transaction persists the
    // clock just before it commits (see Connection::setBeforeCommit).
    qint64 tick();
    void observe(qint64 stamp);
    Status persistClock();
    HybridClock& clock() { return m_clock; }

    // Forgets what was read from the file, after its content was replaced (restore).
    void reload();
    // Another connection to the same file for work on another thread: the same
    // wall clock, today and principal, no migration. This connection must not
    // write meanwhile (one writer per file); then it calls catchUp().
    Result<std::unique_ptr<Database>> openAnother() const;
    // A second, read-only connection to the same file, for reading on another
    // thread beside this connection (the indicators split their work in two);
    // opened on first use and kept. Null for a database without a file, or
    // when it cannot be opened: the caller then does all the work here.
    Connection* secondConnection();
    // After another connection wrote: rereads the local desk, and observes the
    // clock it stored so that later local stamps exceed those it merged.
    Status catchUp();
    // Who acts on this database; nobody (every store refuses) until a user
    // signs in or the application runs its own work in a SystemScope.
    const Principal& principal() const { return m_principal; }
    // A change to another user, or to nobody, forgets the data key.
    void setPrincipal(Principal principal);

    // The data key this session holds for notes of special category, or null.
    const DataKey* dataKey() const { return m_dataKey.get(); }
    // Keeps the key for the current principal (and the system work she starts).
    void setDataKey(std::unique_ptr<DataKey> key);
    // Wipes the key from memory (sign-out, lock).
    void forgetDataKey();

    Result<QString> meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

private:
    Database(std::unique_ptr<Connection> connection, const Options& options);
    Status configure(bool fresh, bool readOnly);
    Status load();

    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Connection> m_second;
    bool m_secondTried = false;
    HybridClock m_clock;
    static void onRollback(void* self);

    std::function<QDate()> m_today;
    mutable QDate m_todayCache;
    mutable qint64 m_todayReadAt = 0;
    mutable qint64 m_localDesk = 0;
    mutable bool m_stale = false; // a rollback may have undone the local desk
    bool m_clockDirty = false;
    Principal m_principal;
    std::unique_ptr<DataKey> m_dataKey;
    qint64 m_keyHolder = 0; // the user the key was opened for; 0 for the application
};

} // namespace percorsi
