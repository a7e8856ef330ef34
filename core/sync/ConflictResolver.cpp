#include "core/sync/ConflictResolver.h"

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncStore.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

Result<SyncStore::Conflict> openConflict(SyncStore& sync, qint64 id)
{
    auto c = sync.conflict(id);
    if (!c)
        return c.error();
    if (!c->resolvedAt.isEmpty())
        return Error::invalid(QStringLiteral("Conflict %1 was already resolved (%2).").arg(id).arg(c->resolution));
    return c;
}

} // namespace

ConflictResolver::ConflictResolver(Database& db) : m_db(db) {}

Status ConflictResolver::keep(qint64 conflictId)
{
    SyncStore sync(m_db);
    auto c = openConflict(sync, conflictId);
    if (!c)
        return c.error();
    return sync.markResolved(conflictId, QStringLiteral("kept"));
}

Status ConflictResolver::reverse(qint64 conflictId)
{
    SyncStore sync(m_db);
    auto c = openConflict(sync, conflictId);
    if (!c)
        return c.error();
    const EntityDef* def = schema::find(c->entity);
    if (!def || !def->field(c->field))
        return Error::invalid(QStringLiteral("Conflict %1 names an unknown field.").arg(conflictId));
    Transaction tx(m_db.connection());
    if (!tx.ok())
        return tx.error();
    RecordStore records(m_db);
    auto record = records.getByUuid(*def, c->recordUuid);
    if (!record)
        return Error::notFound(QStringLiteral("The %1 of conflict %2 no longer exists.")
                                   .arg(def->displayName())
                                   .arg(conflictId));
    Record changed = record.value();
    const FieldDef& f = *def->field(c->field);
    if (f.type == FieldType::Ref && !c->lostValue.isEmpty()) {
        auto id = sync.idOf(*schema::find(QLatin1StringView(f.ref)), c->lostValue);
        if (!id)
            return Error::notFound(QStringLiteral("The record conflict %1 refers to no longer exists.").arg(conflictId));
        changed.set(c->field, *id);
    } else {
        changed.set(c->field, c->lostValue);
    }
    if (auto saved = records.update(changed); !saved)
        return saved.error();
    if (Status st = sync.markResolved(conflictId, QStringLiteral("reversed")); !st.ok())
        return st;
    return tx.commit();
}

} // namespace percorsi
