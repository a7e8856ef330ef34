#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include "core/util/Result.h"

struct sqlite3_stmt;

namespace percorsi {

class Connection;

// A prepared statement borrowed from the connection's cache. Binding is by
// 1-based position; the statement is reset and its bindings cleared when this
// handle goes out of scope, so the cached statement is ready for the next use.
class Statement
{
public:
    Statement(Connection* connection, sqlite3_stmt* stmt);
    // A statement that failed to prepare: every step fails with `error`.
    Statement(Connection* connection, QString error, int errorCode);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8);
    // UTF-8 text bound without a copy: the caller keeps it until the statement is reset.
    Statement& bindUtf8(int index, QByteArrayView utf8);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    // A pointer that only SQL functions asking for `type` can read (SQLite's pointer passing).
    Statement& bindPointer(int index, void* pointer, const char* type);
    Statement& bind(int index, const QVariant& value);

    // Steps once; true while a row is available. After false, ok() tells
    // whether the statement ran to completion or failed.
    bool next();
    // Steps to completion, for statements that return no rows.
    Status run();

    bool ok() const { return m_error.isEmpty(); }
    Error error() const;

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column as UTF-8, valid until the next step; a view without data for NULL.
    QByteArrayView utf8(int column) const;
    bool isReal(int column) const;
    bool isInteger(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

private:
    Connection* m_connection;
    sqlite3_stmt* m_stmt;
    std::vector<QByteArray> m_keep; // UTF-8 copies bound with SQLITE_STATIC
    QString m_error;
    int m_errorCode = 0;
    QString m_prepareError;
    int m_prepareCode = 0;
};

} // namespace percorsi
