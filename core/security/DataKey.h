#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>

#include "core/util/Result.h"

namespace percorsi {

// The database's data key for notes of special category, held in libsodium's
// guarded memory (locked against swapping, wiped when freed) for as long as a
// session keeps it. Seals and opens values with XChaCha20-Poly1305; the
// associated data ties each value to the place it was written for.
class DataKey
{
public:
    static constexpr int kBytes = 32;

    ~DataKey();
    DataKey(const DataKey&) = delete;
    DataKey& operator=(const DataKey&) = delete;

    // A fresh random key; null when guarded memory cannot be had.
    static std::unique_ptr<DataKey> generate();
    // A key from `kBytes` bytes (an unwrapped key); the caller wipes its copy.
    static std::unique_ptr<DataKey> fromBytes(const unsigned char* bytes);

    const unsigned char* bytes() const { return m_key; }
    // nonce | ciphertext and tag.
    QByteArray seal(QByteArrayView plain, QByteArrayView associated) const;
    // The plain value, or an error when the value was altered or written for other data.
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView associated) const;

private:
    explicit DataKey(unsigned char* key) : m_key(key) {}
    unsigned char* m_key; // sodium_malloc'd, kBytes long
};

} // namespace percorsi
