#include "core/security/DataKey.h"

#include <array>
#include <cstring>

#include <sodium.h>

#include <QCoreApplication>

#include "core/security/PasswordHash.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataKey)
};

constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytesOf(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

// A fresh random nonce for each sealed value. The system's generator is asked
// for many at once: asked for each, it costs a system call a value, and an
// import seals one a row of every table with notes. A nonce is stored beside
// its ciphertext and need not be secret, only never used twice.
void randomNonce(unsigned char* nonce)
{
    thread_local std::array<unsigned char, kNonce * 170> pool;
    thread_local size_t used = pool.size();
    if (used + kNonce > pool.size()) {
        randombytes_buf(pool.data(), pool.size());
        used = 0;
    }
    memcpy(nonce, pool.data() + used, kNonce);
    used += kNonce;
}

unsigned char* guarded()
{
    if (!PasswordHash::initialise()) return nullptr;
    return static_cast<unsigned char*>(sodium_malloc(DataKey::kBytes));
}

} // namespace

DataKey::~DataKey()
{
    sodium_free(m_key); // zeroes and unlocks the pages first
}

std::unique_ptr<DataKey> DataKey::generate()
{
    unsigned char* key = guarded();
    if (!key) return nullptr;
    crypto_aead_xchacha20poly1305_ietf_keygen(key);
    return std::unique_ptr<DataKey>(new DataKey(key));
}

std::unique_ptr<DataKey> DataKey::fromBytes(const unsigned char* bytes)
{
    unsigned char* key = guarded();
    if (!key) return nullptr;
    memcpy(key, bytes, kBytes);
    return std::unique_ptr<DataKey>(new DataKey(key));
}

QByteArray DataKey::seal(QByteArrayView plain, QByteArrayView associated) const
{
    QByteArray out(qsizetype(kNonce + size_t(plain.size()) + kTag), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randomNonce(nonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, bytesOf(plain),
                                               quint64(plain.size()), bytesOf(associated),
                                               quint64(associated.size()), nullptr, nonce, m_key);
    return out;
}

Result<QByteArray> DataKey::open(QByteArrayView sealed, QByteArrayView associated) const
{
    const Error refused = Error::invalid(
        Tr::tr("An encrypted value was altered, or moved from the record it was written for."));
    if (size_t(sealed.size()) < kNonce + kTag) return refused;
    QByteArray plain(qsizetype(size_t(sealed.size()) - kNonce - kTag), Qt::Uninitialized);
    unsigned long long written = 0;
    const unsigned char* nonce = bytesOf(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, nonce + kNonce,
            quint64(sealed.size()) - kNonce, bytesOf(associated), quint64(associated.size()), nonce,
            m_key) != 0)
        return refused;
    return plain;
}

} // namespace percorsi
