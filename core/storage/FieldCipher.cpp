#include "core/storage/FieldCipher.h"

#include <QCoreApplication>

#include "core/storage/Database.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FieldCipher)
};

constexpr QByteArrayView kPrefix("enc1:");

QByteArray associated(QByteArrayView table, QByteArrayView column, QByteArrayView uuid)
{
    QByteArray ad;
    ad.reserve(table.size() + column.size() + uuid.size() + 2);
    ad.append(table).append('\x1f').append(column).append('\x1f').append(uuid);
    return ad;
}

} // namespace

FieldCipher::FieldCipher(Database& db) : m_db(db) {}

bool FieldCipher::isSealed(const EntityDef& def, const FieldDef& field)
{
    return qstrcmp(def.name, "intervention") == 0 && qstrcmp(field.name, "note") == 0;
}

bool FieldCipher::isCiphertext(QByteArrayView stored)
{
    return stored.startsWith(kPrefix);
}

bool FieldCipher::isCiphertextValue(const QVariant& stored)
{
    return stored.typeId() == QMetaType::QString &&
           stored.toString().startsWith(QLatin1StringView(kPrefix));
}

QString FieldCipher::noKeyMessage()
{
    return Tr::tr("Notes of special category are encrypted and your account holds no key to "
                  "them: an administrator must reset your password to give you access to notes.");
}

bool FieldCipher::holdsKey() const
{
    return m_db.dataKey() != nullptr;
}

bool FieldCipher::databaseHasKey()
{
    auto id = m_db.meta(QStringLiteral("data_key_id"));
    return !id || !id->isEmpty(); // an unreadable meta table is no reason to write plain text
}

Result<QVariant> FieldCipher::seal(const EntityDef& def, const FieldDef& field, const QString& uuid,
                                   const QVariant& plain)
{
    if (plain.isNull() || !plain.isValid() || plain.toString().isEmpty()) return plain;
    const DataKey* key = m_db.dataKey();
    if (!key) {
        if (!databaseHasKey()) return plain;
        return Error(Error::Kind::Denied, noKeyMessage());
    }
    return seal(*key, def, field, uuid, plain);
}

QVariant FieldCipher::seal(const DataKey& key, const EntityDef& def, const FieldDef& field,
                           QStringView uuid, const QVariant& plain)
{
    if (plain.isNull() || !plain.isValid()) return plain;
    const QString text = plain.toString();
    if (text.isEmpty()) return plain;
    const QByteArray sealed =
        key.seal(text.toUtf8(), associated(def.table, field.name, uuid.toLatin1()));
    return QVariant(QString::fromLatin1(kPrefix.toByteArray() + sealed.toBase64()));
}

Result<QByteArray> FieldCipher::open(const char* table, const char* column, QByteArrayView uuid,
                                     QByteArrayView stored)
{
    if (!isCiphertext(stored)) return stored.toByteArray();
    const DataKey* key = m_db.dataKey();
    if (!key) return Error(Error::Kind::Denied, noKeyMessage());
    const auto decoded = QByteArray::fromBase64Encoding(stored.sliced(kPrefix.size()).toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    auto plain = decoded ? key->open(*decoded, associated(table, column, uuid))
                         : Result<QByteArray>(Error::invalid({}));
    if (!plain)
        return Error::invalid(Tr::tr("The %1 of the %2 record %3 cannot be decrypted: it was "
                                     "altered, or moved from another record or field.")
                                  .arg(QLatin1StringView(column), QLatin1StringView(table),
                                       QString::fromLatin1(uuid)));
    return plain;
}

Result<QVariant> FieldCipher::open(const EntityDef& def, const FieldDef& field, const QString& uuid,
                                   const QVariant& stored)
{
    if (!isCiphertextValue(stored)) return stored;
    auto plain = open(def.table, field.name, uuid.toLatin1(), stored.toString().toLatin1());
    if (!plain) return plain.error();
    return QVariant(QString::fromUtf8(*plain));
}

} // namespace percorsi
