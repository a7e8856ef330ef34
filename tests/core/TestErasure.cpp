#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>

#include "core/search/NameFolding.h"
#include "core/storage/DeskStore.h"
#include "core/storage/Erasure.h"
#include "core/storage/PersonStore.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

const QString kGiven = QStringLiteral("Ljudmila");
const QString kFamily = QStringLiteral("Šćepanović");

// Every byte pattern of her names that must not survive: as typed, folded
// for the search indexes, and in capitals.
QList<QByteArray> namePatterns()
{
    QList<QByteArray> out;
    for (const QString& name : {kGiven, kFamily, QStringLiteral("Ljudmilka")}) {
        out << name.toUtf8() << NameFolding::fold(name).toUtf8() << name.toUpper().toUtf8();
    }
    return out;
}

// The files of the database: the file itself, its WAL, shared memory and any journal.
QStringList databaseFiles(const QString& path)
{
    QStringList files;
    const QFileInfo info(path);
    for (const QString& name :
         QDir(info.absolutePath()).entryList({info.fileName() + QLatin1Char('*')}, QDir::Files))
        files << QDir(info.absolutePath()).filePath(name);
    return files;
}

QStringList filesHoldingHer(const QString& path)
{
    QStringList found;
    for (const QString& file : databaseFiles(path)) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QByteArray& pattern : namePatterns()) {
            if (bytes.contains(pattern))
                found << QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(),
                                                      QString::fromUtf8(pattern));
        }
    }
    return found;
}

// Her case with a record of each kind that carries free text about her.
qint64 addHerCase(Database& db)
{
    const qint64 her = test::addPerson(db, QStringLiteral("Ljudmilka"), kFamily);
    PersonStore people(db);
    auto record = people.get(schema::def(Entity::Person), her);
    REQUIRE(record.ok());
    Record renamed = *record;
    renamed.set("given_name", kGiven);
    renamed.set("notes", QStringLiteral("%1 %2 prefers mornings").arg(kGiven, kFamily));
    REQUIRE(people.update(renamed).ok());
    const qint64 path = test::add(db, test::path());
    const qint64 session = test::add(db, test::session(path));
    test::add(db, test::enrolment(path, her));
    test::add(db, test::attendance(session, her).with("hours", 2.0));
    test::add(db, Record(Entity::Consent)
                      .with("person_id", her)
                      .with("purpose", QStringLiteral("services"))
                      .with("legal_basis", QStringLiteral("consent"))
                      .with("given_on", QStringLiteral("2026-02-10")));
    test::add(db, Record(Entity::Intervention)
                      .with("person_id", her)
                      .with("kind", QStringLiteral("legal"))
                      .with("date", QStringLiteral("2026-03-01"))
                      .with("note", QStringLiteral("Saw %1 about her permit").arg(kFamily)));
    test::add(db, Record(Entity::PlanGoal)
                      .with("person_id", her)
                      .with("domain", QStringLiteral("language"))
                      .with("goal", QStringLiteral("%1 reaches A2").arg(kGiven))
                      .with("status", QStringLiteral("open")));
    // A concurrent edit from another desk kept her earlier name as a conflict.
    SyncStore::Conflict conflict;
    conflict.entity = QStringLiteral("person");
    conflict.recordUuid = renamed.uuid();
    conflict.field = QStringLiteral("given_name");
    conflict.keptValue = kGiven;
    conflict.lostValue = QStringLiteral("Ljudmilka");
    conflict.keptDesk = conflict.lostDesk = QStringLiteral("desk");
    conflict.keptHlc = 2;
    conflict.lostHlc = 1;
    REQUIRE(SyncStore(db).addConflict(conflict).ok());
    return her;
}

qint64 count(Database& db, const char* sql)
{
    auto n = db.connection().scalar(sql);
    REQUIRE(n.ok());
    return *n;
}

QByteArray fullBundle(Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = BundleExporter(db).write(&buffer, {});
    REQUIRE(summary.ok());
    return buffer.data();
}

void importBundle(Database& db, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto report = BundleImporter(db).read(&buffer, {});
    INFO((report ? QString() : report.error().message()).toStdString());
    REQUIRE(report.ok());
}

} // namespace

TEST_CASE("An erased person leaves no byte of her name in any file of the database", "[erasure]")
{
    TestDatabase t;
    const qint64 other = test::addPerson(t.db());
    const qint64 her = addHerCase(t.db());
    REQUIRE_FALSE(filesHoldingHer(t.path()).isEmpty()); // the test can see her before

    REQUIRE(Erasure(t.db()).erasePerson(her, QStringLiteral("coordinator")).ok());

    INFO(filesHoldingHer(t.path()).join(QStringLiteral("\n")).toStdString());
    CHECK(filesHoldingHer(t.path()).isEmpty());
    CHECK(count(t.db(), "SELECT count(*) FROM person") == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM attendance") == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM person_fts WHERE person_fts MATCH 'scepanovic'") ==
          0);
    CHECK(count(t.db(), "SELECT count(*) FROM tombstone WHERE entity = 'person' AND erased = 1") ==
          1);
    CHECK(count(t.db(), "SELECT count(*) FROM tombstone WHERE erased = 0") == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM audit WHERE action = 'erase'") == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM conflict") == 0);
    CHECK(PersonStore(t.db()).get(schema::def(Entity::Person), other).ok());
    t.reopen();
    CHECK(filesHoldingHer(t.path()).isEmpty());
}

TEST_CASE("Erasing someone who does not exist changes nothing", "[erasure]")
{
    TestDatabase t;
    test::addPerson(t.db());
    const qint64 audited = count(t.db(), "SELECT count(*) FROM audit");
    auto st = Erasure(t.db()).erasePerson(9999, QStringLiteral("coordinator"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind() == Error::Kind::NotFound);
    CHECK(count(t.db(), "SELECT count(*) FROM person") == 1);
    CHECK(count(t.db(), "SELECT count(*) FROM audit") == audited);
}

TEST_CASE("An erasure travels through a bundle and leaves only tombstones at the other desk",
          "[erasure][sync]")
{
    TestDatabase a(false), b(false);
    REQUIRE(DeskStore(a.db())
                .createLocal(QStringLiteral("San Siro"), QStringLiteral("Milano"),
                             QStringLiteral("MI-SS"))
                .ok());
    REQUIRE(DeskStore(b.db())
                .createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona"),
                             QStringLiteral("BA-RA"))
                .ok());
    const qint64 her = addHerCase(a.db());
    const QByteArray before = fullBundle(a.db());
    importBundle(b.db(), before);
    REQUIRE(count(b.db(), "SELECT count(*) FROM person") == 1);
    REQUIRE_FALSE(filesHoldingHer(b.path()).isEmpty());

    REQUIRE(Erasure(a.db()).erasePerson(her, QStringLiteral("coordinator")).ok());
    importBundle(b.db(), fullBundle(a.db()));

    CHECK(count(b.db(), "SELECT count(*) FROM person") == 0);
    CHECK(count(b.db(), "SELECT count(*) FROM consent") == 0);
    CHECK(count(b.db(), "SELECT count(*) FROM tombstone WHERE entity = 'person' AND erased = 1") ==
          1);
    INFO(filesHoldingHer(b.path()).join(QStringLiteral("\n")).toStdString());
    CHECK(filesHoldingHer(b.path()).isEmpty());

    // The old bundle, applied again, does not bring her back.
    importBundle(b.db(), before);
    CHECK(count(b.db(), "SELECT count(*) FROM person") == 0);
    CHECK(filesHoldingHer(b.path()).isEmpty());
}
