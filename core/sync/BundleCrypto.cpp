#include "core/sync/BundleCrypto.h"

#include <sodium.h>

#include <QIODevice>
#include <QtEndian>

namespace percorsi {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kCipherChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kMagicSize = 8;
constexpr qint64 kHeadSize = kMagicSize + 8 + 8 + crypto_pwhash_SALTBYTES;
constexpr quint64 kMaxMemLimit = quint64(1) << 30;
constexpr quint64 kMaxOpsLimit = 16;

struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

Status deriveKey(Key& key, const QString& passphrase, const unsigned char* salt, quint64 ops,
                 quint64 mem)
{
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(key.bytes, sizeof key.bytes, utf8.constData(), quint64(utf8.size()), salt, ops,
                      size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::io(QStringLiteral("not enough memory to derive the bundle's key"));
    return {};
}

bool writeAll(QIODevice* out, const void* data, qint64 size)
{
    return out->write(static_cast<const char*>(data), size) == size;
}

} // namespace

bool BundleCrypto::isEncrypted(QIODevice* in)
{
    const QByteArray head = in->peek(kMagicSize);
    return head == QByteArray(kMagic, kMagicSize);
}

Status BundleCrypto::encrypt(QIODevice* plain, QIODevice* out, const QString& passphrase)
{
    if (sodium_init() < 0)
        return Error::io(QStringLiteral("the cryptography library could not start"));
    if (passphrase.size() < 8)
        return Error::invalid(QStringLiteral("the passphrase must have at least 8 characters"));
    unsigned char head[kHeadSize];
    memcpy(head, kMagic, kMagicSize);
    qToLittleEndian<quint64>(crypto_pwhash_OPSLIMIT_INTERACTIVE, head + 8);
    qToLittleEndian<quint64>(crypto_pwhash_MEMLIMIT_INTERACTIVE, head + 16);
    randombytes_buf(head + 24, crypto_pwhash_SALTBYTES);
    Key key;
    if (Status st = deriveKey(key, passphrase, head + 24, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE);
        !st.ok())
        return st;
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.bytes);
    if (!writeAll(out, head, kHeadSize) || !writeAll(out, header, sizeof header))
        return Error::io(QStringLiteral("cannot write the encrypted bundle: %1").arg(out->errorString()));
    QByteArray cipher(kCipherChunk, Qt::Uninitialized);
    bool first = true;
    for (;;) {
        const QByteArray chunk = plain->read(kChunk);
        const bool last = chunk.size() < kChunk || plain->atEnd();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &written,
            reinterpret_cast<const unsigned char*>(chunk.constData()), quint64(chunk.size()),
            first ? head : nullptr, first ? quint64(kHeadSize) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (!writeAll(out, cipher.constData(), qint64(written)))
            return Error::io(QStringLiteral("cannot write the encrypted bundle: %1").arg(out->errorString()));
        if (last)
            return {};
    }
}

Status BundleCrypto::decrypt(QIODevice* in, QIODevice* plainOut, const QString& passphrase)
{
    if (sodium_init() < 0)
        return Error::io(QStringLiteral("the cryptography library could not start"));
    const QByteArray head = in->read(kHeadSize);
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (head.size() != kHeadSize || !head.startsWith(QByteArray(kMagic, kMagicSize))
        || in->read(reinterpret_cast<char*>(header), sizeof header) != qint64(sizeof header))
        return Error::invalid(QStringLiteral("The bundle was refused: it is not an encrypted bundle, or it is truncated."));
    const auto* h = reinterpret_cast<const unsigned char*>(head.constData());
    const quint64 ops = qFromLittleEndian<quint64>(h + 8);
    const quint64 mem = qFromLittleEndian<quint64>(h + 16);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > kMaxMemLimit)
        return Error::invalid(QStringLiteral("The bundle was refused: its key parameters are out of range."));
    Key key;
    if (Status st = deriveKey(key, passphrase, h + 24, ops, mem); !st.ok())
        return st;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key.bytes) != 0)
        return Error::invalid(QStringLiteral("The bundle was refused: its encryption header is damaged."));
    QByteArray plain(kChunk, Qt::Uninitialized);
    bool first = true;
    for (;;) {
        const QByteArray cipher = in->read(kCipherChunk);
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (cipher.size() < qint64(crypto_secretstream_xchacha20poly1305_ABYTES)
            || crypto_secretstream_xchacha20poly1305_pull(
                   &state, reinterpret_cast<unsigned char*>(plain.data()), &length, &tag,
                   reinterpret_cast<const unsigned char*>(cipher.constData()), quint64(cipher.size()),
                   first ? h : nullptr, first ? quint64(kHeadSize) : 0)
                   != 0)
            return Error::invalid(first ? QStringLiteral("The bundle was refused: wrong passphrase, or the bundle is damaged.")
                                        : QStringLiteral("The bundle was refused: it was changed or damaged after it was encrypted."));
        first = false;
        if (!writeAll(plainOut, plain.constData(), qint64(length)))
            return Error::io(QStringLiteral("cannot write the decrypted bundle: %1").arg(plainOut->errorString()));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in->atEnd())
                return Error::invalid(QStringLiteral("The bundle was refused: it has bytes after its end."));
            return {};
        }
        if (in->atEnd())
            return Error::invalid(QStringLiteral("The bundle was refused: it is truncated."));
    }
}

} // namespace percorsi
