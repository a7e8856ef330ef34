#include "core/storage/UserStore.h"

#include <QCoreApplication>

#include "core/security/AccessPolicy.h"
#include "core/security/PasswordHash.h"
#include "core/security/SystemScope.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/KeyStore.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)
};

Status checkStrength(const QString& password)
{
    if (password.size() < UserStore::kMinPasswordLength)
        return Error::invalid(Tr::tr("The password must have at least %1 characters.")
                                  .arg(UserStore::kMinPasswordLength));
    return {};
}
} // namespace

Result<Record> UserStore::create(const QString& username, const QString& fullName,
                                 const QString& role, const QString& password, qint64 deskId,
                                 const QString& uuid)
{
    if (Status st = checkStrength(password); !st.ok())
        return st.error();
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    Record user(Entity::User);
    user.setUuid(uuid);
    user.setDeskId(deskId);
    user.set(u"username", username);
    user.set(u"full_name", fullName);
    user.set(u"role", role);
    user.set(u"active", qint64(1));
    user.set(u"password_hash", *hash);
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    auto created = insertDerived(user);
    if (!created) return created;
    // She gets the data key this session holds; without one she is told at sign-in.
    if (database().dataKey()) {
        if (Status st = KeyStore(database()).wrapFor(created->id(), password); !st.ok())
            return st.error();
    }
    if (Status st = tx.commit(); !st.ok()) return st.error();
    return created;
}

Result<Record> UserStore::byUsername(const QString& username)
{
    // The account that signs in here first, then one from another desk.
    Statement st = database().connection().prepare(
        "SELECT id FROM app_user WHERE username = ? ORDER BY password_hash IS NULL, id LIMIT 1");
    st.bind(1, username.trimmed());
    const qint64 id = st.next() ? st.int64(0) : 0;
    if (!st.ok())
        return st.error();
    if (id == 0)
        return Error::notFound(Tr::tr("There is no user '%1'.").arg(username));
    return get(schema::def(Entity::User), id);
}

Status UserStore::setPassword(qint64 userId, const QString& password)
{
    if (Status st = checkStrength(password); !st.ok())
        return st;
    auto user = get(schema::def(Entity::User), userId);
    if (!user)
        return user.error();
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    if (Status st = keepsNotes(userId); !st.ok()) return st;
    auto local = localAccounts();
    if (!local) return local.error();
    if (!local->contains(userId))
        return Error(Error::Kind::Denied,
                     Tr::tr("The account %1 belongs to another desk and cannot sign in here; "
                            "create an account of this desk for her instead.")
                         .arg(user->text("username")));
    Record changed = user.value();
    changed.set(u"password_hash", *hash);
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    auto saved = updateDerived(changed);
    if (!saved) return saved.error();
    if (database().dataKey()) {
        if (Status st = KeyStore(database()).wrapFor(userId, password); !st.ok()) return st;
    }
    return tx.commit();
}

// A new password without the data key to wrap under it would cost her the notes.
Status UserStore::keepsNotes(qint64 userId)
{
    if (database().dataKey()) return {};
    auto wrapped = KeyStore(database()).hasWrappedKey(userId);
    if (!wrapped) return wrapped.error();
    if (!*wrapped) return {};
    return Error(Error::Kind::Denied,
                 Tr::tr("This session holds no key to the notes, so a new password would cost "
                        "the account her access to them; an administrator who holds the key "
                        "must set it."));
}

Result<QSet<qint64>> UserStore::localAccounts()
{
    QSet<qint64> ids;
    Statement st =
        database().connection().prepare("SELECT id FROM app_user WHERE password_hash IS NOT NULL");
    while (st.next())
        ids.insert(st.int64(0));
    if (!st.ok())
        return st.error();
    return ids;
}

bool UserStore::checkPassword(const QString& username, const QString& password)
{
    // The hash is never read through the policy: no principal may see it.
    Statement st = database().connection().prepare(
        "SELECT password_hash FROM app_user WHERE username = ? AND active <> 0 "
        "AND password_hash IS NOT NULL");
    st.bind(1, username.trimmed());
    return st.next() && PasswordHash::verify(st.text(0), password);
}

int UserStore::idleMinutes()
{
    auto value = database().meta(QStringLiteral("idle_minutes"));
    const int minutes = value ? value->toInt() : 0;
    return minutes > 0 ? minutes : kDefaultIdleMinutes;
}

Status UserStore::setIdleMinutes(int minutes)
{
    if (Status st = AccessPolicy(database()).require(AccessPolicy::Action::ManageUsers,
                                                     Tr::tr("setting the idle time"));
        !st.ok())
        return st;
    if (minutes < 1 || minutes > 240)
        return Error::invalid(Tr::tr("The idle time must be from 1 to 240 minutes."));
    if (Status st = database().setMeta(QStringLiteral("idle_minutes"), QString::number(minutes));
        !st.ok())
        return st;
    return AuditLog(database()).append(database().principal().auditName(),
                                       QStringLiteral("set_idle_time"), {}, {},
                                       QString::number(minutes));
}

Status UserStore::changeOwnPassword(const QString& current, const QString& password)
{
    const Principal me = database().principal();
    if (!me.isUser())
        return Error(Error::Kind::Denied, Tr::tr("Sign in first to change your password."));
    if (!checkPassword(me.username, current))
        return Error(Error::Kind::Denied, Tr::tr("The current password is wrong."));
    if (password == current)
        return Error::invalid(Tr::tr("The new password is the same as the current one."));
    Status st;
    {
        // Accounts are the administrator's, but each user changes her own password.
        SystemScope system(database());
        st = setPassword(me.userId, password);
    }
    if (!st.ok())
        return st;
    return AuditLog(database()).append(me.auditName(), QStringLiteral("change_password"),
                                       QStringLiteral("user"));
}

} // namespace percorsi
