#pragma once

#include "core/storage/RecordStore.h"

namespace percorsi {

// Operator accounts: name, role, desk and an Argon2id password hash that
// never leaves this installation.
class UserStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    Result<Record> create(const QString& username, const QString& fullName, const QString& role,
                          const QString& password, qint64 deskId = 0, const QString& uuid = {});
    Result<Record> byUsername(const QString& username);
    Status setPassword(qint64 userId, const QString& password);
    // True when the account exists, is active and the password matches.
    bool checkPassword(const QString& username, const QString& password);

    static constexpr int kMinPasswordLength = 8;
};

} // namespace percorsi
