#include "core/sync/BundleExporter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QUuid>

#include <string>

#include "core/security/AccessPolicy.h"
#include "core/security/SystemScope.h"
#include "core/storage/Database.h"
#include "core/storage/AuditLog.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SyncStore.h"
#include "core/storage/Transaction.h"
#include "core/sync/BundleCrypto.h"
#include "core/sync/BundleEntry.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/EntityEntries.h"
#include "core/sync/TableFormat.h"

namespace percorsi {

namespace {

// While an export reads: every page checked as it is read, and a page cache
// of 16 MB, which a scan that reads each page once does not need larger.
constexpr char kReadPragmas[] = "PRAGMA cell_size_check = ON; PRAGMA cache_size = -16384;";

// Counts the export's steps for its progress callback, which returns false
// to cancel.
class Progress
{
public:
    Progress(const std::function<bool(int)>& callback, int steps) : m_callback(callback), m_steps(steps) {}
    bool step() { return report(++m_done); }
    // `done` steps, some in part.
    bool at(double done)
    {
        m_done = done;
        return report(done);
    }

private:
    bool report(double done) const { return !m_callback || m_callback(int(100 * done / m_steps)); }

    const std::function<bool(int)>& m_callback;
    int m_steps;
    double m_done = 0;
};

// The tombstones and the conflicts, after the entities' files.
Status writeSyncRecords(QuaZip& zip, SyncStore& sync, const QString& format, qint64 sinceSeq,
                        std::vector<BundleEntry>& entries)
{
    const QString ext = tableformat::extension(format);
    BundleEntry tombs(QLatin1StringView(bundleformat::kTombstones), ext, bundleformat::tombstoneColumns());
    Status st = tombs.write(zip, format, {false, false, false, true},
                            [&](TableWriter& w, qint64& rows) {
        return sync.forEachTombstone(sinceSeq, [&](const SyncStore::Tombstone& t) {
            w.write({t.entity, t.uuid, t.clock, t.erased ? QStringLiteral("1") : QStringLiteral("0")});
            ++rows;
            return true;
        });
    });
    if (!st.ok())
        return st;
    entries.push_back(tombs);
    BundleEntry conflicts(QLatin1StringView(bundleformat::kConflicts), ext, bundleformat::conflictColumns());
    st = conflicts.write(zip, format, std::vector<bool>(12, false), [&](TableWriter& w, qint64& rows) {
        return sync.forEachConflict([&](const SyncStore::Conflict& c) {
            w.write({c.entity, c.recordUuid, c.field, c.keptValue, QString::number(c.keptHlc),
                     c.keptDesk, c.lostValue, QString::number(c.lostHlc), c.lostDesk, c.detectedAt,
                     c.resolvedAt, c.resolution});
            ++rows;
            return true;
        });
    });
    if (!st.ok())
        return st;
    entries.push_back(conflicts);
    return {};
}

QJsonObject manifestJson(Database& db, const QString& bundleUuid,
                         const QString& format, const QString& peer, qint64 minClock,
                         qint64 maxClock, const std::vector<BundleEntry>& entries)
{
    RecordStore records(db);
    auto desk = records.get(schema::def(Entity::Desk), db.localDeskId());
    QJsonArray files;
    for (const BundleEntry& e : entries)
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
    const auto cacheSize = m_db.connection().scalar("PRAGMA cache_size");
    if (!cacheSize)
        return cacheSize.error();
    if (Status st = m_db.connection().exec(kReadPragmas); !st.ok())
        return st.error();
    const auto restorePragmas = qScopeGuard([&] {
        m_db.connection().exec("PRAGMA cell_size_check = OFF; PRAGMA cache_size = " +
                               std::to_string(*cacheSize));
    });
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
    Progress progress(options.progress, int(schema::entities().size()) + 2);
    EntityEntries entities(m_db, sync, zip, options.format);
    if (Status st = entities.write(summary.sinceSeq, [&](double done) { return progress.at(done); });
        !st.ok())
        return st.error();
    summary.rows = entities.rows();
    std::vector<BundleEntry> entries = entities.entries();
    if (Status st = writeSyncRecords(zip, sync, options.format, summary.sinceSeq, entries); !st.ok())
        return st.error();
    if (!progress.step())
        return exportCancelled();
    for (const BundleEntry& e : entries)
        summary.bytes += e.bytes;

    QuaZipFile manifest(&zip);
    if (!manifest.open(QIODevice::WriteOnly, BundleEntry::info(QLatin1StringView(bundleformat::kManifest))))
        return Error::io(QStringLiteral("cannot add the manifest to the bundle"));
    manifest.write(QJsonDocument(manifestJson(m_db, summary.bundleUuid, options.format, *peer,
                                              entities.minClock(), entities.maxClock(), entries))
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
    progress.step();
    return summary;
}

} // namespace percorsi
