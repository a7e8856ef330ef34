#pragma once

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// The data key of a database as its accounts keep it (the user_key table of
// schema 8): one data key per database, wrapped for each account under her
// password. Opening it hands it to the Database for the session.
class KeyStore
{
public:
    explicit KeyStore(Database& db);

    // Whether this database has a data key yet.
    Result<bool> exists();
    // Makes the data key of a database that has none, holds it for the
    // session and seals the notes written before (one transaction).
    Status create();
    // Makes the key when there is none; otherwise nothing.
    Status ensure();
    Result<bool> hasWrappedKey(qint64 userId);
    // Wraps the session's key for the account under this password,
    // replacing what she had. Denied when the session holds no key.
    Status wrapFor(qint64 userId, const QString& password);
    // Unwraps her key with her password and holds it for the session;
    // NotFound when she has none.
    Status open(qint64 userId, const QString& password);
    // Seals the notes still stored as plain text, in one transaction; the
    // values do not change, so their clocks do not either.
    Result<int> sealPlainNotes();

private:
    Result<QString> userUuid(qint64 userId);

    Database& m_db;
};

} // namespace percorsi
