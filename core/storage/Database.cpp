#include "core/storage/Database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include "core/search/DuplicateFinder.h"
#include "core/search/NameFolding.h"
#include "core/storage/DatabaseCheck.h"
#include "core/storage/Migrations.h"
#include "core/storage/DeferredUpkeep.h"
#include "core/storage/ReportScope.h"
#include "core/storage/ReportFacts.h"
#include "core/storage/SpanSums.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

const char kLocalDeskKey[] = "local_desk";
const char kClockKey[] = "hlc_last";
// Every connection's: temporary tables in memory, a page cache of 64 MB.
const char kCachePragmas[] = "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;";

void foldFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded =
        NameFolding::fold(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

QString textArgument(sqlite3_value* value)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void resultText(sqlite3_context* context, const QString& text)
{
    if (text.isEmpty()) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// name_key(given, family) and phone_key(phone): see DuplicateFinder.
void nameKeyFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const QString key = DuplicateFinder::nameKey(textArgument(argv[0]), textArgument(argv[1]));
    if (key.isEmpty())
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
    else
        resultText(context, key);
}

void phoneKeyFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    resultText(context, DuplicateFinder::phoneKey(textArgument(argv[0])));
}

// Reads the SQLite header without opening the file through SQLite, so that a
// file we must refuse is never touched.
struct Header
{
    bool sqlite = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

Result<Header> readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray head = file.read(100);
    Header h;
    if (head.isEmpty())
        return h; // an empty file becomes a new database
    if (head.size() < 100 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::io(Tr::tr("%1 is not a Percorsi database, or it is damaged: its first bytes "
                                "are not those of an SQLite database.")
                             .arg(path));
    h.sqlite = true;
    h.userVersion = qFromBigEndian<qint32>(head.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(head.constData() + 68);
    return h;
}

Status checkVersion(const QString& path, qint32 applicationId, qint32 version)
{
    if (applicationId != Database::kApplicationId && (applicationId != 0 || version != 0))
        return Error::io(Tr::tr("%1 is an SQLite database of another application, not of "
                                "Percorsi; it was not changed.")
                             .arg(path));
    if (version > Migrations::latestVersion())
        return Error::io(Tr::tr("%1 was written by a newer version of Percorsi (schema %2; this "
                                "version knows schema %3 at most). It was not opened and nothing "
                                "in it was changed; use the newer version.")
                             .arg(path)
                             .arg(version)
                             .arg(Migrations::latestVersion()));
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && !options.create)
        return Error::io(Tr::tr("There is no database at %1.").arg(path));
    if (exists) {
        auto header = readHeader(path);
        if (!header)
            return header.error();
        if (Status st = checkVersion(path, header->applicationId, header->userVersion); !st.ok())
            return st.error();
        if (header->sqlite) {
            if (Status st = DatabaseCheck::beforeOpening(path); !st.ok())
                return st.error();
        }
    }
    const auto mode = options.readOnly ? Connection::Mode::ReadOnly
                      : exists         ? Connection::Mode::ReadWrite
                                       : Connection::Mode::ReadWriteCreate;
    auto conn = Connection::open(path, mode);
    if (!conn)
        return conn.error();
    std::unique_ptr<Database> db(new Database(std::move(conn.value()), options));
    if (Status st = db->configure(!exists, options.readOnly); !st.ok())
        return st.error();
    if (options.migrate && !options.readOnly) {
        if (Status st = Migrations::upgrade(db->connection()); !st.ok())
            return st.error();
    }
    if (Status st = db->load(); !st.ok())
        return st.error();
    return db;
}

Database::Database(std::unique_ptr<Connection> connection, const Options& options)
    : m_connection(std::move(connection)), m_clock(options.wall), m_today(options.today)
{
    sqlite3_rollback_hook(m_connection->handle(), &Database::onRollback, this);
    m_connection->setBeforeCommit([this] { return persistClock(); });
}

void Database::onRollback(void* self)
{
    static_cast<Database*>(self)->m_stale = true;
}

QDate Database::today() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_todayCache.isValid() || now - m_todayReadAt > 1000) {
        m_todayCache = m_today();
        m_todayReadAt = now;
    }
    return m_todayCache;
}

qint64 Database::localDeskId() const
{
    if (m_stale) {
        m_stale = false;
        Statement st = m_connection->prepare("SELECT value FROM meta WHERE key = 'local_desk'");
        m_localDesk = st.next() ? st.text(0).toLongLong() : 0;
    }
    return m_localDesk;
}

Database::~Database() = default;

Status Database::configure(bool fresh, bool readOnly)
{
    Connection& c = *m_connection;
    // Reading the schema is the first real read: a damaged file fails here.
    auto tables = c.scalar("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return Error::io(Tr::tr("The database %1 is damaged and cannot be read (%2). Restore it "
                                "from a backup.")
                             .arg(path(), tables.error().message()));
    auto version = c.scalar("PRAGMA user_version");
    auto appId = c.scalar("PRAGMA application_id");
    if (!version || !appId)
        return Error::io(Tr::tr("Cannot read the schema version of %1.").arg(path()));
    if (Status st = checkVersion(path(), qint32(*appId), qint32(*version)); !st.ok())
        return st;
    if (*tables > 0 && *appId != kApplicationId)
        return Error::io(Tr::tr("%1 is an SQLite database of another application, not of "
                                "Percorsi; it was not changed.")
                             .arg(path()));
    registerFunctions(c);
    sqlite3_busy_timeout(c.handle(), 5000);
    if (readOnly) {
        if (*version != Migrations::latestVersion())
            return Error::io(Tr::tr("%1 is at schema %2, not %3: open it for writing first.")
                                 .arg(path())
                                 .arg(*version)
                                 .arg(Migrations::latestVersion()));
        return c.exec(kCachePragmas);
    }
    std::string pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                          "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";
    pragmas += kCachePragmas;
    if (fresh || *appId == 0)
        pragmas += "PRAGMA application_id = " + std::to_string(kApplicationId) + ";";
    if (Status st = c.exec(pragmas); !st.ok())
        return Error::io(Tr::tr("Cannot configure the database %1: %2")
                             .arg(path(), st.error().message()));
    return {};
}

Status Database::load()
{
    auto desk = meta(QString::fromLatin1(kLocalDeskKey));
    if (!desk)
        return desk.error();
    m_localDesk = desk->toLongLong();
    auto clock = meta(QString::fromLatin1(kClockKey));
    if (!clock)
        return clock.error();
    m_clock.setLast(clock->toLongLong());
    return {};
}

void Database::registerFunctions(Connection& connection)
{
    sqlite3_create_function_v2(connection.handle(), "fold", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               foldFunction, nullptr, nullptr, nullptr);
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(connection.handle(), "name_key", 2, flags, nullptr,
                               nameKeyFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(connection.handle(), "phone_key", 1, flags, nullptr,
                               phoneKeyFunction, nullptr, nullptr, nullptr);
    // Not deterministic: an import moves the floor of its own connection.
    sqlite3_create_function_v2(connection.handle(), "upkeep_floor", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                               &connection, DeferredUpkeep::sqlFunction, nullptr, nullptr, nullptr);
    ReportScope::registerFunctions(connection.handle());
    spansums::registerFunctions(connection.handle());
    reportfacts::registerFunctions(connection.handle());
}

int Database::schemaVersion()
{
    auto v = m_connection->scalar("PRAGMA user_version");
    return v ? int(*v) : 0;
}

Status Database::setLocalDeskId(qint64 deskId)
{
    if (Status st = setMeta(QString::fromLatin1(kLocalDeskKey), QString::number(deskId)); !st.ok())
        return st;
    m_localDesk = deskId;
    return {};
}

Status Database::requireDesk() const
{
    if (localDeskId() > 0)
        return {};
    return Error::invalid(Tr::tr("The database %1 has no desk yet; create one first with "
                                 "\"percorsi-cli init --db %1 --desk-name NAME\".")
                              .arg(path()));
}

qint64 Database::tick()
{
    m_clockDirty = true;
    return m_clock.now();
}

void Database::observe(qint64 stamp)
{
    if (stamp > m_clock.last()) {
        m_clock.observe(stamp);
        m_clockDirty = true;
    }
}

Status Database::persistClock()
{
    if (!m_clockDirty)
        return {};
    Status st = setMeta(QString::fromLatin1(kClockKey), QString::number(m_clock.last()));
    if (st.ok())
        m_clockDirty = false;
    return st;
}

void Database::reload()
{
    m_stale = true;
    m_second.reset(); // reopened on next use, on the file as it is now
    m_secondTried = false;
    // The clock never goes back: the copy's stored clock may be older than ours.
    m_clockDirty = true;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    Options options;
    options.migrate = false;
    options.wall = m_clock.wall();
    options.today = m_today;
    auto other = open(path(), options);
    if (other)
        (*other)->setPrincipal(m_principal);
    return other;
}

Result<std::unique_ptr<Connection>> Database::openReader(const QString& path)
{
    auto opened = Connection::open(path, Connection::Mode::ReadOnly);
    if (!opened) return opened.error();
    Connection& c = **opened;
    registerFunctions(c);
    sqlite3_busy_timeout(c.handle(), 5000);
    if (Status st = c.exec(kCachePragmas); !st.ok()) return st.error();
    return opened;
}

Connection* Database::secondConnection()
{
    if (m_secondTried) return m_second.get();
    m_secondTried = true;
    if (path().isEmpty() || !QFileInfo(path()).isFile()) return nullptr;
    if (auto opened = openReader(path())) m_second = std::move(opened).value();
    return m_second.get();
}

Status Database::catchUp()
{
    m_stale = true;
    auto clock = meta(QString::fromLatin1(kClockKey));
    if (!clock)
        return clock.error();
    m_clock.observe(clock->toLongLong());
    return {};
}

Result<QString> Database::meta(const QString& key)
{
    Statement st = m_connection->prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    if (st.next())
        return st.text(0);
    if (!st.ok())
        return st.error();
    return QString();
}

Status Database::setMeta(const QString& key, const QString& value)
{
    Statement st = m_connection->prepare(
        "INSERT INTO meta(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.run();
}

void Database::setPrincipal(Principal principal)
{
    const bool holder = principal.role == Principal::Role::System
                        || (principal.isUser() && principal.userId == m_keyHolder);
    if (!holder)
        forgetDataKey();
    m_principal = std::move(principal);
}

void Database::setDataKey(std::unique_ptr<DataKey> key)
{
    m_dataKey = std::move(key);
    m_keyHolder = m_principal.isUser() ? m_principal.userId : 0;
}

void Database::forgetDataKey()
{
    m_dataKey.reset();
    m_keyHolder = 0;
}

} // namespace percorsi
