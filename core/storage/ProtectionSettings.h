#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// The data-protection settings, kept in the database itself: how long a closed
// case is kept before it is due for erasure, and where and for how many days
// backups are kept. Also the list of closed cases past their retention.
class ProtectionSettings
{
public:
    static constexpr int kDefaultRetentionMonths = 60;
    static constexpr int kDefaultKeepDays = 14;

    struct DueCase
    {
        qint64 personId = 0;
        QString caseNumber;
        QString name;
        QDate exitDate;
    };

    explicit ProtectionSettings(Database& db);

    int retentionMonths();
    Status setRetentionMonths(int months);
    int backupKeepDays();
    Status setBackupKeepDays(int days);
    // Empty: the front end's default folder.
    QString backupFolder();
    Status setBackupFolder(const QString& folder);

    // Closed cases that left more than the retention period before today, oldest first.
    Result<std::vector<DueCase>> dueForErasure();

private:
    int number(const char* key, int fallback);
    Status setNumber(const char* key, int value, int min, int max, const QString& what);

    Database& m_db;
};

} // namespace percorsi
