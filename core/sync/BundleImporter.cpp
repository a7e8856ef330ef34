#include "core/sync/BundleImporter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryFile>

#include "core/security/AccessPolicy.h"
#include "core/security/SystemScope.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Erasure.h"
#include "core/storage/DeferredUpkeep.h"
#include "core/storage/ParallelIntegrityCheck.h"
#include "core/storage/Transaction.h"
#include "core/sync/BundleCrypto.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/HashingReader.h"
#include "core/sync/TableFormat.h"

#include <pthread.h>

namespace percorsi {

namespace bf = bundleformat;

namespace {

struct FileSpec
{
    QString name;
    QString entity;
    qint64 rows = 0;
    QByteArray sha256;
    QStringList columns;
    qint64 size = 0; // uncompressed, from the zip directory
};

Error refuse(const QString& message)
{
    return Error::invalid(QStringLiteral("The bundle was refused: %1.").arg(message));
}

// The zip directory: flat, known names, no links, sane sizes and ratios.
Result<std::map<QString, qint64>> checkEntries(QuaZip& zip)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_]{1,40}\\.(jsonl|csv|json)$"));
    std::map<QString, qint64> sizes;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return refuse(QStringLiteral("its zip directory cannot be read"));
        const QString n = info.name;
        if (n.contains(QLatin1String("..")) || n.startsWith(QLatin1Char('/'))
            || n.contains(QLatin1Char('\\')) || n.contains(QLatin1Char('/')))
            return refuse(QStringLiteral("the entry \"%1\" has a path; bundle entries are plain file names").arg(n));
        if (!name.match(n).hasMatch())
            return refuse(QStringLiteral("the entry \"%1\" is not a bundle file").arg(n));
        const quint32 mode = (info.externalAttr >> 16) & 0170000;
        if (mode == 0120000)
            return refuse(QStringLiteral("the entry \"%1\" is a symbolic link").arg(n));
        if (sizes.count(n))
            return refuse(QStringLiteral("the entry \"%1\" appears twice").arg(n));
        if (qint64(sizes.size()) >= bf::kMaxEntries)
            return refuse(QStringLiteral("it has more than %1 entries").arg(bf::kMaxEntries));
        const qint64 size = qint64(info.uncompressedSize);
        total += size;
        if (size > bf::kMaxEntrySize || total > bf::kMaxTotalSize)
            return refuse(QStringLiteral("the entry \"%1\" is too large (%2 bytes)").arg(n).arg(size));
        if (size > (1 << 20) && size > qint64(info.compressedSize) * bf::kMaxRatio)
            return refuse(QStringLiteral("the entry \"%1\" expands more than %2 times: a zip bomb")
                              .arg(n)
                              .arg(bf::kMaxRatio));
        sizes[n] = size;
    }
    if (zip.getZipError() != UNZ_OK)
        return refuse(QStringLiteral("its zip directory is damaged (zip error %1)").arg(zip.getZipError()));
    return sizes;
}

Result<QJsonObject> readManifest(QuaZip& zip, const std::map<QString, qint64>& sizes)
{
    const QString name = QLatin1StringView(bf::kManifest);
    if (!sizes.count(name))
        return refuse(QStringLiteral("manifest.json is missing"));
    if (sizes.at(name) > bf::kMaxManifestSize)
        return refuse(QStringLiteral("manifest.json is too large"));
    zip.setCurrentFile(name);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("manifest.json cannot be read"));
    const QByteArray bytes = file.read(bf::kMaxManifestSize + 1);
    file.close();
    if (file.getZipError() != UNZ_OK)
        return refuse(QStringLiteral("manifest.json is damaged (its CRC does not match)"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull() || !doc.isObject())
        return refuse(QStringLiteral("manifest.json is not valid JSON (%1 at byte %2)")
                          .arg(error.errorString())
                          .arg(error.offset));
    const QJsonObject m = doc.object();
    if (m.value(QStringLiteral("format")).toString() != QLatin1StringView(bf::kFormatName))
        return refuse(QStringLiteral("manifest.json does not name the format \"%1\"").arg(QLatin1StringView(bf::kFormatName)));
    const int version = m.value(QStringLiteral("version")).toInt(-1);
    if (version > bf::kFormatVersion)
        return refuse(QStringLiteral("it is of format version %1, newer than this Percorsi reads (%2); "
                                     "update Percorsi")
                          .arg(version)
                          .arg(bf::kFormatVersion));
    if (version < 1)
        return refuse(QStringLiteral("manifest.json has no valid format version"));
    return m;
}

QStringList expectedColumns(const QString& entity)
{
    if (entity == QLatin1StringView(bf::kTombstones))
        return bf::tombstoneColumns();
    if (entity == QLatin1StringView(bf::kConflicts))
        return bf::conflictColumns();
    const EntityDef* def = schema::find(entity);
    return def ? bf::columns(*def) : QStringList();
}

// The manifest's files, in the order they must be applied.
Result<std::vector<FileSpec>> fileSpecs(const QJsonObject& m, const std::map<QString, qint64>& sizes,
                                        QString* encoding)
{
    *encoding = m.value(QStringLiteral("encoding")).toString();
    if (*encoding != QLatin1String("jsonl") && *encoding != QLatin1String("csv"))
        return refuse(QStringLiteral("manifest.json names the encoding \"%1\" (jsonl or csv)").arg(*encoding));
    const QString ext = *encoding;
    std::map<QString, FileSpec> byEntity;
    for (const QJsonValue& v : m.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        FileSpec s{f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("entity")).toString(),
                   f.value(QStringLiteral("rows")).toInteger(-1),
                   f.value(QStringLiteral("sha256")).toString().toLatin1(), {}};
        for (const QJsonValue& c : f.value(QStringLiteral("columns")).toArray())
            s.columns << c.toString();
        if (expectedColumns(s.entity).isEmpty())
            return refuse(QStringLiteral("manifest.json lists the unknown entity \"%1\"").arg(s.entity));
        if (s.name != s.entity + QLatin1Char('.') + ext)
            return refuse(QStringLiteral("manifest.json lists \"%1\" for %2").arg(s.name, s.entity));
        if (!sizes.count(s.name))
            return refuse(QStringLiteral("manifest.json lists %1, which is missing from the bundle").arg(s.name));
        if (s.columns != expectedColumns(s.entity))
            return refuse(QStringLiteral("%1 has the columns \"%2\"; \"%3\" were expected")
                              .arg(s.name, s.columns.join(QLatin1Char(',')),
                                   expectedColumns(s.entity).join(QLatin1Char(','))));
        if (s.rows < 0 || s.sha256.size() != 64)
            return refuse(QStringLiteral("manifest.json gives no row count or checksum for %1").arg(s.name));
        if (byEntity.count(s.entity))
            return refuse(QStringLiteral("manifest.json lists %1 twice").arg(s.name));
        s.size = sizes.at(s.name);
        byEntity[s.entity] = s;
    }
    if (byEntity.size() + 1 != sizes.size())
        return refuse(QStringLiteral("it holds files that manifest.json does not list"));
    std::vector<FileSpec> ordered;
    auto take = [&](const QString& entity) {
        auto it = byEntity.find(entity);
        if (it != byEntity.end())
            ordered.push_back(it->second);
    };
    take(QStringLiteral("desk"));
    take(QLatin1StringView(bf::kTombstones));
    for (const EntityDef* def : schema::entities()) {
        if (def->hasDesk)
            take(QLatin1StringView(def->name));
    }
    take(QLatin1StringView(bf::kConflicts));
    return ordered;
}

// Rows of the bundle's files, read, inflated, checksummed and parsed on a
// second thread while the first merges the rows before them: a batch at a
// time, a few batches ahead at most, so memory stays flat in bundle size.
struct RowBatch
{
    int file = 0;
    // The rows of the batch. A batch merged comes back to the reading thread
    // to be filled again: its vectors keep the rows past `size`, so that their
    // memory is used again rather than freed and allocated anew.
    size_t size = 0;
    std::vector<qint64> lines;
    // An entity's rows have all that needs no database done (Merger::stage)
    // on the reading thread while the merge goes on, unless the merge waits
    // for rows: then the merging thread stages them itself (see readRows()).
    // Other files' rows (tombstones, conflicts, desks) are merged as read.
    bool entity = false; // rows of an entity, to stage
    bool staged = false; // and staged: entityRows holds them
    std::vector<Merger::Staged> entityRows;
    std::vector<QStringList> rows;
    bool fileEnd = false; // the file's rows are all here and its checks passed
    QString refusal;      // what is wrong with the file, after the rows of this batch
};

class RowQueue
{
public:
    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kBatchesAhead = 8;

    // False once the reader should stop: the merge ended early.
    bool push(RowBatch batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_stopped || m_batches.size() < kBatchesAhead; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
        return true;
    }
    // For the reader: a batch of file `file` to fill, one merged before if any.
    RowBatch fresh(int file)
    {
        RowBatch batch;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spent.empty()) {
                batch = std::move(m_spent.back());
                m_spent.pop_back();
            }
        }
        // What the merged rows hold is freed here, on the reading thread that
        // allocated it; the merge may stage rows into them without freeing.
        for (size_t k = 0; k < std::min(batch.size, batch.entityRows.size()); ++k)
            batch.entityRows[k].release();
        batch.file = file;
        batch.size = 0;
        batch.entity = false;
        batch.staged = false;
        batch.fileEnd = false;
        batch.refusal.clear();
        return batch;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_one();
    }
    // How many batches wait to be merged.
    size_t waiting()
    {
        std::lock_guard lock(m_mutex);
        return m_batches.size();
    }
    // Empty when every file has been read.
    std::optional<RowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_finished || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        RowBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return batch;
    }
    // A batch merged, handed back to be filled again by the reader, which
    // also frees what its rows hold: freeing on the merging thread costs it dearly.
    void recycle(RowBatch batch)
    {
        std::lock_guard lock(m_mutex);
        if (!m_finished)
            m_spent.push_back(std::move(batch));
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<RowBatch> m_batches;
    std::vector<RowBatch> m_spent;
    bool m_finished = false;
    bool m_stopped = false;
};

// The item at `index` of `v`, made when `v` holds just `index` items.
template<typename T>
T& slot(std::vector<T>& v, size_t index)
{
    if (index == v.size())
        v.emplace_back();
    return v[index];
}

// The reading thread: every file in order, its last batch saying either
// that its rows are complete or why the file is refused after those rows.
void readRows(QuaZip& zip, const std::vector<FileSpec>& specs, const QString& format, RowQueue& queue,
              const DataKey* sealKey)
{
    QStringList values;
    Merger::DeskSlots desks;
    // A batch of an entity is staged here while the merge has rows to go on
    // with; when it waits, the batch goes as read and the merge stages it:
    // the wide rows of the first files cost this thread more than the merge.
    const auto stage = [&](RowBatch batch) {
        if (batch.entity && queue.waiting() >= 2) {
            const EntityDef& def = *schema::find(specs[size_t(batch.file)].entity);
            for (size_t k = 0; k < batch.size; ++k)
                Merger::stage(def, batch.rows[k], slot(batch.entityRows, k), &desks, sealKey);
            batch.staged = true;
        }
        return batch;
    };
    for (int f = 0; f < int(specs.size()); ++f) {
        const FileSpec& spec = specs[size_t(f)];
        RowBatch batch = queue.fresh(f);
        const auto refuseFile = [&](const QString& why) {
            batch.refusal = why;
            queue.push(std::move(batch));
        };
        zip.setCurrentFile(spec.name);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return refuseFile(QStringLiteral("%1 cannot be read").arg(spec.name));
        HashingReader hashed(&file, spec.size);
        auto reader = tableformat::reader(format, &hashed);
        if (!reader->begin(spec.columns))
            return refuseFile(QStringLiteral("%1 line 1: %2").arg(spec.name, reader->errorString()));
        qint64 rows = 0;
        const EntityDef* def = schema::find(spec.entity);
        const bool stages = def && def->table != std::string_view("desk");
        for (;;) {
            const auto next = reader->next(&values);
            if (next == TableReader::Next::End)
                break;
            if (next == TableReader::Next::Error)
                return refuseFile(QStringLiteral("%1 line %2: %3").arg(spec.name).arg(reader->line()).arg(reader->errorString()));
            if (++rows > spec.rows)
                return refuseFile(QStringLiteral("%1 has more rows than manifest.json says (%2)").arg(spec.name).arg(spec.rows));
            const size_t k = batch.size;
            if (stages && values.size() < 4)
                return refuseFile(QStringLiteral("%1 line %2: a row has too few cells").arg(spec.name).arg(reader->line()));
            slot(batch.rows, k).swap(values); // `values` takes an old row's list to fill again
            slot(batch.lines, k) = reader->line();
            batch.entity = stages;
            if (++batch.size == RowQueue::kBatchRows) {
                if (!queue.push(stage(std::move(batch))))
                    return;
                batch = queue.fresh(f);
            }
        }
        file.close();
        if (hashed.overLimit() || file.getZipError() != UNZ_OK)
            return refuseFile(QStringLiteral("%1 is damaged or larger than its zip entry says").arg(spec.name));
        if (rows != spec.rows)
            return refuseFile(QStringLiteral("%1 has %2 rows; manifest.json says %3").arg(spec.name).arg(rows).arg(spec.rows));
        if (hashed.sha256Hex() != spec.sha256)
            return refuseFile(QStringLiteral("the checksum of %1 does not match manifest.json: the file was "
                                             "changed or damaged").arg(spec.name));
        batch.fileEnd = true;
        if (!queue.push(stage(std::move(batch))))
            return;
    }
}

Status applyValues(Merger& merger, const QString& entity, const QStringList& v)
{
    if (entity == QLatin1StringView(bf::kTombstones)) {
        if (v[3] != QLatin1String("0") && v[3] != QLatin1String("1"))
            return Error::invalid(QStringLiteral("erased must be 0 or 1"));
        return merger.applyTombstone({v[0], v[1], v[2], v[3] == QLatin1String("1")});
    }
    if (entity == QLatin1StringView(bf::kConflicts)) {
        bool okKept = false, okLost = false;
        SyncStore::Conflict c{0, v[0], v[1], v[2], v[3], v[5], v[6], v[8],
                              v[4].toLongLong(&okKept), v[7].toLongLong(&okLost), v[9], v[10], v[11]};
        if (!okKept || !okLost)
            return Error::invalid(QStringLiteral("kept_stamp and lost_stamp must be whole numbers"));
        return merger.applyConflict(c);
    }
    SyncStore::WireRow row{v[0], v[1], v[2], v[3], v.mid(4)};
    return merger.applyRow(*schema::find(entity), row);
}

} // namespace

BundleImporter::BundleImporter(Database& db) : m_db(db) {}

Result<BundleImporter::Report> BundleImporter::read(QIODevice* in, const Options& options)
{
    // Who may sync starts the merge; the application writes every record.
    if (Status st = AccessPolicy(m_db).require(AccessPolicy::Action::Sync,
                                               QStringLiteral("importing a bundle"));
        !st.ok())
        return st.error();
    m_auditWho = m_db.principal().auditName();
    auto report = readAsSystem(in, options);
    if (!report)
        return report;
    // An erasure that came in the bundle must leave no copy of her data in the file.
    if (!options.dryRun && report->stats.erased > 0 && !m_db.connection().inTransaction()) {
        SystemScope system(m_db);
        if (Status st = Erasure(m_db).scrub(); !st.ok())
            return st.error();
    }
    // A real import is audited inside its own transaction (see readZip).
    if (options.dryRun) {
        const QString detail = report->bundleUuid + QStringLiteral(" (dry run)");
        if (Status st = AuditLog(m_db).append(m_auditWho, QStringLiteral("import"), {}, {}, detail);
            !st.ok())
            return st.error();
    }
    return report;
}

Result<BundleImporter::Report> BundleImporter::readAsSystem(QIODevice* in, const Options& options)
{
    SystemScope system(m_db);
    if (!BundleCrypto::isEncrypted(in))
        return readZip(in, options);
    if (options.passphrase.isEmpty())
        return Error::invalid(QStringLiteral("The bundle is encrypted; give its passphrase."));
    QTemporaryFile plain;
    if (!plain.open())
        return Error::io(QStringLiteral("cannot create a temporary file: %1").arg(plain.errorString()));
    if (Status st = BundleCrypto::decrypt(in, &plain, options.passphrase); !st.ok())
        return st.error();
    plain.seek(0);
    return readZip(&plain, options);
}

Result<BundleImporter::Report> BundleImporter::readZip(QIODevice* in, const Options& options)
{
    if (Status st = m_db.requireDesk(); !st.ok())
        return st.error();
    QuaZip zip(in);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdUnzip))
        return refuse(QStringLiteral("it is not a zip archive, or it is truncated"));
    auto sizes = checkEntries(zip);
    if (!sizes)
        return sizes.error();
    auto manifest = readManifest(zip, *sizes);
    if (!manifest)
        return manifest.error();
    Report report;
    auto specs = fileSpecs(*manifest, *sizes, &report.encoding);
    if (!specs)
        return specs.error();
    report.bundleUuid = manifest->value(QStringLiteral("bundle")).toString();
    const QJsonObject source = manifest->value(QStringLiteral("source_desk")).toObject();
    report.sourceDesk = QStringLiteral("%1 (%2)").arg(source.value(QStringLiteral("name")).toString(),
                                                       source.value(QStringLiteral("code")).toString());
    const QString format = report.encoding == QLatin1String("csv") ? QStringLiteral("csv")
                                                                   : QStringLiteral("json");
    Transaction tx(m_db.connection());
    if (!tx.ok())
        return tx.error();
    // Nothing is merged into a damaged file. The check reads the file as it was
    // before this transaction, on a connection and a thread of its own, while
    // the bundle is read and merged; the merge's own writes are SQLite's.
    ParallelIntegrityCheck check(m_db);
    // The search indexes and tallies of what the bundle adds are built at the
    // end, at once. The load starts after the desks and the tombstones, whose
    // deletions come first and are kept by the triggers as they happen.
    DeferredUpkeep upkeep(m_db.connection());
    bool loading = false;
    Merger merger(m_db);
    qint64 expected = 0;
    for (const FileSpec& spec : *specs)
        expected += std::clamp<qint64>(spec.rows, 0, qint64(1) << 32); // the manifest's word
    merger.expectRows(expected);
    RowQueue queue;
    // Notes are sealed as they are staged, on whichever thread stages them:
    // the key stays as it is for the whole import, which holds the database.
    const DataKey* sealKey = m_db.dataKey();
    std::thread reading([&] {
        pthread_setname_np(pthread_self(), "percorsi-read");
        readRows(zip, *specs, format, queue, sealKey);
        queue.finish();
    });
    // However the merge ends, the reading thread stops before the zip goes.
    const auto joinReading = qScopeGuard([&] {
        queue.stop();
        reading.join();
    });
    int done = 0;
    qint64 rows = 0;
    std::vector<std::pair<qint64, QStringList>> deskRows; // desks are few: applied after a pre-pass
    while (auto batch = queue.pop()) {
        const FileSpec& spec = (*specs)[size_t(batch->file)];
        const bool desks = spec.entity == QLatin1String("desk");
        const bool staged = batch->entity;
        const EntityDef* def = staged ? schema::find(spec.entity) : nullptr;
        if (staged && !batch->staged) {
            for (size_t k = 0; k < batch->size; ++k)
                Merger::stage(*def, batch->rows[k], slot(batch->entityRows, k), nullptr, sealKey);
        }
        if (!loading && !desks && spec.entity != QLatin1StringView(bf::kTombstones)) {
            if (Status st = upkeep.start(); !st.ok())
                return st.error();
            loading = true;
        }
        for (size_t i = 0; i < batch->size; ++i) {
            const qint64 line = batch->lines[i];
            if (staged && i + 2 < batch->size)
                merger.prefetch(*def, batch->entityRows[i + 2], false);
            if (staged && i + 1 < batch->size)
                merger.prefetch(*def, batch->entityRows[i + 1]);
            if (desks) {
                deskRows.emplace_back(line, batch->rows[i]);
                continue;
            }
            // A staged row may be held back until the batch ends: its memory is the batch's.
            const Status st = staged ? merger.applyRow(*def, batch->entityRows[i], line)
                                     : applyValues(merger, spec.entity, batch->rows[i]);
            if (!st.ok())
                return refuse(QStringLiteral("%1 line %2: %3")
                                  .arg(spec.name)
                                  .arg(staged ? merger.faultLine() : line)
                                  .arg(st.error().message()));
            if ((++rows & 0x3fff) == 0 && options.progress && !options.progress(100 * done / int(specs->size())))
                return Error::invalid(QStringLiteral("The import was cancelled; nothing was changed."));
        }
        if (Status st = merger.flush(); !st.ok())
            return refuse(QStringLiteral("%1 line %2: %3").arg(spec.name).arg(merger.faultLine()).arg(st.error().message()));
        // The rows before a fault are merged first, so that a bad row among them is the one named.
        if (!batch->refusal.isEmpty())
            return refuse(batch->refusal);
        const bool fileEnd = batch->fileEnd;
        queue.recycle(std::move(*batch));
        if (!fileEnd)
            continue;
        // Every clock names a desk: make each desk of the bundle known before merging any.
        for (const auto& [line, row] : deskRows) {
            if (Status st = merger.knowDesk(row[0], row.mid(4)); !st.ok())
                return refuse(QStringLiteral("%1 line %2: %3").arg(spec.name).arg(line).arg(st.error().message()));
        }
        for (const auto& [line, row] : deskRows) {
            if (Status st = applyValues(merger, spec.entity, row); !st.ok())
                return refuse(QStringLiteral("%1 line %2: %3").arg(spec.name).arg(line).arg(st.error().message()));
        }
        deskRows.clear();
        report.rows += spec.rows;
        ++done;
        if (options.progress && !options.progress(100 * done / int(specs->size())))
            return Error::invalid(QStringLiteral("The import was cancelled; nothing was changed."));
    }
    report.stats = merger.stats();
    if (options.dryRun)
        return report; // the transaction rolls back
    if (Status st = upkeep.finish(); !st.ok())
        return st.error();
    if (Status st = check.result(); !st.ok())
        return st.error();
    SyncStore& sync = merger.store();
    if (Status st = sync.logBundle(report.bundleUuid, QStringLiteral("received"), {},
                                   source.value(QStringLiteral("uuid")).toString(), report.encoding,
                                   report.rows, {});
        !st.ok())
        return st.error();
    if (Status st = AuditLog(m_db).append(m_auditWho, QStringLiteral("import"), {}, {},
                                          report.bundleUuid);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return report;
}

} // namespace percorsi
