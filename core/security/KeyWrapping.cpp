#include "core/security/KeyWrapping.h"

#include <sodium.h>

#include <QCoreApplication>

#include "core/security/PasswordHash.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyWrapping)
};

constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// The wrapping key in guarded memory, freed (and wiped) with the holder.
struct GuardedKey
{
    unsigned char* bytes = nullptr;
    ~GuardedKey() { sodium_free(bytes); }
};

Status derive(GuardedKey& out, const QString& password, const QByteArray& salt)
{
    if (!PasswordHash::initialise() || salt.size() != crypto_pwhash_SALTBYTES)
        return Error::invalid(Tr::tr("The stored key of this account is damaged."));
    out.bytes = static_cast<unsigned char*>(sodium_malloc(DataKey::kBytes));
    const QByteArray utf8 = password.toUtf8();
    if (!out.bytes ||
        crypto_pwhash(out.bytes, DataKey::kBytes, utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::io(Tr::tr("Not enough memory to derive the key from the password."));
    return {};
}

QByteArray associated(const QString& userUuid)
{
    return QByteArrayLiteral("percorsi data key\x1f") + userUuid.toLatin1();
}

} // namespace

Result<KeyWrapping::Wrapped> KeyWrapping::wrap(const DataKey& key, const QString& password,
                                               const QString& userUuid)
{
    Wrapped w;
    w.salt.resize(crypto_pwhash_SALTBYTES);
    w.nonce.resize(kNonce);
    if (!PasswordHash::initialise())
        return Error::io(Tr::tr("The cryptography library could not start."));
    randombytes_buf(w.salt.data(), size_t(w.salt.size()));
    randombytes_buf(w.nonce.data(), size_t(w.nonce.size()));
    GuardedKey kek;
    if (Status st = derive(kek, password, w.salt); !st.ok()) return st.error();
    const QByteArray ad = associated(userUuid);
    w.wrapped.resize(qsizetype(DataKey::kBytes + kTag));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(w.wrapped.data()), &written, key.bytes(), DataKey::kBytes,
        reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(w.nonce.constData()), kek.bytes);
    return w;
}

Result<std::unique_ptr<DataKey>> KeyWrapping::unwrap(const Wrapped& w, const QString& password,
                                                     const QString& userUuid)
{
    if (w.nonce.size() != qsizetype(kNonce) ||
        w.wrapped.size() != qsizetype(DataKey::kBytes + kTag))
        return Error::invalid(Tr::tr("The stored key of this account is damaged."));
    GuardedKey kek;
    if (Status st = derive(kek, password, w.salt); !st.ok()) return st.error();
    GuardedKey plain;
    plain.bytes = static_cast<unsigned char*>(sodium_malloc(DataKey::kBytes));
    if (!plain.bytes) return Error::io(Tr::tr("Not enough memory to hold the key."));
    const QByteArray ad = associated(userUuid);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.bytes, &written, nullptr,
            reinterpret_cast<const unsigned char*>(w.wrapped.constData()),
            quint64(w.wrapped.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
            quint64(ad.size()), reinterpret_cast<const unsigned char*>(w.nonce.constData()),
            kek.bytes) != 0)
        return Error(Error::Kind::Denied,
                     Tr::tr("The key to the notes could not be opened with this password."));
    auto key = DataKey::fromBytes(plain.bytes);
    if (!key) return Error::io(Tr::tr("Not enough memory to hold the key."));
    return key;
}

} // namespace percorsi
