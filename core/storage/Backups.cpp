#include "core/storage/Backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

const char* const kCompanions[] = {"-wal", "-shm", "-journal"};

// The damaged file and its companions under a new name; back where they were on failure.
Status moveAside(const QString& damaged, const QString& aside)
{
    if (!QFile::rename(damaged, aside))
        return Error::io(Tr::tr("Cannot move the damaged database %1 aside.").arg(damaged));
    for (const char* suffix : kCompanions) {
        const QString from = damaged + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix))) {
            QFile::rename(aside, damaged);
            return Error::io(Tr::tr("Cannot move %1 aside.").arg(from));
        }
    }
    return {};
}

} // namespace

Result<QString> Backups::restore(const QString& backup, const QString& damaged)
{
    if (!QFileInfo::exists(backup))
        return Error::notFound(Tr::tr("The backup %1 does not exist.").arg(backup));
    const QString aside = damaged + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (Status st = moveAside(damaged, aside); !st.ok()) return st.error();
    if (!QFile::copy(backup, damaged)) {
        QFile::remove(damaged);
        moveAside(aside, damaged);
        return Error::io(
            Tr::tr("Cannot copy the backup %1 to %2; the damaged file is back in its place.")
                .arg(backup, damaged));
    }
    QFile(damaged).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return aside;
}

} // namespace percorsi
