#pragma once

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

// Argon2id password hashes (libsodium crypto_pwhash_str, 64 MiB, 2 passes).
class PasswordHash
{
public:
    static Result<QString> hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // Makes sure libsodium is initialised; safe to call more than once.
    static bool initialise();
};

} // namespace percorsi
