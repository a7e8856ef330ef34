#pragma once

#include <functional>

#include <QString>

#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

class Database;

// Writes a bundle: a zip holding manifest.json and one file per entity, plus
// tombstones and conflicts, in JSON Lines or CSV; everything, or what changed
// since the last bundle sent to a peer desk. Memory stays flat: rows stream
// from the database into the zip.
class BundleExporter
{
public:
    struct Options
    {
        QString format = QStringLiteral("json"); // "json" or "csv"
        QString peerDesk;                        // desk uuid or code; empty: everything
        QString passphrase;                      // when set, the bundle is encrypted
        std::function<bool(int percent)> progress; // false cancels
    };

    struct Summary
    {
        QString bundleUuid;
        qint64 rows = 0;
        qint64 bytes = 0; // uncompressed data written
        qint64 sinceSeq = 0;
    };

    explicit BundleExporter(Database& db);
    Result<Summary> write(QIODevice* out, const Options& options);

private:
    Result<Summary> writeZip(QIODevice* out, const Options& options);
    Result<Summary> writeAsSystem(QIODevice* out, const Options& options);

    Database& m_db;
};

} // namespace percorsi
