#include "core/security/Principal.h"

namespace percorsi {

namespace {
struct RoleCode
{
    Principal::Role role;
    const char* code;
};
const RoleCode kRoles[] = {{Principal::Role::Administrator, "administrator"},
                           {Principal::Role::Coordinator, "coordinator"},
                           {Principal::Role::Operator, "operator"},
                           {Principal::Role::Trainer, "trainer"}};
} // namespace

Principal Principal::system()
{
    Principal p;
    p.role = Role::System;
    return p;
}

Principal Principal::user(qint64 userId, const QString& username, const QString& roleCode,
                          qint64 deskId)
{
    Principal p;
    p.role = roleOf(roleCode);
    p.userId = userId;
    p.username = username;
    p.deskId = deskId;
    return p;
}

Principal::Role Principal::roleOf(const QString& roleCode)
{
    for (const RoleCode& r : kRoles) {
        if (roleCode == QLatin1StringView(r.code)) return r.role;
    }
    return Role::None;
}

QString Principal::codeOf(Role role)
{
    for (const RoleCode& r : kRoles) {
        if (r.role == role) return QLatin1StringView(r.code);
    }
    return {};
}

QString Principal::auditName() const
{
    if (role == Role::System) return QStringLiteral("(system)");
    return username;
}

} // namespace percorsi
