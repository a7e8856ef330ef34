#include "tests/fuzz/FuzzTargets.h"

#include <memory>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QTemporaryDir>

#include "core/domain/Schema.h"
#include "core/exchange/PeopleImport.h"
#include "core/security/Principal.h"
#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
#include "core/sync/BundleCrypto.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/CsvFormat.h"
#include "core/sync/JsonLinesFormat.h"

namespace percorsi::fuzz {

namespace {

QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace

// One database for the whole run: imports are refused or rolled back, so it
// stays as it was made.
Database& database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        Database::Options options;
        options.create = true;
        auto opened = Database::open(dir.filePath(QStringLiteral("fuzz.percorsi")), options);
        if (opened) opened.value()->setPrincipal(Principal::system());
        if (!opened || !DeskStore(*opened.value())
                            .createLocal(QStringLiteral("Fuzz"), QStringLiteral("Torino")))
            qFatal("cannot create the fuzzing database");
        // The harnesses act as an administrator would: every store admits her.
        opened.value()->setPrincipal(Principal::user(0, QStringLiteral("fuzz"),
                                                     QStringLiteral("administrator"),
                                                     opened.value()->localDeskId()));
        return std::move(opened.value());
    }();
    return *db;
}

namespace {

// Imports a bundle and undoes whatever a successful import wrote.
void importBundle(QByteArray bytes, const QString& passphrase = {})
{
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    BundleImporter::Options options;
    options.dryRun = true;
    options.passphrase = passphrase;
    BundleImporter(database()).read(&in, options);
}

void readTable(std::unique_ptr<TableReader> reader)
{
    if (!reader->begin(bundleformat::columns(schema::def(Entity::Person)))) return;
    QStringList values;
    while (reader->next(&values) == TableReader::Next::Row) {
    }
}

} // namespace

int manifest(const uint8_t* data, size_t size)
{
    // The fuzzed bytes become manifest.json of an otherwise empty bundle.
    QBuffer zipped;
    zipped.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&zipped);
        zip.setAutoClose(false);
        zip.open(QuaZip::mdCreate);
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("manifest.json")));
        file.write(reinterpret_cast<const char*>(data), qint64(size));
        file.close();
        QuaZipFile people(&zip);
        people.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("person.jsonl")));
        people.close();
        zip.close();
    }
    importBundle(zipped.data());
    return 0;
}

int jsonLines(const uint8_t* data, size_t size)
{
    QByteArray bytes = bytesOf(data, size);
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    readTable(std::make_unique<JsonLinesReader>(&in));
    return 0;
}

int csv(const uint8_t* data, size_t size)
{
    QByteArray bytes = bytesOf(data, size);
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    readTable(std::make_unique<CsvReader>(&in));
    return 0;
}

int zip(const uint8_t* data, size_t size)
{
    importBundle(bytesOf(data, size));
    return 0;
}

int decrypt(const uint8_t* data, size_t size)
{
    QByteArray bytes = bytesOf(data, size);
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    BundleCrypto::decrypt(&in, &plain, QString::fromLatin1(kPassphrase));
    return 0;
}

int peopleImport(const uint8_t* data, size_t size)
{
    PeopleImport import(database());
    if (import.load(bytesOf(data, size)).ok()) import.preview();
    return 0;
}

} // namespace percorsi::fuzz
