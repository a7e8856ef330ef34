#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "core/storage/BackupFolder.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real `percorsi` binary offscreen.
Run runPercorsi(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // English unless --lang says otherwise, whatever the machine's language.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PERCORSI_GUI_BINARY), arguments);
    REQUIRE(process.waitForFinished(20000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("percorsi --version names the application and its version")
{
    const Run run = runPercorsi({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Percorsi")));
}

TEST_CASE("percorsi refuses an unknown language, naming the accepted ones")
{
    const Run run = runPercorsi({QStringLiteral("--lang"), QStringLiteral("xx")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("\"xx\"")));
    CHECK(run.err.contains(QStringLiteral("en, it, es, ca, nl, sv, fr, ar")));
}

TEST_CASE("percorsi --lang speaks that language from its first line, Qt's own words included",
          "[i18n]")
{
    const Run it =
        runPercorsi({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("--help")});
    CHECK(it.exitCode == 0);
    CHECK(it.out.contains(QStringLiteral("Gestione dei casi per i programmi di integrazione.")));
    CHECK(it.out.contains(QStringLiteral("Usa la lingua CODICE")));
    CHECK(it.out.contains(QStringLiteral("Opzioni:"))); // from Qt's translations
    const Run ar = runPercorsi({QStringLiteral("--lang=ar"), QStringLiteral("--help")});
    CHECK(ar.out.contains(QStringLiteral("إدارة الحالات لبرامج الإدماج.")));
}

TEST_CASE("percorsi --db with a missing file says so and exits with 3")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.percorsi"));
    const Run run = runPercorsi({QStringLiteral("--db"), missing});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    CHECK(run.err.contains(missing));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("percorsi --db with a file that is not a database shows core's message and exits with 3")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.percorsi"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("These are not the data you are looking for.\n");
    file.close();

    const Run run = runPercorsi({QStringLiteral("--db"), path});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("not a Percorsi database")));
}

TEST_CASE("percorsi --db with a truncated database says it is damaged and leaves it untouched")
{
    QString path;
    QByteArray cut;
    percorsi::test::TestDatabase t;
    for (int i = 0; i < 40; ++i)
        percorsi::test::addPerson(t.db());
    t.reopen();
    path = t.path();
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        cut = file.readAll();
        cut.truncate(cut.size() / 2);
    }
    // A copy of the database, cut short, as a full disk or an interrupted copy leaves it.
    const QString damaged = t.dir() + QStringLiteral("/damaged.percorsi");
    QTemporaryDir backups;
    QFile backup(percorsi::BackupFolder(backups.path(), damaged)
                     .pathFor(QDateTime::currentDateTimeUtc().addDays(-1)));
    REQUIRE(backup.open(QIODevice::WriteOnly));
    backup.close();

    QFile out(damaged);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(cut);
    out.close();

    // Offscreen there is no one to accept the backup: the file stays as it is.
    const Run run = runPercorsi({QStringLiteral("--db"), damaged, QStringLiteral("--backups"),
                                 backups.path()});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("is damaged (it is truncated")));
    CHECK(run.err.contains(QStringLiteral("restore the latest backup")));
    QFile after(damaged);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == cut);
}
