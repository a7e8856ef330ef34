#include "core/sync/Digest.h"

#include "core/domain/Schema.h"
#include "core/storage/Database.h"
#include "core/storage/EntitySql.h"
#include "core/storage/FieldCipher.h"
#include "core/util/Sha256.h"

namespace percorsi {

namespace {

// SELECT uuid, <desk uuid>, <fields, references as uuids> FROM table ORDER BY uuid
std::string digestQuery(const EntityDef& def)
{
    std::string sql = "SELECT t.uuid";
    if (def.hasDesk)
        sql += ", (SELECT uuid FROM desk WHERE id = t.desk_id)";
    for (const FieldDef& f : def.fields) {
        if (f.synced)
            sql += ", " + EntitySql::portableColumn(f);
    }
    return sql + " FROM " + def.table + " t ORDER BY t.uuid";
}

// The digest's column of each sealed field: desks hold notes under different
// keys, so the digest hashes what they say, not how they are stored.
std::vector<const FieldDef*> sealedColumns(const EntityDef& def)
{
    std::vector<const FieldDef*> columns(def.hasDesk ? 2 : 1, nullptr);
    for (const FieldDef& f : def.fields) {
        if (f.synced)
            columns.push_back(FieldCipher::isSealed(def, f) ? &f : nullptr);
    }
    return columns;
}

} // namespace

Result<QString> Digest::compute(Database& db)
{
    Sha256 hash;
    FieldCipher cipher(db);
    for (const EntityDef* def : schema::entities()) {
        hash.addData(QByteArrayView(def->name));
        hash.addData(QByteArrayView("\x1d", 1));
        Statement st = db.connection().prepare(digestQuery(*def));
        const int columns = st.columnCount();
        const std::vector<const FieldDef*> sealed = sealedColumns(*def);
        while (st.next()) {
            for (int i = 0; i < columns; ++i) {
                // A type tag keeps NULL, 1 and '1' apart.
                QVariant v = st.value(i);
                if (sealed[size_t(i)]) {
                    auto plain = cipher.open(*def, *sealed[size_t(i)], st.text(0), v);
                    if (!plain)
                        return plain.error();
                    v = *plain;
                }
                if (!v.isValid()) {
                    hash.addData(QByteArrayView("\x00\x1f", 2));
                    continue;
                }
                const bool number = v.typeId() == QMetaType::LongLong
                                    || v.typeId() == QMetaType::Double;
                hash.addData(QByteArrayView(number ? "n" : "s", 1));
                hash.addData(v.typeId() == QMetaType::Double
                                 ? QByteArray::number(v.toDouble(), 'g', 17)
                                 : v.toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        if (!st.ok())
            return st.error();
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace percorsi
