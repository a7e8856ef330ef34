#pragma once

#include <QString>

namespace percorsi {

// Who is acting on an open database: a signed-in user with her role and
// desk, the application itself (migrations, demo data, bundle merges), or
// nobody yet, who may do nothing.
struct Principal
{
    enum class Role { None, System, Administrator, Coordinator, Operator, Trainer };

    Role role = Role::None;
    qint64 userId = 0;
    qint64 deskId = 0;
    QString username;

    static Principal system();
    // A user with the role code of the app_user table ("operator" …).
    static Principal user(qint64 userId, const QString& username, const QString& roleCode,
                          qint64 deskId);
    static Role roleOf(const QString& roleCode);
    static QString codeOf(Role role);

    bool isUser() const { return role != Role::None && role != Role::System; }
    // The name the audit log records for this principal.
    QString auditName() const;
};

} // namespace percorsi
