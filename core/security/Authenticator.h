#pragma once

#include <functional>

#include <QString>

#include "core/security/Principal.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;

// Signs users in to an open database: checks the Argon2id hash, locks a user
// name out for 15 minutes after 5 failed attempts in a row, sets the
// principal and records every sign-in and every failure in the audit log.
class Authenticator
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch, UTC
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockoutMs = 15 * 60 * 1000;

    explicit Authenticator(Database& db, Clock clock = systemClock);
    static qint64 systemClock();

    // On success the database acts as this user from now on and holds her
    // data key. A wrong user name or password is one Denied error that does
    // not say which was wrong.
    Result<Principal> signIn(const QString& username, const QString& password);
    // The password of the signed-in user again (the lock screen); the
    // principal stays and her data key is opened again, a failure counts
    // towards the lockout.
    Status confirm(const QString& password);
    // Whether the database has any account yet (a first start creates one).
    Result<bool> hasUsers();
    // Creates the first administrator of a database without accounts and signs her in.
    Result<Principal> createFirstAdministrator(const QString& username, const QString& fullName,
                                               const QString& password);
    // After a sign-in: what she should know about her access to notes
    // (e.g. that she holds no key to them), or empty.
    const QString& notice() const { return m_notice; }

private:
    struct Account
    {
        qint64 id = 0, deskId = 0;
        QString role, hash;
        bool active = false;
    };
    Result<Account> account(const QString& username);
    Status checkLockout(const QString& username);
    Status recordFailure(const QString& username);
    Status clearFailures(const QString& username);
    Status audit(const QString& username, const char* action, const QString& detail = {});
    Status openNotes(const Account& account, const QString& password);
    Status createDataKey(const Account& account, const QString& password);

    Database& m_db;
    Clock m_clock;
    QString m_notice;
};

} // namespace percorsi
