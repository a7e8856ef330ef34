#include "core/security/PasswordHash.h"

#include <sodium.h>

#include <QCoreApplication>

namespace percorsi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)
};
} // namespace

bool PasswordHash::initialise()
{
    return sodium_init() >= 0;
}

Result<QString> PasswordHash::hash(const QString& password)
{
    if (!initialise()) return Error::io(Tr::tr("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::io(Tr::tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    if (!initialise()) return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace percorsi
