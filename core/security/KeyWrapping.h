#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "core/security/DataKey.h"
#include "core/util/Result.h"

namespace percorsi {

// The data key as one account keeps it: sealed under a key derived from her
// password with Argon2id (libsodium's interactive limits, 64 MiB, 2 passes)
// and a salt of its own, bound to her account's uuid.
class KeyWrapping
{
public:
    struct Wrapped
    {
        QByteArray salt, nonce, wrapped;
    };

    static Result<Wrapped> wrap(const DataKey& key, const QString& password,
                                const QString& userUuid);
    // Denied when the password or the account does not match what it was wrapped for.
    static Result<std::unique_ptr<DataKey>> unwrap(const Wrapped& wrapped, const QString& password,
                                                   const QString& userUuid);
};

} // namespace percorsi
