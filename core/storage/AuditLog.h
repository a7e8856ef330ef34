#pragma once

#include <QString>

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
    // Walks the chain; an error names the first entry that does not hold.
    Status verify();

private:
    Database& m_db;
};

} // namespace percorsi
