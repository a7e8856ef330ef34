#include "core/sync/EntityEntries.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <iterator>
#include <memory>
#include <mutex>
#include <thread>

#include <pthread.h>

#include <quazip/quazipnewinfo.h>

#include <QFileInfo>
#include <QScopeGuard>

#include "core/domain/Schema.h"
#include "core/storage/Database.h"
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
            return Status(exportCancelled());
        });
        if (!st.ok()) {
            flow.stop();
            return st;
        }
    }
    return {};
}

// The entities to read on connections and threads of their own, most
// records first, with about how many they have: those of kApartRecords or
// more. None for a database without a file (in memory), which has no second
// connection.
std::vector<std::pair<qint64, const EntityDef*>> entitiesApart(Database& db, SyncStore& sync)
{
    if (db.path().isEmpty() || !QFileInfo(db.path()).isFile())
        return {};
    std::vector<std::pair<qint64, const EntityDef*>> counts;
    for (const EntityDef* def : schema::entities()) {
        auto highest = sync.highestId(*def);
        if (highest && *highest >= kApartRecords)
            counts.emplace_back(*highest, def);
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    return counts;
}

// Threads that write the entries apart, each taking the next one left when
// done with its own: the largest come first, so that the threads end
// together and both cores stay busy to the end.
class ApartWriters
{
public:
    static constexpr size_t kThreads = 2;

    explicit ApartWriters(std::vector<std::unique_ptr<ParallelEntry>>& entries) : m_entries(entries)
    {
        for (size_t i = 0; i < std::min(kThreads, entries.size()); ++i) {
            m_threads.emplace_back([this] {
                pthread_setname_np(pthread_self(), "percorsi-entry");
                for (size_t next; (next = m_next++) < m_entries.size();)
                    m_entries[next]->run();
                std::lock_guard lock(m_mutex);
                ++m_done;
                m_changed.notify_all();
            });
        }
    }
    // Stops the entries still written (a cancelled or failed export) and waits.
    ~ApartWriters()
    {
        for (auto& e : m_entries)
            e->stop();
        join();
    }
    ApartWriters(const ApartWriters&) = delete;
    ApartWriters& operator=(const ApartWriters&) = delete;

    // How many entries are written, some in part.
    double done() const
    {
        double done = 0;
        for (const auto& e : m_entries)
            done += e->share();
        return done;
    }
    // Waits for every entry, asking `stillWanted` now and then; false when
    // it said no: the entries are then stopped.
    bool wait(const std::function<bool()>& stillWanted)
    {
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                if (m_changed.wait_for(lock, std::chrono::milliseconds(100),
                                       [this] { return m_done == m_threads.size(); }))
                    break;
            }
            if (!stillWanted())
                return false;
        }
        join();
        return true;
    }

private:
    void join()
    {
        for (std::thread& t : m_threads) {
            if (t.joinable())
                t.join();
        }
    }

    std::vector<std::unique_ptr<ParallelEntry>>& m_entries;
    std::atomic<size_t> m_next{0};
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_done = 0;
};

} // namespace

Error exportCancelled()
{
    return Error::invalid(QStringLiteral("the export was cancelled"));
}

EntityEntries::EntityEntries(Database& db, SyncStore& sync, QuaZip& zip, const QString& format)
    : m_db(db), m_sync(sync), m_zip(zip), m_format(format)
{
}

Status EntityEntries::write(qint64 sinceSeq, const Progressed& progressed)
{
    const auto& defs = schema::entities();
    const QString ext = tableformat::extension(m_format);
    for (const EntityDef* def : defs)
        m_entries.emplace_back(QLatin1StringView(def->name), ext, bundleformat::columns(*def));
    std::vector<std::unique_ptr<ParallelEntry>> apart;
    for (const auto& [records, def] : entitiesApart(m_db, m_sync)) {
        apart.push_back(std::make_unique<ParallelEntry>(m_db, *def, sinceFor(*def, sinceSeq),
                                                        m_format, records));
    }
    ApartWriters writers(apart);
    const auto stillWanted = [&] { return progressed(m_entitiesDone + writers.done()); };
    std::vector<const EntityDef*> here;
    std::copy_if(defs.begin(), defs.end(), std::back_inserter(here), [&](const EntityDef* def) {
        return std::none_of(apart.begin(), apart.end(),
                            [def](const auto& e) { return &e->entity() == def; });
    });
    if (Status st = readHere(here, sinceSeq, stillWanted); !st.ok())
        return st;
    if (!writers.wait(stillWanted))
        return exportCancelled();
    // Added in the order of the schema, as the others.
    for (const EntityDef* def : defs) {
        const auto it = std::find_if(apart.begin(), apart.end(),
                                     [&](const auto& e) { return &e->entity() == def; });
        if (it == apart.end())
            continue;
        const ParallelEntry& entry = **it;
        BundleEntry& e = m_entries[size_t(std::find(defs.begin(), defs.end(), def) - defs.begin())];
        if (Status st = (*it)->addTo(m_zip, BundleEntry::info(e.name)); !st.ok())
            return st;
        e.rows = entry.rows();
        e.bytes = entry.bytes();
        e.sha256 = entry.sha256Hex();
        m_rows += e.rows;
        if (e.rows)
            observe(entry.minClock(), entry.maxClock());
    }
    return progressed(double(defs.size())) ? Status() : Status(exportCancelled());
}

Status EntityEntries::readHere(const std::vector<const EntityDef*>& defs, qint64 sinceSeq,
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
            st = exportCancelled();
        }
        if (!st.ok()) {
            batches.stop();
            formatter.join();
            return formatterStopped ? formatted : st;
        }
        m_rows += rows;
        ++m_entitiesDone;
        if (!stillWanted())
            return exportCancelled();
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
