#pragma once

#include <QSet>

#include "core/storage/RecordStore.h"

namespace percorsi {

// Accounts: name, role, desk and an Argon2id password hash that never
// leaves this installation. Only administrators create and change accounts
// (the access policy enforces it); setPassword is the administrator's reset.
class UserStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    Result<Record> create(const QString& username, const QString& fullName, const QString& role,
                          const QString& password, qint64 deskId = 0, const QString& uuid = {});
    Result<Record> byUsername(const QString& username);
    Status setPassword(qint64 userId, const QString& password);
    // The accounts that can sign in here (with a password hash); the others
    // came from other desks in bundles and never sign in here.
    Result<QSet<qint64>> localAccounts();
    // True when the account exists, is active and the password matches.
    bool checkPassword(const QString& username, const QString& password);
    // The signed-in user's own password, after checking the current one.
    Status changeOwnPassword(const QString& current, const QString& password);

    // Minutes without input after which the window locks (administrators set it).
    int idleMinutes();
    Status setIdleMinutes(int minutes);

    static constexpr int kMinPasswordLength = 8;
    static constexpr int kDefaultIdleMinutes = 10;

private:
    Status keepsNotes(qint64 userId);
};

} // namespace percorsi
