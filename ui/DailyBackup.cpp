#include "ui/DailyBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include "core/storage/AuditLog.h"
#include "core/storage/BackupFolder.h"
#include "core/storage/Database.h"
#include "core/storage/ProtectionSettings.h"
#include "core/util/SystemUser.h"

namespace percorsi {

DailyBackup::DailyBackup(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

DailyBackup::~DailyBackup()
{
    if (m_thread) m_thread->wait(); // the copy finishes (it is checked) before the application ends
}

QString DailyBackup::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString DailyBackup::folder(Database& db)
{
    const QString set = ProtectionSettings(db).backupFolder();
    return set.isEmpty() ? defaultFolder() : set;
}

bool DailyBackup::startIfDue(const QDateTime& now)
{
    if (!BackupFolder(folder(m_db), m_db.path()).isDue(now)) return false;
    return start(now);
}

bool DailyBackup::start(const QDateTime& now)
{
    if (isRunning()) return false;
    const BackupFolder place(folder(m_db), m_db.path());
    const int keepDays = ProtectionSettings(m_db).backupKeepDays();
    const QString source = m_db.path();
    m_thread = QThread::create([this, place, source, keepDays, now] {
        auto made = place.backUp(source, keepDays, now);
        const QString path = made ? *made : QString();
        const QString error = made ? QString() : made.error().message();
        QMetaObject::invokeMethod(
            this, [this, path, error] { done(path, error); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    return true;
}

void DailyBackup::done(const QString& path, const QString& error)
{
    if (error.isEmpty())
        AuditLog(m_db).append(systemUserName(), QStringLiteral("backup"), {}, {},
                              QFileInfo(path).fileName());
    emit finished(path, error);
}

bool DailyBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace percorsi
