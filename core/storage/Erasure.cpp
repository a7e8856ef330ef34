#include "core/storage/Erasure.h"

#include <QCoreApplication>

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)
};

// FTS5 keeps deleted terms in old segments until they are merged.
const char kOptimizeIndexes[] = "INSERT INTO person_fts(person_fts) VALUES('optimize');"
                                "INSERT INTO person_words(person_words) VALUES('optimize');";

} // namespace

Erasure::Erasure(Database& db) : m_db(db) {}

Status Erasure::erasePerson(qint64 personId, const QString& actor)
{
    const EntityDef& def = schema::def(Entity::Person);
    {
        Transaction tx(m_db.connection());
        if (!tx.ok()) return tx.error();
        auto records = subtree(def, personId);
        if (!records) return records.error();
        if (Status st = RecordStore(m_db).remove(def, personId); !st.ok()) return st;
        if (Status st = forget(*records); !st.ok()) return st;
        const QString uuid = records->front().uuid;
        const QString detail = QStringLiteral("%1 records").arg(records->size());
        if (Status st = AuditLog(m_db).append(actor, QStringLiteral("erase"),
                                              QLatin1StringView(def.name), uuid, detail);
            !st.ok())
            return st;
        if (Status st = tx.commit(); !st.ok()) return st;
    }
    return scrub();
}

Result<std::vector<Erasure::RecordRef>> Erasure::subtree(const EntityDef& def, qint64 id)
{
    std::vector<RecordRef> out;
    if (Status st = collect(def, id, out); !st.ok()) return st.error();
    if (out.empty())
        return Error::notFound(Tr::tr("There is no %1 with id %2.").arg(def.displayName()).arg(id));
    return out;
}

Status Erasure::collect(const EntityDef& def, qint64 id, std::vector<RecordRef>& out)
{
    Statement self =
        m_db.connection().prepare(std::string("SELECT uuid FROM ") + def.table + " WHERE id = ?");
    self.bind(1, id);
    if (!self.next()) return self.ok() ? Status() : Status(self.error());
    out.push_back({QString::fromLatin1(def.name), self.text(0)});
    for (const EntityDef* child : schema::entities()) {
        for (const FieldDef& f : child->fields) {
            if (!f.owner || QLatin1StringView(f.ref) != QLatin1StringView(def.name)) continue;
            Statement st = m_db.connection().prepare(std::string("SELECT id FROM ") + child->table +
                                                     " WHERE " + f.name + " = ?");
            st.bind(1, id);
            std::vector<qint64> ids;
            while (st.next())
                ids.push_back(st.int64(0));
            if (!st.ok()) return st.error();
            for (qint64 childId : ids) {
                if (Status c = collect(*child, childId, out); !c.ok()) return c;
            }
        }
    }
    return {};
}

Status Erasure::forget(const std::vector<RecordRef>& records)
{
    Connection& c = m_db.connection();
    for (const RecordRef& r : records) {
        Statement tomb = c.prepare("UPDATE tombstone SET erased = 1 WHERE entity = ? AND uuid = ?");
        tomb.bind(1, r.entity).bind(2, r.uuid);
        if (Status st = tomb.run(); !st.ok()) return st;
        Statement conflicts =
            c.prepare("DELETE FROM conflict WHERE entity = ? AND record_uuid = ?");
        conflicts.bind(1, r.entity).bind(2, r.uuid);
        if (Status st = conflicts.run(); !st.ok()) return st;
    }
    return {};
}

bool Erasure::isErased(const QString& entity, const QString& uuid)
{
    Statement st = m_db.connection().prepare(
        "SELECT 1 FROM tombstone WHERE entity = ? AND uuid = ? AND erased = 1");
    st.bind(1, entity).bind(2, uuid);
    return st.next();
}

Status Erasure::scrub()
{
    Connection& c = m_db.connection();
    if (Status st = c.exec(kOptimizeIndexes); !st.ok()) return st;
    // VACUUM rewrites every page (secure_delete zeroes what it frees); the
    // checkpoints move the new pages into the file and truncate the WAL to nothing.
    for (const char* step :
         {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (Status st = runStep(step); !st.ok()) return st;
    }
    return {};
}

// A reader (a backup running meanwhile) may hold the WAL for a while: each
// attempt waits for the busy timeout, a few attempts give it time to finish.
Status Erasure::runStep(const char* sql)
{
    constexpr int kAttempts = 6;
    for (int attempt = 1;; ++attempt) {
        Statement st = m_db.connection().prepare(sql);
        const bool row = st.next();
        if (!st.ok())
            return Error::io(Tr::tr("Her records were deleted, but the file %1 could not be "
                                    "compacted: %2")
                                 .arg(m_db.path(), st.error().message()));
        if (!row || st.int64(0) == 0) return {};
        if (attempt == kAttempts)
            return Error::io(Tr::tr("Her records were deleted, but old copies of them stay in the "
                                    "file %1 because another program is reading it; they are "
                                    "removed at the next erasure once it is closed.")
                                 .arg(m_db.path()));
    }
}

} // namespace percorsi
