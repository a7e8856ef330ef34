#pragma once

#include <functional>
#include <memory>

#include <QDate>
#include <QString>

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
        HybridClock::WallClock wall = HybridClock::systemWall;
        std::function<QDate()> today = [] { return QDate::currentDate(); };
    };

    static constexpr qint32 kApplicationId = 0x50435253; // "PCRS"

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, {}); }
    ~Database();

    Connection& connection() { return *m_connection; }
    const QString& path() const { return m_connection->path(); }
    int schemaVersion();
    QDate today() const { return m_today(); }

    // The desk of this installation; 0 until `percorsi-cli init` has run.
    qint64 localDeskId() const { return m_localDesk; }
    Status setLocalDeskId(qint64 deskId);
    // An error that says how to initialise, when there is no desk yet.
    Status requireDesk() const;

    // A new clock stamp for a write; persisted by persistClock() in the same transaction.
    qint64 tick();
    void observe(qint64 stamp);
    Status persistClock();
    HybridClock& clock() { return m_clock; }

    Result<QString> meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

private:
    Database(std::unique_ptr<Connection> connection, const Options& options);
    Status configure(bool fresh);
    Status load();

    std::unique_ptr<Connection> m_connection;
    HybridClock m_clock;
    std::function<QDate()> m_today;
    qint64 m_localDesk = 0;
    bool m_clockDirty = false;
};

} // namespace percorsi
