#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include "core/domain/Schema.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;
class DataKey;

// Field-level encryption of notes of special category. A sealed value is
// stored in its own column as text, "enc1:" + base64(nonce | ciphertext):
// text because the column, the digest and the tools that read the file treat
// notes as text, and the version prefix tells sealed values from the plain
// notes of a database written before its data key existed (sealed at the
// first sign-in that holds the key) and from a later algorithm. The associated
// data is table, column and record uuid, so a value copied to another record
// or column does not open.
class FieldCipher
{
public:
    explicit FieldCipher(Database& db);

    // Every intervention note is sealed, whatever its kind: the kind can change
    // and a note of a "social" intervention can still speak of health.
    static bool isSealed(const EntityDef& def, const FieldDef& field);
    static bool isCiphertext(QByteArrayView stored);
    static bool isCiphertextValue(const QVariant& stored);
    // What a user without a key of her own is told.
    static QString noKeyMessage();

    // The stored form of a value: sealed when the database has a data key,
    // plain while it has none yet; Denied when this session lacks the key.
    Result<QVariant> seal(const EntityDef& def, const FieldDef& field, const QString& uuid,
                          const QVariant& plain);
    // The value sealed with `key`, needing no database: on any thread. A
    // null or empty value is its own stored form.
    static QVariant seal(const DataKey& key, const EntityDef& def, const FieldDef& field,
                         QStringView uuid, const QVariant& plain);
    // The plain text of a stored value (plain values pass through). Denied
    // without the key, Invalid when the value was altered or moved.
    Result<QByteArray> open(const char* table, const char* column, QByteArrayView uuid,
                            QByteArrayView stored);
    Result<QVariant> open(const EntityDef& def, const FieldDef& field, const QString& uuid,
                          const QVariant& stored);
    bool holdsKey() const;
    // Whether the database has a data key at all (its first administrator made one).
    bool databaseHasKey();

private:
    Database& m_db;
};

} // namespace percorsi
