#pragma once

#include <functional>
#include <memory>
#include <unordered_map>
#include <string>
#include <string_view>

#include <QString>

#include "core/storage/Statement.h"
#include "core/util/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace percorsi {

// One SQLite connection through the C API, with a cache of prepared
// statements. Not thread-safe: a connection belongs to one thread at a time.
class Connection
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    static Result<std::unique_ptr<Connection>> open(const QString& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Prepares (or takes from the cache) one statement. One that cannot be
    // prepared (bad SQL, a damaged file) fails at its first step with SQLite's message.
    Statement prepare(std::string_view sql);
    // Runs one or more statements that return no rows.
    Status exec(std::string_view sql);
    Result<qint64> scalar(std::string_view sql);

    bool inTransaction() const;
    // Runs inside every outermost transaction just before it commits; an error
    // keeps the transaction from committing.
    void setBeforeCommit(std::function<Status()> hook) { m_beforeCommit = std::move(hook); }
    Status beforeCommit() { return m_beforeCommit ? m_beforeCommit() : Status(); }
    qint64 lastInsertId() const;
    int changes() const;
    QString lastErrorMessage() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // The highest id of `table` whose search indexes and tallies the triggers
    // keep (upkeep_floor() in SQL): every id but while DeferredUpkeep runs.
    qint64 upkeepFloor(std::string_view table) const;
    void setUpkeepFloor(const std::string& table, qint64 floor) { m_upkeepFloors[table] = floor; }
    void clearUpkeepFloors() { m_upkeepFloors.clear(); }

private:
    Connection(sqlite3* db, QString path);

    sqlite3* m_db;
    QString m_path;
    struct TextHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> m_cache;
    std::function<Status()> m_beforeCommit;
    std::unordered_map<std::string, qint64> m_upkeepFloors;
};

} // namespace percorsi
