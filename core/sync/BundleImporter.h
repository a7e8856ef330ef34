#pragma once

#include <functional>
#include <map>

#include <QString>

#include "core/sync/Merger.h"
#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

class Database;

// Reads a bundle and merges it in one transaction. A bundle that is not a
// zip, has unsafe or unexpected entries, a manifest of a newer format, a file
// whose checksum or row count differs from the manifest, a malformed row, or a
// record that breaks a rule is refused whole, with a message naming the file,
// the line and the fault; the database is then exactly as it was.
class BundleImporter
{
public:
    struct Options
    {
        bool dryRun = false; // merge, report, and roll back
        QString passphrase;  // for an encrypted bundle
        std::function<bool(int percent)> progress; // false cancels
    };

    struct Report
    {
        QString bundleUuid;
        QString sourceDesk; // "name (code)"
        QString encoding;
        qint64 rows = 0;
        Merger::Stats stats;
    };

    explicit BundleImporter(Database& db);
    Result<Report> read(QIODevice* in, const Options& options);

private:
    Result<Report> readZip(QIODevice* in, const Options& options);
    Result<Report> readAsSystem(QIODevice* in, const Options& options);

    Database& m_db;
    QString m_auditWho; // who asked for the import, for its audit entry
};

} // namespace percorsi
