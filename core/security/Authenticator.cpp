#include "core/security/Authenticator.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/security/PasswordHash.h"
#include "core/security/SystemScope.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/KeyStore.h"
#include "core/storage/Transaction.h"
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
        "SELECT id, desk_id, role, password_hash, active FROM app_user "
        "WHERE username = ? AND password_hash IS NOT NULL"); // local accounts only
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
    if (Status st = openNotes(*found, password); !st.ok()) return st.error();
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
    if (Status st = audit(p.username, "unlock"); !st.ok()) return st;
    return m_db.dataKey() ? Status() : openNotes(*found, password);
}

// Her key to the notes: a database without one gets it from the first
// administrator who signs in; problems with her key do not keep her out.
Status Authenticator::openNotes(const Account& account, const QString& password)
{
    m_notice.clear();
    KeyStore keys(m_db);
    auto exists = keys.exists();
    if (!exists) return exists.error();
    if (!*exists)
        return account.role == QLatin1String("administrator") ? createDataKey(account, password)
                                                              : Status();
    const Status opened = keys.open(account.id, password);
    if (!opened.ok()) {
        m_notice = opened.error().message();
        return {};
    }
    auto sealed = keys.sealPlainNotes();
    return sealed ? Status() : Status(sealed.error());
}

Status Authenticator::createDataKey(const Account& account, const QString& password)
{
    Transaction tx(m_db.connection());
    if (!tx.ok()) return tx.error();
    KeyStore keys(m_db);
    if (Status st = keys.create(); !st.ok()) return st;
    if (Status st = keys.wrapFor(account.id, password); !st.ok()) return st;
    if (Status st = tx.commit(); !st.ok()) {
        m_db.forgetDataKey();
        return st;
    }
    return {};
}

Result<bool> Authenticator::hasUsers()
{
    auto n = m_db.connection().scalar(
        "SELECT count(*) FROM app_user WHERE password_hash IS NOT NULL");
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
        if (Status st = KeyStore(m_db).ensure(); !st.ok()) return st.error();
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
