#include "core/storage/UserStore.h"

#include <QCoreApplication>

#include "core/security/PasswordHash.h"

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
    auto user = byUsername(username);
    if (!user || user->integer(u"active") == 0 || user->isNull(u"password_hash"))
        return false;
    return PasswordHash::verify(user->text(u"password_hash"), password);
}

} // namespace percorsi
