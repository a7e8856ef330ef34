#pragma once

#include <functional>
#include <vector>

#include <QString>

#include "core/sync/BundleEntry.h"
#include "core/util/Result.h"

class QuaZip;

namespace percorsi {

class Database;
class SyncStore;
struct EntityDef;

// The entity files of a bundle, written into its zip in one snapshot (the
// caller's transaction, which holds the write lock). The entities of many
// records are read on connections of their own by two threads, which take
// them largest first (ParallelEntry); the others are read on the calling
// thread meanwhile and formatted, hashed and deflated on threads of their
// own, in batches handed over a few at a time, so memory stays flat and two
// cores share the work to its end.
// The refusal of an export that its caller cancelled.
Error exportCancelled();

class EntityEntries
{
public:
    EntityEntries(Database& db, SyncStore& sync, QuaZip& zip, const QString& format);

    // Every entity's rows changed after `sinceSeq` (desks always whole).
    // `progressed` is told now and then how many entities are written, some
    // in part, and returns false to cancel.
    using Progressed = std::function<bool(double)>;
    Status write(qint64 sinceSeq, const Progressed& progressed);

    // In the order of the schema, as the manifest lists them.
    const std::vector<BundleEntry>& entries() const { return m_entries; }
    qint64 rows() const { return m_rows; }
    qint64 minClock() const { return m_minClock; }
    qint64 maxClock() const { return m_maxClock; }

private:
    Status readHere(const std::vector<const EntityDef*>& defs, qint64 sinceSeq,
                    const std::function<bool()>& stillWanted);
    void observe(qint64 min, qint64 max);

    Database& m_db;
    SyncStore& m_sync;
    QuaZip& m_zip;
    QString m_format;
    std::vector<BundleEntry> m_entries;
    qint64 m_rows = 0, m_minClock = 0, m_maxClock = 0;
    int m_entitiesDone = 0; // read here
};

} // namespace percorsi
