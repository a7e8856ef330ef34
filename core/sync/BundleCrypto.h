#pragma once

#include <QString>

#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

// Encrypts and authenticates a whole bundle with a passphrase: a key from
// Argon2id (its parameters and salt in the header), then libsodium's
// secretstream (XChaCha20-Poly1305) in 64 KiB chunks, the last one tagged
// final. Any flipped, dropped, reordered or truncated byte fails to decrypt.
//
// Layout: "PRCSENC1", opslimit (u64 LE), memlimit (u64 LE), salt (16 bytes),
// secretstream header (24 bytes), then the chunks; the first 40 bytes are the
// associated data of the first chunk.
class BundleCrypto
{
public:
    static constexpr char kMagic[] = "PRCSENC1";

    // Whether the device starts with the magic (it is read, then rewound).
    static bool isEncrypted(QIODevice* in);
    static Status encrypt(QIODevice* plain, QIODevice* out, const QString& passphrase);
    static Status decrypt(QIODevice* in, QIODevice* plainOut, const QString& passphrase);
};

} // namespace percorsi
