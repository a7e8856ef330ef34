#include "core/storage/KeyStore.h"

#include <QCoreApplication>
#include <QUuid>

#include "core/domain/Schema.h"
#include "core/security/KeyWrapping.h"
#include "core/storage/Database.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
};

const QString kKeyId = QStringLiteral("data_key_id");

} // namespace

KeyStore::KeyStore(Database& db) : m_db(db) {}

Result<bool> KeyStore::exists()
{
    auto id = m_db.meta(kKeyId);
    if (!id) return id.error();
    return !id->isEmpty();
}

Status KeyStore::create()
{
    auto key = DataKey::generate();
    if (!key) return Error::io(Tr::tr("Not enough memory to hold the key."));
    Transaction tx(m_db.connection());
    if (!tx.ok()) return tx.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status st = m_db.setMeta(kKeyId, id); !st.ok()) return st;
    m_db.setDataKey(std::move(key));
    auto sealed = sealPlainNotes();
    if (!sealed) {
        m_db.forgetDataKey();
        return sealed.error();
    }
    Status st = tx.commit();
    if (!st.ok()) m_db.forgetDataKey();
    return st;
}

Status KeyStore::ensure()
{
    auto has = exists();
    if (!has) return has.error();
    return *has ? Status() : create();
}

Result<QString> KeyStore::userUuid(qint64 userId)
{
    Statement st = m_db.connection().prepare("SELECT uuid FROM app_user WHERE id = ?");
    st.bind(1, userId);
    if (st.next()) return st.text(0);
    if (!st.ok()) return st.error();
    return Error::notFound(Tr::tr("There is no account with id %1.").arg(userId));
}

Result<bool> KeyStore::hasWrappedKey(qint64 userId)
{
    Statement st = m_db.connection().prepare("SELECT 1 FROM user_key WHERE user_id = ?");
    st.bind(1, userId);
    const bool found = st.next();
    if (!st.ok()) return st.error();
    return found;
}

Status KeyStore::wrapFor(qint64 userId, const QString& password)
{
    const DataKey* key = m_db.dataKey();
    if (!key) return Error(Error::Kind::Denied, FieldCipher::noKeyMessage());
    auto uuid = userUuid(userId);
    if (!uuid) return uuid.error();
    auto wrapped = KeyWrapping::wrap(*key, password, *uuid);
    if (!wrapped) return wrapped.error();
    Statement st = m_db.connection().prepare(
        "INSERT INTO user_key(user_id, salt, nonce, wrapped) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(user_id) DO UPDATE SET salt = excluded.salt, nonce = excluded.nonce, "
        "wrapped = excluded.wrapped");
    st.bind(1, userId).bindBlob(2, wrapped->salt).bindBlob(3, wrapped->nonce);
    st.bindBlob(4, wrapped->wrapped);
    return st.run();
}

Status KeyStore::open(qint64 userId, const QString& password)
{
    Statement st =
        m_db.connection().prepare("SELECT salt, nonce, wrapped FROM user_key WHERE user_id = ?");
    st.bind(1, userId);
    if (!st.next())
        return st.ok() ? Status(Error::notFound(FieldCipher::noKeyMessage())) : Status(st.error());
    const KeyWrapping::Wrapped wrapped{st.blob(0), st.blob(1), st.blob(2)};
    auto uuid = userUuid(userId);
    if (!uuid) return uuid.error();
    auto key = KeyWrapping::unwrap(wrapped, password, *uuid);
    if (!key) return key.error();
    m_db.setDataKey(std::move(key.value()));
    return {};
}

Result<int> KeyStore::sealPlainNotes()
{
    const EntityDef& def = schema::def(Entity::Intervention);
    const FieldDef& note = *def.field(u"note");
    // The condition is the partial index intervention_plain_note's, word for
    // word: the search reads that index, empty once every note is sealed.
    Statement read = m_db.connection().prepare(
        "SELECT id, uuid, note FROM intervention INDEXED BY intervention_plain_note "
        "WHERE note IS NOT NULL AND note <> '' AND substr(note, 1, 5) <> 'enc1:'");
    std::vector<std::tuple<qint64, QString, QString>> plain;
    while (read.next())
        plain.emplace_back(read.int64(0), read.text(1), read.text(2));
    if (!read.ok()) return read.error();
    if (plain.empty()) return 0;
    Transaction tx(m_db.connection());
    if (!tx.ok()) return tx.error();
    FieldCipher cipher(m_db);
    for (const auto& [id, uuid, text] : plain) {
        auto sealed = cipher.seal(def, note, uuid, text);
        if (!sealed) return sealed.error();
        Statement write =
            m_db.connection().prepare("UPDATE intervention SET note = ? WHERE id = ?");
        write.bind(1, sealed->toString()).bind(2, id);
        if (Status st = write.run(); !st.ok()) return st.error();
    }
    if (Status st = tx.commit(); !st.ok()) return st.error();
    return int(plain.size());
}

} // namespace percorsi
