#include "tests/crash/CrashDriver.h"

#include <csignal>
#include <cstdio>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include "core/security/Principal.h"
#include "core/storage/Database.h"
#include "core/storage/PersonStore.h"

namespace percorsi::test {

namespace {

constexpr int kBundlePeople = 60;
constexpr int kEditPeople = 20;

void say(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

} // namespace

CrashDriver::CrashDriver(QString cli, quint64 seed) : m_cli(std::move(cli)), m_random(seed) {}

bool CrashDriver::run(int kills)
{
    if (!m_dir.isValid() || !prepare()) return false;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kills; ++round) {
        const bool ok = round % 2 == 0 ? importRound() : editRound(round);
        if (!ok) return fail(QStringLiteral("round %1 failed").arg(round));
    }
    const int survived = m_survived[QStringLiteral("import")] + m_survived[QStringLiteral("edit")];
    say(QStringLiteral("%1 rounds, kills survived: %2 (%3 during imports, %4 during edits; the "
                       "other imports had ended before their kill) in %5 s")
            .arg(kills)
            .arg(survived)
            .arg(m_survived[QStringLiteral("import")])
            .arg(m_survived[QStringLiteral("edit")])
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

// The target's own administrator. The demo bundle brings the "admin" of its
// desk too, as an account of another desk that does not sign in here.
const QString kTargetUser = QStringLiteral("admin");

// A bundle of a demo programme, a pristine target with a desk of its own, and
// the counts of the target before and after the whole import.
bool CrashDriver::prepare()
{
    const QString people = QString::number(kBundlePeople);
    if (cli({QStringLiteral("demo"), QStringLiteral("--db"),
             file(QStringLiteral("source.percorsi")), QStringLiteral("--people"), people})
                .exitCode != 0 ||
        cli({QStringLiteral("export"), QStringLiteral("--db"),
             file(QStringLiteral("source.percorsi")), QStringLiteral("--out"),
             file(QStringLiteral("bundle.percorsi"))})
                .exitCode != 0 ||
        cli({QStringLiteral("init"), QStringLiteral("--db"),
             file(QStringLiteral("pristine.percorsi")), QStringLiteral("--desk-name"),
             QStringLiteral("Orbassano"), QStringLiteral("--code"), QStringLiteral("TO-OR"),
             QStringLiteral("--user"), kTargetUser})
                .exitCode != 0 ||
        cli({QStringLiteral("demo"), QStringLiteral("--db"), file(QStringLiteral("edits.percorsi")),
             QStringLiteral("--people"), QString::number(kEditPeople)})
                .exitCode != 0)
        return fail(QStringLiteral("cannot prepare the databases"));
    m_statsBefore = counts(file(QStringLiteral("pristine.percorsi")));
    copyDatabase(file(QStringLiteral("pristine.percorsi")),
                 file(QStringLiteral("target.percorsi")));
    QElapsedTimer timer;
    timer.start();
    if (cli({QStringLiteral("import"), QStringLiteral("--db"),
             file(QStringLiteral("target.percorsi")), file(QStringLiteral("bundle.percorsi")),
             QStringLiteral("--user"), kTargetUser})
            .exitCode != 0)
        return fail(QStringLiteral("the bundle does not import"));
    m_importMs = int(timer.elapsed());
    m_statsAfter = counts(file(QStringLiteral("target.percorsi")));
    timer.restart();
    cli({QStringLiteral("edit-stream"), QStringLiteral("--db"),
         file(QStringLiteral("edits.percorsi")), QStringLiteral("--count"), QStringLiteral("20"),
         QStringLiteral("--tag"), QStringLiteral("warm")});
    m_editMs = int(timer.elapsed());
    say(QStringLiteral("a whole import takes %1 ms, 20 edits %2 ms").arg(m_importMs).arg(m_editMs));
    return m_statsBefore != m_statsAfter || fail(QStringLiteral("the import changed nothing"));
}

// Imports the bundle into a fresh copy and kills the import somewhere between
// its start and a little after its usual end.
bool CrashDriver::importRound()
{
    const QString target = file(QStringLiteral("target.percorsi"));
    copyDatabase(file(QStringLiteral("pristine.percorsi")), target);
    bool finished = false;
    const Outcome o = killAfter({QStringLiteral("import"), QStringLiteral("--db"), target,
                                 file(QStringLiteral("bundle.percorsi")), QStringLiteral("--user"),
                                 kTargetUser},
                                randomDelay(m_importMs * 11 / 10), &finished);
    if (finished && o.exitCode != 0)
        return fail(QStringLiteral("the import failed by itself: %1").arg(o.err));
    if (!checkPasses(target)) return false;
    const QString stats = counts(target);
    if (stats != m_statsAfter && (finished || stats != m_statsBefore))
        return fail(QStringLiteral("the import is partly there:\n%1").arg(stats));
    if (!finished) ++m_survived[QStringLiteral("import")];
    return true;
}

// Streams edits and kills the stream; every edit it acknowledged must be there.
bool CrashDriver::editRound(int round)
{
    const QString db = file(QStringLiteral("edits.percorsi"));
    const QString tag = QStringLiteral("r%1").arg(round);
    bool finished = false;
    const Outcome o = killAfter({QStringLiteral("edit-stream"), QStringLiteral("--db"), db,
                                 QStringLiteral("--count"), QStringLiteral("100000"),
                                 QStringLiteral("--tag"), tag},
                                randomDelay(m_editMs * 2), &finished);
    if (finished) return fail(QStringLiteral("the edit stream ended by itself: %1").arg(o.err));
    ++m_survived[QStringLiteral("edit")];
    return checkPasses(db) && editsPresent(db, tag, o.out);
}

bool CrashDriver::checkPasses(const QString& db)
{
    QStringList args{QStringLiteral("check"), QStringLiteral("--db"), db};
    if (db.endsWith(QLatin1String("target.percorsi")))
        args << QStringLiteral("--user") << kTargetUser;
    const Outcome o = cli(args);
    return o.exitCode == 0 ||
           fail(QStringLiteral("check fails after a kill:\n%1%2").arg(o.out, o.err));
}

// Edit i set a person's preferred name to "TAG-i", one edit at a time: each
// person holds her last acknowledged edit, or the single edit after the last
// acknowledgement, which may have committed before its line was printed.
bool CrashDriver::editsPresent(const QString& path, const QString& tag, const QString& acknowledged)
{
    std::map<QString, qint64> last; // person uuid -> last acknowledged edit
    qint64 inFlight = 0;
    for (const QString& line : acknowledged.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() == 3 && parts[0] == QLatin1String("committed")) {
            last[parts[2]] = parts[1].toLongLong();
            inFlight = parts[1].toLongLong() + 1;
        }
    }
    auto db = Database::open(path);
    if (!db) return fail(db.error().message());
    db.value()->setPrincipal(Principal::system()); // the verifier reads everything
    PersonStore people(*db.value());
    for (const auto& [uuid, edit] : last) {
        auto person = people.getByUuid(schema::def(Entity::Person), uuid);
        const QString value = person ? person->text("preferred_name") : QString();
        const qint64 held = value.section(QLatin1Char('-'), 1).toLongLong();
        if (!value.startsWith(tag + QLatin1Char('-')) || (held != edit && held != inFlight))
            return fail(QStringLiteral("acknowledged edit %1 of %2 is lost (holds \"%3\")")
                            .arg(edit)
                            .arg(uuid, value));
    }
    return true;
}

// "entity: N" a line, as `percorsi-cli stats` prints them.
QString CrashDriver::counts(const QString& path)
{
    auto db = Database::open(path);
    if (!db) return db.error().message();
    db.value()->setPrincipal(Principal::system()); // the verifier reads everything
    RecordStore store(*db.value());
    QString out;
    for (const EntityDef* def : schema::entities())
        out += QStringLiteral("%1: %2\n").arg(QLatin1StringView(def->name)).arg(*store.count(*def));
    return out;
}

CrashDriver::Outcome CrashDriver::cli(const QStringList& arguments)
{
    QProcess p;
    p.start(m_cli, arguments);
    p.waitForFinished(600'000);
    Outcome o{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
              QString::fromUtf8(p.readAllStandardOutput()),
              QString::fromUtf8(p.readAllStandardError())};
    if (o.exitCode != 0 && arguments.value(0) != QLatin1String("check"))
        say(QStringLiteral("percorsi-cli %1: %2").arg(arguments.join(QLatin1Char(' ')), o.err));
    return o;
}

CrashDriver::Outcome CrashDriver::killAfter(const QStringList& arguments, int delayMs,
                                            bool* finished)
{
    QProcess p;
    p.start(m_cli, arguments);
    p.waitForStarted();
    *finished = p.waitForFinished(delayMs);
    if (!*finished) {
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(-1);
    }
    return {*finished ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

int CrashDriver::randomDelay(int maxMs)
{
    return std::uniform_int_distribution<int>(1, std::max(2, maxMs))(m_random);
}

// The database file only: the target starts with no journal or WAL.
void CrashDriver::copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    QFile::copy(from, to);
}

bool CrashDriver::fail(const QString& message)
{
    say(QStringLiteral("FAIL: %1").arg(message));
    return false;
}

} // namespace percorsi::test
