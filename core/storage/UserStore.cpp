#include "core/storage/UserStore.h"

#include <QCoreApplication>

#include "core/security/AccessPolicy.h"
#include "core/security/PasswordHash.h"
#include "core/security/SystemScope.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

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
    return insertDerived(user);
}

Result<Record> UserStore::byUsername(const QString& username)
{
    auto found = list(schema::def(Entity::User),
                      {.field = "username", .equals = username.trimmed(), .limit = 1});
    if (!found)
        return found.error();
    if (found->empty())
        return Error::notFound(Tr::tr("There is no user '%1'.").arg(username));
    return found->front();
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
    Record changed = user.value();
    changed.set(u"password_hash", *hash);
    auto saved = updateDerived(changed);
    return saved ? Status() : Status(saved.error());
}

bool UserStore::checkPassword(const QString& username, const QString& password)
{
    // The hash is never read through the policy: no principal may see it.
    Statement st = database().connection().prepare(
        "SELECT password_hash FROM app_user WHERE username = ? AND active <> 0");
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
