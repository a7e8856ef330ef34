#include "core/sync/BundleExporter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <algorithm>
#include <optional>
#include <thread>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QUuid>

#include "core/security/AccessPolicy.h"
#include "core/security/SystemScope.h"
#include "core/storage/Database.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/AuditLog.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncStore.h"
#include "core/storage/Transaction.h"
#include "core/sync/BundleCrypto.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/CellBatch.h"
#include "core/sync/ParallelEntry.h"
#include "core/sync/HashingWriter.h"
#include "core/sync/TableFormat.h"
#include "core/sync/ZipEntryWriter.h"
#include "core/util/BoundedQueue.h"

#include <pthread.h>

namespace percorsi {

namespace {

struct Entry
{
    Entry(const QString& entityName, const QString& extension, QStringList cols)
        : name(entityName + QLatin1Char('.') + extension), entity(entityName), columns(std::move(cols))
    {
    }
    QString name;
    QString entity;
    QStringList columns;
    qint64 rows = 0;
    qint64 bytes = 0;
    QByteArray sha256;
};

// A regular file, readable by all, as unzip tools expect.
QuaZipNewInfo entryInfo(const QString& name)
{
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    return info;
}

// Writes one zip entry through a table writer; `fill` writes the rows. The rows
// are hashed, deflated and written on a thread of their own.
Status writeEntry(QuaZip& zip, const QString& format, Entry& entry, const std::vector<bool>& numeric,
                  const std::function<Status(TableWriter&, qint64&)>& fill)
{
    ZipEntryWriter file(zip, entryInfo(entry.name));
    if (!file.isOpen())
        return Error::io(QStringLiteral("cannot add %1 to the bundle (%2)")
                             .arg(entry.name, file.errorString()));
    HashingWriter sink(&file);
    auto writer = tableformat::writer(format, &sink);
    writer->begin(entry.columns, numeric);
    if (Status st = fill(*writer, entry.rows); !st.ok())
        return st;
    if (!writer->ok() || !sink.finish() || !file.finish())
        return Error::io(QStringLiteral("writing %1 failed: %2").arg(entry.name, file.errorString()));
    entry.bytes = sink.bytes();
    entry.sha256 = sink.sha256Hex();
    return {};
}

constexpr char kReadPragmas[] = "PRAGMA cell_size_check = ON;";
constexpr char kUsualPragmas[] = "PRAGMA cell_size_check = OFF;";

// The entity to read on a connection and thread of its own: the one with
// the most records among those without sealed fields. None for a database
// without a file (in memory), which has no second connection.
const EntityDef* largestUnsealed(Database& db, SyncStore& sync)
{
    if (db.path().isEmpty() || !QFileInfo(db.path()).isFile())
        return nullptr;
    const EntityDef* largest = nullptr;
    qint64 most = 0;
    for (const EntityDef* def : schema::entities()) {
        const bool sealed = std::any_of(def->fields.begin(), def->fields.end(),
                                        [&](const FieldDef& f) { return FieldCipher::isSealed(*def, f); });
        auto highest = sealed ? Result<qint64>(0) : sync.highestId(*def);
        if (highest && *highest > most) {
            most = *highest;
            largest = def;
        }
    }
    return largest;
}

// The rows of one entity read so far; the last batch of an entity says so.
struct RowBatch
{
    CellBatch cells;
    bool last = false;
};
using RowBatches = BoundedQueue<RowBatch>;
constexpr size_t kBatchesAhead = 4;
constexpr qsizetype kBatchBytes = 256 * 1024;

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

// The formatting thread: each entity's batches into its entry, in order.
Status formatEntries(QuaZip& zip, const QString& format, const std::vector<const EntityDef*>& defs,
                     std::vector<Entry>& entries, BatchFlow& flow)
{
    RowBatches& batches = flow.full;
    for (size_t i = 0; i < defs.size(); ++i) {
        Status st = writeEntry(zip, format, entries[i], bundleformat::numericColumns(*defs[i]),
                               [&](TableWriter& w, qint64& rows) {
            while (auto batch = batches.pop()) {
                batch->cells.writeTo(w);
                rows += batch->cells.rows();
                const bool last = batch->last;
                flow.spent.tryPush(std::move(*batch)); // or freed, when enough wait
                if (last)
                    return Status();
            }
            return Status(Error::invalid(QStringLiteral("cancelled")));
        });
        if (!st.ok()) {
            flow.stop();
            return st;
        }
    }
    return {};
}

QJsonObject manifestJson(Database& db, const QString& bundleUuid,
                         const QString& format, const QString& peer, qint64 minClock,
                         qint64 maxClock, const std::vector<Entry>& entries)
{
    RecordStore records(db);
    auto desk = records.get(schema::def(Entity::Desk), db.localDeskId());
    QJsonArray files;
    for (const Entry& e : entries)
        files.append(QJsonObject{{QStringLiteral("name"), e.name},
                                 {QStringLiteral("entity"), e.entity},
                                 {QStringLiteral("rows"), e.rows},
                                 {QStringLiteral("bytes"), e.bytes},
                                 {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)},
                                 {QStringLiteral("columns"), QJsonArray::fromStringList(e.columns)}});
    return QJsonObject{
        {QStringLiteral("format"), QLatin1StringView(bundleformat::kFormatName)},
        {QStringLiteral("version"), bundleformat::kFormatVersion},
        {QStringLiteral("bundle"), bundleUuid},
        {QStringLiteral("source_desk"),
         QJsonObject{{QStringLiteral("uuid"), desk ? desk->uuid() : QString()},
                     {QStringLiteral("name"), desk ? desk->text(u"name") : QString()},
                     {QStringLiteral("code"), desk ? desk->text(u"code") : QString()}}},
        {QStringLiteral("peer_desk"), peer.isEmpty() ? QJsonValue() : QJsonValue(peer)},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("schema"), db.schemaVersion()},
        {QStringLiteral("encoding"), format == QLatin1String("csv") ? QStringLiteral("csv")
                                                                    : QStringLiteral("jsonl")},
        {QStringLiteral("clock_range"),
         QJsonObject{{QStringLiteral("min"), QString::number(minClock)},
                     {QStringLiteral("max"), QString::number(maxClock)}}},
        {QStringLiteral("files"), files}};
}

Result<QString> resolvePeer(Database& db, const QString& peer)
{
    if (peer.isEmpty())
        return QString();
    RecordStore records(db);
    const EntityDef& desk = schema::def(Entity::Desk);
    if (auto byUuid = records.getByUuid(desk, peer.toLower()))
        return byUuid->uuid();
    auto byCode = records.list(desk, {.field = "code", .equals = peer.toUpper(), .limit = 1});
    if (byCode && !byCode->empty())
        return byCode->front().uuid();
    return Error::invalid(QStringLiteral("there is no desk '%1' (give its code, such as BA-RA, or "
                                         "its uuid)")
                              .arg(peer));
}

} // namespace

BundleExporter::BundleExporter(Database& db) : m_db(db) {}

Result<BundleExporter::Summary> BundleExporter::write(QIODevice* out, const Options& options)
{
    // A bundle holds every record: who may sync starts it, the application reads.
    if (Status st = AccessPolicy(m_db).require(AccessPolicy::Action::Sync,
                                               QStringLiteral("exporting a bundle"));
        !st.ok())
        return st.error();
    const QString who = m_db.principal().auditName();
    auto summary = writeAsSystem(out, options);
    if (!summary)
        return summary;
    if (Status st = AuditLog(m_db).append(who, QStringLiteral("export"), {}, {},
                                          options.format + QLatin1Char(' ') + options.peerDesk);
        !st.ok())
        return st.error();
    return summary;
}

Result<BundleExporter::Summary> BundleExporter::writeAsSystem(QIODevice* out,
                                                              const Options& options)
{
    SystemScope system(m_db);
    if (options.passphrase.isEmpty())
        return writeZip(out, options);
    // The zip goes to a temporary file first: encryption streams it afterwards.
    QTemporaryFile plain;
    if (!plain.open())
        return Error::io(QStringLiteral("cannot create a temporary file: %1").arg(plain.errorString()));
    auto summary = writeZip(&plain, options);
    if (!summary)
        return summary;
    plain.seek(0);
    if (Status st = BundleCrypto::encrypt(&plain, out, options.passphrase); !st.ok())
        return st.error();
    return summary;
}

Result<BundleExporter::Summary> BundleExporter::writeZip(QIODevice* out, const Options& options)
{
    if (!tableformat::isKnown(options.format))
        return Error::invalid(QStringLiteral("unknown bundle format '%1' (json or csv)").arg(options.format));
    if (Status st = m_db.requireDesk(); !st.ok())
        return st.error();
    auto peer = resolvePeer(m_db, options.peerDesk);
    if (!peer)
        return peer.error();
    Transaction tx(m_db.connection()); // one consistent snapshot, and the peer's watermark
    if (!tx.ok())
        return tx.error();
    // Damage must not travel to other desks. The rows come from the tables,
    // never through an index, and SQLite checks each page it reads as it
    // reads it (cell_size_check), so a damaged page stops the export.
    // integrity_check, which reads every page again and compares each index
    // with its table, took as long as the export itself; a damaged index is
    // found by the import's check, every backup's and `percorsi-cli check`.
    if (Status st = m_db.connection().exec(kReadPragmas); !st.ok())
        return st.error();
    const auto restorePragmas = qScopeGuard([this] { m_db.connection().exec(kUsualPragmas); });
    SyncStore sync(m_db);
    Summary summary;
    summary.bundleUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!peer->isEmpty()) {
        auto since = sync.sentSeq(*peer);
        if (!since)
            return since.error();
        summary.sinceSeq = *since;
    }
    auto upTo = sync.maxSeq();
    if (!upTo)
        return upTo.error();

    QuaZip zip(out);
    zip.setAutoClose(false); // the caller commits or closes its device
    if (!zip.open(QuaZip::mdCreate))
        return Error::io(QStringLiteral("cannot write the bundle (zip error %1)").arg(zip.getZipError()));
    const QString ext = tableformat::extension(options.format);
    std::vector<Entry> entries;
    qint64 minClock = 0, maxClock = 0;
    const auto& defs = schema::entities();
    int done = 0;
    const int steps = int(defs.size()) + 2;
    auto report = [&]() { return !options.progress || options.progress(100 * ++done / steps); };

    // The entity with the most rows is read on a second connection and
    // thread; the others are read here and formatted on a thread of their
    // own, which writes their entries one after the other.
    const EntityDef* largest = largestUnsealed(m_db, sync);
    std::optional<ParallelEntry> apart;
    if (largest)
        apart.emplace(m_db, *largest, largest->hasDesk ? summary.sinceSeq : 0, options.format);
    std::vector<const EntityDef*> here;
    for (const EntityDef* def : defs) {
        entries.emplace_back(QLatin1StringView(def->name), ext, bundleformat::columns(*def));
        if (def != largest)
            here.push_back(def);
    }
    std::vector<Entry> hereEntries;
    for (const EntityDef* def : here)
        hereEntries.emplace_back(QLatin1StringView(def->name), ext, bundleformat::columns(*def));
    BatchFlow batches;
    Status formatted;
    std::thread formatter([&] {
        pthread_setname_np(pthread_self(), "percorsi-format");
        formatted = formatEntries(zip, options.format, here, hereEntries, batches);
    });
    const auto joinFormatter = qScopeGuard([&] {
        batches.stop();
        if (formatter.joinable())
            formatter.join();
    });
    bool formatterStopped = false; // then its error is the one to tell
    for (const EntityDef* def : here) {
        // Desks always travel whole: every clock names one.
        const qint64 since = def->hasDesk ? summary.sinceSeq : 0;
        RowBatch batch = batches.next();
        qint64 rows = 0;
        Status st = sync.forEachRawRow(*def, since, [&](const SyncStore::RawRow& r) {
            batch.cells.add(r.cells);
            minClock = minClock ? std::min(minClock, r.hlc) : r.hlc;
            maxClock = std::max(maxClock, r.hlc);
            if (batch.cells.bytes() >= kBatchBytes && !batches.full.push(std::exchange(batch, batches.next()))) {
                formatterStopped = true;
                return false;
            }
            return (++rows & 0xffff) || !options.progress || options.progress(100 * done / steps);
        });
        batch.last = true;
        if (st.ok() && !batches.full.push(std::move(batch))) {
            formatterStopped = true;
            st = Error::invalid(QStringLiteral("cancelled"));
        }
        if (!st.ok()) {
            batches.stop();
            formatter.join();
            return formatterStopped ? formatted.error() : st.error();
        }
        summary.rows += rows;
        if (!report())
            return Error::invalid(QStringLiteral("the export was cancelled"));
    }
    formatter.join();
    if (!formatted.ok())
        return formatted.error();
    for (Entry& e : entries) {
        auto it = std::find_if(hereEntries.begin(), hereEntries.end(),
                               [&](const Entry& h) { return h.name == e.name; });
        if (it != hereEntries.end())
            e = *it;
    }
    if (apart) {
        Entry& e = entries[size_t(std::find(defs.begin(), defs.end(), largest) - defs.begin())];
        if (Status st = apart->addTo(zip, entryInfo(e.name)); !st.ok())
            return st.error();
        e.rows = apart->rows();
        e.bytes = apart->bytes();
        e.sha256 = apart->sha256Hex();
        summary.rows += e.rows;
        if (e.rows) {
            minClock = minClock ? std::min(minClock, apart->minClock()) : apart->minClock();
            maxClock = std::max(maxClock, apart->maxClock());
        }
        report();
    }
    Entry tombs(QLatin1StringView(bundleformat::kTombstones), ext, bundleformat::tombstoneColumns());
    Status st = writeEntry(zip, options.format, tombs, {false, false, false, true},
                           [&](TableWriter& w, qint64& rows) {
        return sync.forEachTombstone(summary.sinceSeq, [&](const SyncStore::Tombstone& t) {
            w.write({t.entity, t.uuid, t.clock, t.erased ? QStringLiteral("1") : QStringLiteral("0")});
            ++rows;
            return true;
        });
    });
    if (!st.ok())
        return st.error();
    entries.push_back(tombs);
    Entry conflicts(QLatin1StringView(bundleformat::kConflicts), ext, bundleformat::conflictColumns());
    st = writeEntry(zip, options.format, conflicts,
                    {false, false, false, false, false, false, false, false, false, false, false, false},
                    [&](TableWriter& w, qint64& rows) {
        return sync.forEachConflict([&](const SyncStore::Conflict& c) {
            w.write({c.entity, c.recordUuid, c.field, c.keptValue, QString::number(c.keptHlc),
                     c.keptDesk, c.lostValue, QString::number(c.lostHlc), c.lostDesk, c.detectedAt,
                     c.resolvedAt, c.resolution});
            ++rows;
            return true;
        });
    });
    if (!st.ok())
        return st.error();
    entries.push_back(conflicts);
    for (const Entry& e : entries)
        summary.bytes += e.bytes;

    QuaZipFile manifest(&zip);
    if (!manifest.open(QIODevice::WriteOnly, entryInfo(QLatin1StringView(bundleformat::kManifest))))
        return Error::io(QStringLiteral("cannot add the manifest to the bundle"));
    manifest.write(QJsonDocument(manifestJson(m_db, summary.bundleUuid, options.format, *peer,
                                              minClock, maxClock, entries))
                       .toJson());
    manifest.close();
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return Error::io(QStringLiteral("writing the bundle failed (zip error %1)").arg(zip.getZipError()));
    if (!peer->isEmpty()) {
        if (Status s = sync.setSent(*peer, *upTo); !s.ok())
            return s.error();
    }
    if (Status s = sync.logBundle(summary.bundleUuid, QStringLiteral("sent"), *peer,
                                  sync.deskUuid(m_db.localDeskId()), options.format, summary.rows, {});
        !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    report();
    return summary;
}

} // namespace percorsi
