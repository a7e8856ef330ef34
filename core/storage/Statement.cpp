#include "core/storage/Statement.h"

#include <sqlite3.h>

#include "core/storage/Connection.h"
#include "core/storage/StorageError.h"

namespace percorsi {

Statement::Statement(Connection* connection, sqlite3_stmt* stmt)
    : m_connection(connection), m_stmt(stmt)
{
}

Statement::Statement(Connection* connection, QString error, int errorCode)
    : m_connection(connection), m_stmt(nullptr), m_prepareError(std::move(error)),
      m_prepareCode(errorCode)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection), m_stmt(other.m_stmt), m_keep(std::move(other.m_keep)),
      m_error(std::move(other.m_error)), m_errorCode(other.m_errorCode),
      m_prepareError(std::move(other.m_prepareError)), m_prepareCode(other.m_prepareCode)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    m_keep.push_back(value.toUtf8());
    const QByteArray& utf8 = m_keep.back();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindUtf8(int index, QByteArrayView utf8)
{
    // A non-null pointer for the empty text: SQLite takes a null one for NULL.
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, const char* utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    m_keep.push_back(value);
    const QByteArray& kept = m_keep.back();
    sqlite3_bind_blob(m_stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindPointer(int index, void* pointer, const char* type)
{
    sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr);
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

bool Statement::next()
{
    if (!m_stmt) {
        m_error = m_prepareError;
        m_errorCode = m_prepareCode;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_errorCode = rc;
        m_error = m_connection->lastErrorMessage();
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    return false;
}

Status Statement::run()
{
    while (next()) {
    }
    if (!ok())
        return error();
    return {};
}

Error Statement::error() const
{
    return storageError(m_errorCode, m_error);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

bool Statement::isReal(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_FLOAT;
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

} // namespace percorsi
