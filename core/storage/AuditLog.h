#pragma once

#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// The append-only, hash-chained record of who did what to which record.
// It names records by uuid and actions by verb, never the sensitive values.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    Status append(const QString& username, const QString& action, const QString& entity = {},
                  const QString& recordUuid = {}, const QString& detail = {});
    // A user of the database opened this record (a person's profile …).
    Status viewed(const QString& entity, const QString& recordUuid);
    // Walks the chain; an error names the first entry that does not hold. The
    // newest hash is also kept apart, so that removing the last entries shows.
    Status verify();

    struct Entry
    {
        qint64 id = 0;
        QString at, username, action, entity, recordUuid, detail;
    };
    struct Filter
    {
        QString username; // empty: anyone
        QString action;   // empty: any
        QDate from, to;   // invalid: open-ended; days in UTC
        int limit = 1000;
    };
    // Entries newest first; for administrators only.
    Result<std::vector<Entry>> entries(const Filter& filter);
    // The actions and the user names the log holds, for filters.
    Result<QStringList> distinct(const char* column);

private:
    Database& m_db;
};

} // namespace percorsi
