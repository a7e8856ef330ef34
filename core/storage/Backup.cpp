#include "core/storage/Backup.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "core/storage/AuditLog.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr int kPagesPerStep = 256;

// Steps a backup to its end; false from `progress` cancels.
Status copyPages(sqlite3* target, sqlite3* source, const Backup::Progress& progress)
{
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) return Error::io(QString::fromUtf8(sqlite3_errmsg(target)));
    int rc = SQLITE_OK;
    bool cancelled = false;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        const int done = total - sqlite3_backup_remaining(backup);
        if (rc != SQLITE_DONE && progress && !progress(total > 0 ? 100 * done / total : 0)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
    if (cancelled) return Error::invalid(Tr::tr("The backup was cancelled."));
    if (rc != SQLITE_DONE) return Error::io(QString::fromUtf8(sqlite3_errstr(rc)));
    if (progress) progress(100);
    return {};
}

Status integrity(Connection& c, const QString& path)
{
    Statement st = c.prepare("PRAGMA integrity_check");
    QStringList problems;
    while (st.next()) {
        if (st.text(0) != QLatin1String("ok")) problems << st.text(0);
    }
    if (!st.ok()) problems << st.error().message();
    if (problems.isEmpty()) return {};
    return Error::io(
        Tr::tr("%1 is damaged: %2").arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
}

// A copy taken from one read snapshot: while it is open no writer restarts the backup.
Status copyInto(const QString& sourcePath, Connection& target, const Backup::Progress& progress)
{
    auto source = Connection::open(sourcePath, Connection::Mode::ReadOnly);
    if (!source) return source.error();
    Connection& s = *source.value();
    sqlite3_busy_timeout(s.handle(), 5000);
    if (Status st = s.exec("BEGIN; SELECT count(*) FROM sqlite_schema;"); !st.ok())
        return Error::io(Tr::tr("Cannot read %1: %2").arg(sourcePath, st.error().message()));
    Status copied = copyPages(target.handle(), s.handle(), progress);
    s.exec("COMMIT");
    if (!copied.ok()) return copied;
    // A backup is one self-contained file, without a WAL beside it.
    if (Status st = target.exec("PRAGMA journal_mode = DELETE"); !st.ok()) return st;
    return integrity(target, target.path());
}

} // namespace

Status Backup::create(const QString& sourcePath, const QString& targetPath,
                      const Progress& progress)
{
    const QString part = targetPath + QStringLiteral(".part");
    QFile::remove(part);
    Status st;
    int code = SQLITE_OK;
    {
        auto target = Connection::open(part, Connection::Mode::ReadWriteCreate);
        if (!target) return target.error();
        st = copyInto(sourcePath, *target.value(), progress);
        if (!st.ok()) code = sqlite3_errcode(target.value()->handle());
    }
    if (st.ok() && QFile::exists(targetPath) && !QFile::remove(targetPath))
        st = Error::io(Tr::tr("Cannot replace %1.").arg(targetPath));
    if (st.ok() && !QFile::rename(part, targetPath))
        st = Error::io(Tr::tr("Cannot write the backup %1.").arg(targetPath));
    if (!st.ok()) QFile::remove(part);
    const int primary = code & 0xff;
    if (st.ok() || (primary != SQLITE_FULL && primary != SQLITE_IOERR)) return st;
    // A full or failing disk: said plainly, and that nothing else was touched.
    const QString why = primary == SQLITE_FULL ? Tr::tr("the disk is full")
                                               : Tr::tr("the disk could not be written");
    return Error::io(Tr::tr("The backup %1 could not be written: %2. The database itself is "
                            "unchanged; free some space or choose another folder, then try again.")
                         .arg(targetPath, why));
}

Status Backup::check(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    if (!file.read(16).startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::io(Tr::tr("%1 is not a Percorsi backup: its first bytes are not those of "
                                "an SQLite database.")
                             .arg(path));
    file.close();
    auto c = Connection::open(path, Connection::Mode::ReadOnly);
    if (!c) return c.error();
    if (Status st = integrity(*c.value(), path); !st.ok()) return st;
    auto appId = c.value()->scalar("PRAGMA application_id");
    auto version = c.value()->scalar("PRAGMA user_version");
    if (!appId || *appId != Database::kApplicationId)
        return Error::io(Tr::tr("%1 is not a Percorsi database.").arg(path));
    if (!version || *version > Migrations::latestVersion())
        return Error::io(Tr::tr("%1 was written by a newer version of Percorsi (schema %2).")
                             .arg(path)
                             .arg(version ? *version : 0));
    return {};
}

Status Backup::restore(Database& db, const QString& sourcePath, const QString& actor,
                       const Progress& progress)
{
    if (QFileInfo(sourcePath).canonicalFilePath() == QFileInfo(db.path()).canonicalFilePath())
        return Error::invalid(Tr::tr("A database cannot be restored from itself."));
    if (Status st = check(sourcePath); !st.ok()) return st;
    if (db.connection().inTransaction())
        return Error::invalid(Tr::tr("The database is busy; try again."));
    auto source = Connection::open(sourcePath, Connection::Mode::ReadOnly);
    if (!source) return source.error();
    // The backup API writes the whole copy in one transaction of the live connection.
    if (Status st = copyPages(db.connection().handle(), source.value()->handle(), progress);
        !st.ok())
        return Error::io(Tr::tr("%1 could not be restored; the database was left as it was: %2")
                             .arg(sourcePath, st.error().message()));
    source.value().reset();
    db.connection().exec("PRAGMA journal_mode = WAL");
    if (Status st = Migrations::upgrade(db.connection()); !st.ok()) return st;
    db.reload();
    return AuditLog(db).append(actor, QStringLiteral("restore"), {}, {},
                               QFileInfo(sourcePath).fileName());
}

} // namespace percorsi
