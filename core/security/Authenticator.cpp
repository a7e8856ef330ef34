#include "core/security/Authenticator.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/security/PasswordHash.h"
#include "core/security/SystemScope.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/UserStore.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
};

Error wrongCredentials()
{
    return {Error::Kind::Denied, Tr::tr("Wrong user name or password.")};
}

} // namespace

Authenticator::Authenticator(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

qint64 Authenticator::systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Result<Authenticator::Account> Authenticator::account(const QString& username)
{
    Statement st = m_db.connection().prepare(
        "SELECT id, desk_id, role, coalesce(password_hash, ''), active FROM app_user "
        "WHERE username = ?");
    st.bind(1, username.trimmed());
    Account a;
    if (st.next()) {
        a.id = st.int64(0);
        a.deskId = st.int64(1);
        a.role = st.text(2);
        a.hash = st.text(3);
        a.active = st.int64(4) != 0;
    }
    if (!st.ok()) return st.error();
    return a;
}

Status Authenticator::checkLockout(const QString& username)
{
    Statement st =
        m_db.connection().prepare("SELECT locked_until FROM login_state WHERE username = ?");
    st.bind(1, username);
    const qint64 until = st.next() ? st.int64(0) : 0;
    if (!st.ok()) return st.error();
    if (until <= m_clock()) return {};
    const QString at =
        QDateTime::fromMSecsSinceEpoch(until).toLocalTime().toString(QStringLiteral("HH:mm"));
    return Error(Error::Kind::Denied,
                 Tr::tr("The account %1 is locked after %2 failed sign-ins; try again after %3.")
                     .arg(username)
                     .arg(kMaxFailures)
                     .arg(at));
}

Status Authenticator::recordFailure(const QString& username)
{
    Statement read =
        m_db.connection().prepare("SELECT failures FROM login_state WHERE username = ?");
    read.bind(1, username);
    const qint64 failures = (read.next() ? read.int64(0) : 0) + 1;
    const bool lock = failures >= kMaxFailures;
    Statement st = m_db.connection().prepare(
        "INSERT INTO login_state(username, failures, locked_until) VALUES(?, ?, ?) "
        "ON CONFLICT(username) DO UPDATE SET failures = excluded.failures, "
        "locked_until = excluded.locked_until");
    st.bind(1, username).bind(2, lock ? 0 : failures).bind(3, lock ? m_clock() + kLockoutMs : 0);
    if (Status s = st.run(); !s.ok()) return s;
    if (Status s = audit(username, "login_failed"); !s.ok()) return s;
    return lock ? audit(username, "locked_out", Tr::tr("%1 minutes").arg(kLockoutMs / 60000))
                : Status();
}

Status Authenticator::clearFailures(const QString& username)
{
    Statement st = m_db.connection().prepare("DELETE FROM login_state WHERE username = ?");
    st.bind(1, username);
    return st.run();
}

Status Authenticator::audit(const QString& username, const char* action, const QString& detail)
{
    return AuditLog(m_db).append(username, QLatin1StringView(action), QStringLiteral("user"), {},
                                 detail);
}

Result<Principal> Authenticator::signIn(const QString& username, const QString& password)
{
    const QString name = username.trimmed();
    if (Status st = checkLockout(name); !st.ok()) {
        audit(name, "login_refused", Tr::tr("locked"));
        return st.error();
    }
    auto found = account(name);
    if (!found) return found.error();
    if (!found->active || found->hash.isEmpty() || !PasswordHash::verify(found->hash, password)) {
        if (Status st = recordFailure(name); !st.ok()) return st.error();
        return wrongCredentials();
    }
    if (Status st = clearFailures(name); !st.ok()) return st.error();
    const Principal p = Principal::user(found->id, name, found->role, found->deskId);
    m_db.setPrincipal(p);
    if (Status st = audit(name, "login"); !st.ok()) return st.error();
    return p;
}

Status Authenticator::confirm(const QString& password)
{
    const Principal p = m_db.principal();
    if (!p.isUser()) return wrongCredentials();
    if (Status st = checkLockout(p.username); !st.ok()) return st;
    auto found = account(p.username);
    if (!found) return found.error();
    if (!found->active || !PasswordHash::verify(found->hash, password)) {
        if (Status st = recordFailure(p.username); !st.ok()) return st;
        return wrongCredentials();
    }
    if (Status st = clearFailures(p.username); !st.ok()) return st;
    return audit(p.username, "unlock");
}

Result<bool> Authenticator::hasUsers()
{
    auto n = m_db.connection().scalar("SELECT count(*) FROM app_user");
    if (!n) return n.error();
    return *n > 0;
}

Result<Principal> Authenticator::createFirstAdministrator(const QString& username,
                                                          const QString& fullName,
                                                          const QString& password)
{
    auto any = hasUsers();
    if (!any) return any.error();
    if (*any)
        return Error(Error::Kind::Denied,
                     Tr::tr("This database already has accounts; an administrator creates "
                            "new ones."));
    {
        SystemScope system(m_db);
        auto created =
            UserStore(m_db).create(username.trimmed(), fullName, QStringLiteral("administrator"),
                                   password, m_db.localDeskId());
        if (!created) return created.error();
    }
    if (Status st = audit(username.trimmed(), "create_user", QStringLiteral("administrator"));
        !st.ok())
        return st.error();
    return signIn(username, password);
}

} // namespace percorsi
