#include "core/storage/ProtectionSettings.h"

#include <QCoreApplication>

#include "core/storage/Database.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProtectionSettings)
};

const char kRetentionKey[] = "retention_months";
const char kKeepDaysKey[] = "backup_keep_days";
const char kFolderKey[] = "backup_folder";

} // namespace

ProtectionSettings::ProtectionSettings(Database& db) : m_db(db) {}

int ProtectionSettings::retentionMonths()
{
    return number(kRetentionKey, kDefaultRetentionMonths);
}

Status ProtectionSettings::setRetentionMonths(int months)
{
    return setNumber(kRetentionKey, months, 1, 600, Tr::tr("The retention period in months"));
}

int ProtectionSettings::backupKeepDays()
{
    return number(kKeepDaysKey, kDefaultKeepDays);
}

Status ProtectionSettings::setBackupKeepDays(int days)
{
    return setNumber(kKeepDaysKey, days, 1, 3650, Tr::tr("The days backups are kept"));
}

QString ProtectionSettings::backupFolder()
{
    auto value = m_db.meta(QString::fromLatin1(kFolderKey));
    return value ? *value : QString();
}

Status ProtectionSettings::setBackupFolder(const QString& folder)
{
    return m_db.setMeta(QString::fromLatin1(kFolderKey), folder.trimmed());
}

Result<std::vector<ProtectionSettings::DueCase>> ProtectionSettings::dueForErasure()
{
    const QDate cutoff = m_db.today().addMonths(-retentionMonths());
    Statement st = m_db.connection().prepare(
        "SELECT id, case_number, given_name || ' ' || family_name, exit_date FROM person "
        "WHERE status = 'closed' AND exit_date IS NOT NULL AND exit_date < ? "
        "ORDER BY exit_date, case_number");
    st.bind(1, cutoff.toString(Qt::ISODate));
    std::vector<DueCase> due;
    while (st.next())
        due.push_back(
            {st.int64(0), st.text(1), st.text(2), QDate::fromString(st.text(3), Qt::ISODate)});
    if (!st.ok()) return st.error();
    return due;
}

int ProtectionSettings::number(const char* key, int fallback)
{
    auto value = m_db.meta(QString::fromLatin1(key));
    bool ok = false;
    const int n = value ? value->toInt(&ok) : 0;
    return ok && n > 0 ? n : fallback;
}

Status ProtectionSettings::setNumber(const char* key, int value, int min, int max,
                                     const QString& what)
{
    if (value < min || value > max)
        return Error::invalid(Tr::tr("%1 must be between %2 and %3; %4 was given.")
                                  .arg(what)
                                  .arg(min)
                                  .arg(max)
                                  .arg(value));
    return m_db.setMeta(QString::fromLatin1(key), QString::number(value));
}

} // namespace percorsi
