#include "core/sync/EntityEntries.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <thread>

#include <pthread.h>

#include <quazip/quazipnewinfo.h>

#include <QFileInfo>
#include <QScopeGuard>

#include "core/domain/Schema.h"
#include "core/storage/Database.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/CellBatch.h"
#include "core/sync/ParallelEntry.h"
#include "core/sync/TableFormat.h"
#include "core/util/BoundedQueue.h"

namespace percorsi {

namespace {

// The rows of one entity read so far; the last batch of an entity says so.
struct RowBatch
{
    CellBatch cells;
    bool last = false;
};
using RowBatches = BoundedQueue<RowBatch>;
constexpr size_t kBatchesAhead = 4;
constexpr qsizetype kBatchBytes = 256 * 1024;
constexpr qint64 kApartRecords = 1000; // fewer are not worth a thread

// Batches on their way to the formatter, and back once written: memory
// allocated afresh for each batch would be mapped and zeroed page by page.
struct BatchFlow
{
    RowBatches full{kBatchesAhead};
    RowBatches spent{kBatchesAhead};
    // An empty batch, one written before if there is one.
    RowBatch next()
    {
        auto batch = spent.tryPop();
        if (!batch)
            return {};
        batch->cells.clear();
        batch->last = false;
        return std::move(*batch);
    }
    void stop()
    {
        full.stop();
        spent.stop();
    }
};

Error cancelled()
{
    return Error::invalid(QStringLiteral("the export was cancelled"));
}

// Desks always travel whole: every clock names one.
qint64 sinceFor(const EntityDef& def, qint64 sinceSeq)
{
    return def.hasDesk ? sinceSeq : 0;
}

// The formatting thread: each entity's batches into its entry, in order.
Status formatEntries(QuaZip& zip, const QString& format, const std::vector<const EntityDef*>& defs,
                     const std::vector<BundleEntry*>& entries, BatchFlow& flow)
{
    for (size_t i = 0; i < defs.size(); ++i) {
        Status st = entries[i]->write(zip, format, bundleformat::numericColumns(*defs[i]),
                                      [&](TableWriter& w, qint64& rows) {
            while (auto batch = flow.full.pop()) {
                batch->cells.writeTo(w);
                rows += batch->cells.rows();
                const bool last = batch->last;
                flow.spent.tryPush(std::move(*batch)); // or freed, when enough wait
                if (last)
                    return Status();
            }
            return Status(cancelled());
        });
        if (!st.ok()) {
            flow.stop();
            return st;
        }
    }
    return {};
}

// The entities to read on connections and threads of their own: those
// without sealed fields that hold a tenth of the records or more, and at
// least kApartRecords (at 100,000 people the attendance register and the
// consents). None for a database without a file (in memory), which has no
// second connection.
std::vector<const EntityDef*> largestUnsealed(Database& db, SyncStore& sync)
{
    if (db.path().isEmpty() || !QFileInfo(db.path()).isFile())
        return {};
    std::vector<std::pair<const EntityDef*, qint64>> counts;
    qint64 total = 0;
    for (const EntityDef* def : schema::entities()) {
        auto highest = sync.highestId(*def);
        const qint64 records = highest ? *highest : 0;
        total += records;
        const bool sealed = std::any_of(def->fields.begin(), def->fields.end(),
                                        [&](const FieldDef& f) { return FieldCipher::isSealed(*def, f); });
        if (!sealed && records > 0)
            counts.emplace_back(def, records);
    }
    std::vector<const EntityDef*> largest;
    for (const auto& [def, records] : counts) {
        if (records * 10 >= total && records >= kApartRecords)
            largest.push_back(def);
    }
    return largest;
}

} // namespace

EntityEntries::EntityEntries(Database& db, SyncStore& sync, QuaZip& zip, const QString& format)
    : m_db(db), m_sync(sync), m_zip(zip), m_format(format)
{
}

Status EntityEntries::write(qint64 sinceSeq, const std::function<bool()>& entityDone,
                            const std::function<bool()>& stillWanted)
{
    const auto& defs = schema::entities();
    const QString ext = tableformat::extension(m_format);
    for (const EntityDef* def : defs)
        m_entries.emplace_back(QLatin1StringView(def->name), ext, bundleformat::columns(*def));
    const std::vector<const EntityDef*> largest = largestUnsealed(m_db, m_sync);
    std::vector<std::unique_ptr<ParallelEntry>> apart;
    for (const EntityDef* def : largest)
        apart.push_back(std::make_unique<ParallelEntry>(m_db, *def, sinceFor(*def, sinceSeq), m_format));
    std::vector<const EntityDef*> here;
    std::copy_if(defs.begin(), defs.end(), std::back_inserter(here), [&](const EntityDef* def) {
        return std::find(largest.begin(), largest.end(), def) == largest.end();
    });
    if (Status st = readHere(here, sinceSeq, entityDone, stillWanted); !st.ok())
        return st;
    for (size_t i = 0; i < apart.size(); ++i) {
        BundleEntry& e = m_entries[size_t(std::find(defs.begin(), defs.end(), largest[i]) - defs.begin())];
        if (Status st = apart[i]->addTo(m_zip, BundleEntry::info(e.name)); !st.ok())
            return st;
        e.rows = apart[i]->rows();
        e.bytes = apart[i]->bytes();
        e.sha256 = apart[i]->sha256Hex();
        m_rows += e.rows;
        if (e.rows)
            observe(apart[i]->minClock(), apart[i]->maxClock());
        if (!entityDone())
            return cancelled();
    }
    return {};
}

Status EntityEntries::readHere(const std::vector<const EntityDef*>& defs, qint64 sinceSeq,
                               const std::function<bool()>& entityDone,
                               const std::function<bool()>& stillWanted)
{
    std::vector<BundleEntry*> entries;
    for (const EntityDef* def : defs) {
        entries.push_back(&*std::find_if(m_entries.begin(), m_entries.end(), [&](const BundleEntry& e) {
            return e.entity == QLatin1StringView(def->name);
        }));
    }
    BatchFlow batches;
    Status formatted;
    std::thread formatter([&] {
        pthread_setname_np(pthread_self(), "percorsi-format");
        formatted = formatEntries(m_zip, m_format, defs, entries, batches);
    });
    const auto joinFormatter = qScopeGuard([&] {
        batches.stop();
        if (formatter.joinable())
            formatter.join();
    });
    bool formatterStopped = false; // then its error is the one to tell
    for (const EntityDef* def : defs) {
        RowBatch batch = batches.next();
        qint64 rows = 0;
        Status st = m_sync.forEachRawRow(*def, sinceFor(*def, sinceSeq), [&](const SyncStore::RawRow& r) {
            batch.cells.add(r.cells);
            observe(r.hlc, r.hlc);
            if (batch.cells.bytes() >= kBatchBytes && !batches.full.push(std::exchange(batch, batches.next()))) {
                formatterStopped = true;
                return false;
            }
            return (++rows & 0xffff) || stillWanted();
        });
        batch.last = true;
        if (st.ok() && !batches.full.push(std::move(batch))) {
            formatterStopped = true;
            st = cancelled();
        }
        if (!st.ok()) {
            batches.stop();
            formatter.join();
            return formatterStopped ? formatted : st;
        }
        m_rows += rows;
        if (!entityDone())
            return cancelled();
    }
    formatter.join();
    return formatted;
}

void EntityEntries::observe(qint64 min, qint64 max)
{
    m_minClock = m_minClock ? std::min(m_minClock, min) : min;
    m_maxClock = std::max(m_maxClock, max);
}

} // namespace percorsi
