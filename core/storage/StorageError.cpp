#include "core/storage/StorageError.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace percorsi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
};
} // namespace

Error storageError(int sqliteCode, const QString& sqliteMessage)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_CONSTRAINT:
        return Error(Error::Kind::Conflict, sqliteMessage);
    case SQLITE_FULL:
        return Error::io(Tr::tr("The disk is full: the change was not saved. Free some space and "
                                "try again (%1).")
                             .arg(sqliteMessage));
    case SQLITE_IOERR:
        return Error::io(Tr::tr("The disk could not be written or read: the change was not saved. "
                                "Check the drive and try again (%1).")
                             .arg(sqliteMessage));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::io(Tr::tr("The database is damaged: nothing was changed. Restore the latest "
                                "backup (%1).")
                             .arg(sqliteMessage));
    default:
        return Error::io(sqliteMessage);
    }
}

} // namespace percorsi
