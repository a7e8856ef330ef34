#include "core/storage/Connection.h"

#include <limits>

#include <sqlite3.h>

#include <QCoreApplication>

#include "core/storage/StorageError.h"

namespace percorsi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};
} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, Mode mode)
{
    // Before SQLite's first use: without the statistics of memory use, an
    // allocation takes no lock shared by every connection. Two threads that
    // read at once (the indicators) no longer wait for each other.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = db ? QString::fromUtf8(sqlite3_errmsg(db))
                               : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error::io(Tr::tr("Cannot open the database %1: %2.").arg(path, why));
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Connection>(new Connection(db, path));
}

Connection::Connection(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

Connection::~Connection()
{
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

Statement Connection::prepare(std::string_view sql)
{
    auto it = m_cache.find(sql); // no copy of the text to look it up
    if (it != m_cache.end())
        return Statement(this, it->second);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK || !stmt) {
        sqlite3_finalize(stmt);
        return Statement(this, lastErrorMessage(), rc == SQLITE_OK ? SQLITE_ERROR : rc);
    }
    m_cache.emplace(std::string(sql), stmt);
    return Statement(this, stmt);
}

Status Connection::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    QString why = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return storageError(rc, why);
}

Result<qint64> Connection::scalar(std::string_view sql)
{
    Statement st = prepare(sql);
    if (st.next())
        return st.int64(0);
    if (!st.ok())
        return st.error();
    return qint64(0);
}

qint64 Connection::upkeepFloor(std::string_view table) const
{
    if (m_upkeepFloors.empty())
        return std::numeric_limits<qint64>::max();
    const auto found = m_upkeepFloors.find(std::string(table));
    return found == m_upkeepFloors.end() ? std::numeric_limits<qint64>::max() : found->second;
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

QString Connection::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace percorsi
