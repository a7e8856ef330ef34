#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include <QBuffer>
#include <QFile>

#include <quazip/quazip.h>

#include "core/demo/DemoGenerator.h"
#include "core/storage/Connection.h"
#include "core/storage/DeskStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/SyncStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/ConflictResolver.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

// A desk of its own, in its own database.
struct Desk
{
    Desk(const QString& name, const QString& city, const QString& code) : t(false)
    {
        REQUIRE(DeskStore(t.db()).createLocal(name, city, code).ok());
    }
    Database& db() { return t.db(); }
    TestDatabase t;
};

QByteArray exportFrom(Database& db, const QString& format = QStringLiteral("json"),
                      const QString& peer = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BundleExporter::Options o;
    o.format = format;
    o.peerDesk = peer;
    auto summary = BundleExporter(db).write(&buffer, o);
    INFO((summary ? QString() : summary.error().message()).toStdString());
    REQUIRE(summary.ok());
    return buffer.data();
}

Result<BundleImporter::Report> importInto(Database& db, QByteArray bytes, bool dryRun = false)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    BundleImporter::Options o;
    o.dryRun = dryRun;
    return BundleImporter(db).read(&buffer, o);
}

void mustImport(Database& db, const QByteArray& bytes)
{
    auto r = importInto(db, bytes);
    INFO((r ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
}

QString digest(Database& db)
{
    return *Digest::compute(db);
}

// A small programme at one desk: people, a path with a session and attendance.
void fill(Database& db)
{
    const qint64 amina = test::addPerson(db, QStringLiteral("Amina"), QStringLiteral("Diallo"));
    const qint64 fatima = test::addPerson(db, QStringLiteral("Fátima"), QStringLiteral("El Amrani"));
    const qint64 path = test::add(db, test::path());
    const qint64 session = test::add(db, test::session(path));
    test::add(db, test::enrolment(path, amina));
    test::add(db, test::enrolment(path, fatima));
    test::add(db, test::attendance(session, amina).with("hours", 2.5));
    test::add(db, test::attendance(session, fatima, QStringLiteral("absent")));
    test::add(db, test::service());
}

} // namespace

TEST_CASE("a bundle carries everything, in JSON Lines and in CSV alike", "[sync]")
{
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        INFO(format.toStdString());
        Desk milano(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS"));
        Desk raval(QStringLiteral("Raval"), QStringLiteral("Barcelona"), QStringLiteral("BA-RA"));
        fill(milano.db());
        PersonStore people(milano.db());
        Record amina = *people.resolve(QStringLiteral("MI-SS-000001"));
        amina.set("notes", QStringLiteral("Line one, \"quoted\"\nline two; ünïcödé"));
        REQUIRE(people.update(amina).ok());
        mustImport(raval.db(), exportFrom(milano.db(), format));
        mustImport(milano.db(), exportFrom(raval.db(), format));
        CHECK(digest(milano.db()) == digest(raval.db()));
        CHECK(PersonStore(raval.db()).resolve(QStringLiteral("MI-SS-000001"))->text("notes") == amina.text("notes"));

        const QString before = digest(raval.db());
        auto again = importInto(raval.db(), exportFrom(milano.db(), format));
        REQUIRE(again.ok());
        CHECK(again->stats.inserted == 0);
        CHECK(again->stats.updated == 0);
        CHECK(digest(raval.db()) == before);
    }
}

TEST_CASE("the largest entities, read on connections of their own, travel like the rest", "[sync]")
{
    TestDatabase source(false, DemoGenerator::anchorDate());
    test::addDemo(source.db(), 150, 5);
    // Enough marks for the register to be read apart (kApartRecords).
    REQUIRE(*source->connection().scalar("SELECT count(*) FROM attendance") >= 1000);
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        INFO(format.toStdString());
        TestDatabase raval(false, DemoGenerator::anchorDate());
        REQUIRE(DeskStore(raval.db())
                    .createLocal(QStringLiteral("Raval ") + format, QStringLiteral("Barcelona"),
                                 QStringLiteral("BA-") + format.toUpper())
                    .ok());
        mustImport(raval.db(), exportFrom(source.db(), format));
        mustImport(source.db(), exportFrom(raval.db(), format));
        CHECK(digest(source.db()) == digest(raval.db()));
        CHECK(*raval->connection().scalar("SELECT count(*) FROM attendance") ==
              *source->connection().scalar("SELECT count(*) FROM attendance"));
    }
    SECTION("the progress only goes up, to 100, and a cancel stops every thread")
    {
        std::vector<int> seen;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        BundleExporter::Options o;
        o.progress = [&](int percent) {
            seen.push_back(percent);
            return true;
        };
        REQUIRE(BundleExporter(source.db()).write(&buffer, o).ok());
        REQUIRE(!seen.empty());
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.back() == 100);

        REQUIRE(seen.size() >= 2);
        // At the start, while the threads write, and at the last report but the end.
        for (const int at : {0, 1, 50, seen[seen.size() - 2]}) {
            INFO(at);
            QBuffer cancelled;
            cancelled.open(QIODevice::WriteOnly);
            o.progress = [&](int percent) { return percent < at; };
            auto refused = BundleExporter(source.db()).write(&cancelled, o);
            REQUIRE(!refused.ok());
            CHECK(refused.error().message().contains(QStringLiteral("cancelled")));
        }
    }
}

TEST_CASE("edits of different fields both survive, and the same field keeps a conflict", "[sync]")
{
    Desk a(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS"));
    Desk b(QStringLiteral("Raval"), QStringLiteral("Barcelona"), QStringLiteral("BA-RA"));
    fill(a.db());
    mustImport(b.db(), exportFrom(a.db()));
    mustImport(a.db(), exportFrom(b.db())); // now each knows the other
    PersonStore pa(a.db()), pb(b.db());
    Record ra = *pa.resolve(QStringLiteral("MI-SS-000001"));
    Record rb = *pb.resolve(QStringLiteral("MI-SS-000001"));
    ra.set("phone", QStringLiteral("+39 02 1111 1111"));
    ra.set("preferred_name", QStringLiteral("Mina"));
    rb.set("phone", QStringLiteral("+34 93 222 2222"));
    rb.set("neighbourhood", QStringLiteral("Raval"));
    REQUIRE(pa.update(ra).ok());
    REQUIRE(pb.update(rb).ok());
    const QByteArray fromA = exportFrom(a.db(), QStringLiteral("json"), QStringLiteral("BA-RA"));
    const QByteArray fromB = exportFrom(b.db(), QStringLiteral("csv"), QStringLiteral("MI-SS"));
    mustImport(b.db(), fromA);
    mustImport(a.db(), fromB);
    CHECK(digest(a.db()) == digest(b.db()));
    Record merged = *pa.resolve(QStringLiteral("MI-SS-000001"));
    CHECK(merged.text("preferred_name") == QStringLiteral("Mina"));
    CHECK(merged.text("neighbourhood") == QStringLiteral("Raval"));
    // The later stamp wins; the other value is kept as a conflict on both desks.
    const QString kept = merged.text("phone");
    REQUIRE((kept == QStringLiteral("+34 93 222 2222") || kept == QStringLiteral("+39 02 1111 1111")));
    const QString lost = kept.startsWith(QStringLiteral("+34")) ? QStringLiteral("+39 02 1111 1111")
                                                                 : QStringLiteral("+34 93 222 2222");
    for (Desk* d : {&a, &b}) {
        std::vector<SyncStore::Conflict> open;
        SyncStore(d->db()).forEachConflict([&](const SyncStore::Conflict& c) {
            open.push_back(c);
            return true;
        }, true);
        REQUIRE(open.size() == 1);
        CHECK(open[0].field == QStringLiteral("phone"));
        CHECK(open[0].lostValue == lost);
        CHECK(open[0].keptValue == kept);
    }
}

TEST_CASE("deletions travel as tombstones and win over edits", "[sync]")
{
    Desk a(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS"));
    Desk b(QStringLiteral("Raval"), QStringLiteral("Barcelona"), QStringLiteral("BA-RA"));
    fill(a.db());
    mustImport(b.db(), exportFrom(a.db()));
    PersonStore pa(a.db()), pb(b.db());
    const Record amina = *pa.resolve(QStringLiteral("MI-SS-000001"));
    REQUIRE(pa.remove(schema::def(Entity::Person), amina.id()).ok());
    Record edited = *pb.resolve(QStringLiteral("MI-SS-000001"));
    edited.set("phone", QStringLiteral("+34 93 333 3333"));
    REQUIRE(pb.update(edited).ok());
    mustImport(b.db(), exportFrom(a.db()));
    mustImport(a.db(), exportFrom(b.db()));
    CHECK(digest(a.db()) == digest(b.db()));
    CHECK_FALSE(pb.resolve(QStringLiteral("MI-SS-000001")).ok());
    CHECK(*RecordStore(b.db()).count(schema::def(Entity::Attendance)) == 1);
}

TEST_CASE("any set of bundles in any order, with repeats, gives every desk the same content", "[sync][property]")
{
    std::mt19937 rng(20261122);
    std::vector<std::unique_ptr<Desk>> desks;
    desks.push_back(std::make_unique<Desk>(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS")));
    desks.push_back(std::make_unique<Desk>(QStringLiteral("Raval"), QStringLiteral("Barcelona"), QStringLiteral("BA-RA")));
    desks.push_back(std::make_unique<Desk>(QStringLiteral("Zuidoost"), QStringLiteral("Amsterdam"), QStringLiteral("AM-ZU")));
    const QStringList codes{QStringLiteral("MI-SS"), QStringLiteral("BA-RA"), QStringLiteral("AM-ZU")};
    for (auto& d : desks)
        for (int i = 0; i < 4; ++i)
            test::addPerson(d->db(), QStringLiteral("Given%1").arg(i), QStringLiteral("Family"));

    // What the test knows: every value written, and those replaced knowingly.
    std::set<std::tuple<QString, QString, QString>> written, replacedKnowingly;
    int counter = 0;
    bool desksKnown = false; // a peer's bundle can only be asked for once its desk is known
    auto exchange = [&](int from, int to) {
        const QString format = rng() % 2 ? QStringLiteral("json") : QStringLiteral("csv");
        const QString peer = desksKnown && rng() % 2 ? codes[to] : QString();
        mustImport(desks[size_t(to)]->db(), exportFrom(desks[size_t(from)]->db(), format, peer));
    };
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            if (i != j)
                exchange(i, j);

    desksKnown = true;
    const char* fields[] = {"phone", "preferred_name", "neighbourhood"};
    for (int round = 0; round < 6; ++round) {
        for (size_t d = 0; d < desks.size(); ++d) {
            RecordStore store(desks[d]->db());
            auto people = *store.list(schema::def(Entity::Person));
            for (int e = 0; e < 3 && !people.empty(); ++e) {
                Record r = people[rng() % people.size()];
                if (rng() % 25 == 0) {
                    REQUIRE(store.remove(r.def(), r.id()).ok());
                    continue;
                }
                const char* field = fields[rng() % 3];
                const QString value = QString::fromLatin1(field) == QLatin1String("phone")
                                          ? QStringLiteral("+39 02 %1").arg(100000 + ++counter)
                                          : QStringLiteral("v%1").arg(++counter);
                if (!r.isNull(field))
                    replacedKnowingly.insert({r.uuid(), QString::fromLatin1(field), r.text(field)});
                written.insert({r.uuid(), QString::fromLatin1(field), value});
                r.set(field, value);
                auto saved = store.update(r);
                REQUIRE(saved.ok());
                people = *store.list(schema::def(Entity::Person));
            }
        }
        for (int k = 0; k < 4; ++k) {
            const int from = int(rng() % 3), to = int((from + 1 + rng() % 2) % 3);
            exchange(from, to);
            if (rng() % 3 == 0)
                exchange(from, to); // a repeat
        }
    }
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j)
                    exchange(i, j);

    const QString d0 = digest(desks[0]->db());
    CHECK(digest(desks[1]->db()) == d0);
    CHECK(digest(desks[2]->db()) == d0);

    // Every value that is not the final one and was not replaced by an edit
    // made after seeing it was overwritten concurrently: it is among the conflicts.
    std::set<std::tuple<QString, QString, QString>> lost;
    SyncStore(desks[0]->db()).forEachConflict([&](const SyncStore::Conflict& c) {
        lost.insert({c.recordUuid, c.field, c.lostValue});
        return true;
    });
    RecordStore store(desks[0]->db());
    int checked = 0;
    for (const auto& [uuid, field, value] : written) {
        auto r = store.getByUuid(schema::def(Entity::Person), uuid);
        if (!r || r->text(field) == value || replacedKnowingly.count({uuid, field, value}))
            continue;
        INFO(uuid.toStdString() << " " << field.toStdString() << " " << value.toStdString());
        CHECK(lost.count({uuid, field, value}) == 1);
        ++checked;
    }
    CHECK(checked > 0);
}

TEST_CASE("a damaged or hostile bundle is refused whole and changes nothing", "[sync][refuse]")
{
    Desk a(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS"));
    Desk b(QStringLiteral("Raval"), QStringLiteral("Barcelona"), QStringLiteral("BA-RA"));
    fill(a.db());
    const QByteArray good = exportFrom(a.db());
    const QString before = digest(b.db());
    auto refused = [&](QByteArray bytes, const QString& words) {
        INFO("expected a refusal saying: " << words.toStdString());
        auto r = importInto(b.db(), bytes);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message().toStdString());
        CHECK(r.error().message().contains(words));
        CHECK(digest(b.db()) == before);
    };
    refused(good.left(good.size() / 2), QStringLiteral("not a zip archive, or it is truncated"));
    refused(QByteArray("not a zip at all"), QStringLiteral("not a zip archive"));
    // A byte flipped in the middle of the first entry's deflated data: after
    // its local header (whose name and extra field lengths are at 26 and 28),
    // half its compressed size as the zip directory gives it.
    QByteArray flipped = good;
    QBuffer goodBuffer(&flipped);
    QuaZip goodZip(&goodBuffer);
    REQUIRE(goodZip.open(QuaZip::mdUnzip));
    const qint64 compressed = qint64(goodZip.getFileInfoList64().value(0).compressedSize);
    goodZip.close();
    auto le16 = [&](int at) { return int(uchar(good[at])) | int(uchar(good[at + 1])) << 8; };
    const int middle = 30 + le16(26) + le16(28) + int(compressed / 2);
    REQUIRE(middle < good.size());
    flipped[middle] = char(flipped[middle] ^ 0x40);
    refused(flipped, QStringLiteral("The bundle was refused"));
    auto r = importInto(b.db(), good, true);
    REQUIRE(r.ok());
    CHECK(r->stats.inserted > 0);
    CHECK(digest(b.db()) == before); // a dry run changes nothing
}

TEST_CASE("a coordinator's reversal of a conflict is an edit that syncs", "[sync]")
{
    Desk a(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS"));
    Desk b(QStringLiteral("Raval"), QStringLiteral("Barcelona"), QStringLiteral("BA-RA"));
    fill(a.db());
    mustImport(b.db(), exportFrom(a.db()));
    mustImport(a.db(), exportFrom(b.db()));
    PersonStore pa(a.db()), pb(b.db());
    Record ra = *pa.resolve(QStringLiteral("MI-SS-000002"));
    Record rb = *pb.resolve(QStringLiteral("MI-SS-000002"));
    ra.set("language_level", QStringLiteral("A2"));
    rb.set("language_level", QStringLiteral("B1"));
    REQUIRE(pa.update(ra).ok());
    REQUIRE(pb.update(rb).ok());
    mustImport(b.db(), exportFrom(a.db(), QStringLiteral("json"), QStringLiteral("BA-RA")));
    mustImport(a.db(), exportFrom(b.db(), QStringLiteral("json"), QStringLiteral("MI-SS")));
    SyncStore::Conflict open;
    SyncStore(a.db()).forEachConflict([&](const SyncStore::Conflict& c) { open = c; return false; }, true);
    REQUIRE(open.id > 0);
    REQUIRE(ConflictResolver(a.db()).reverse(open.id).ok());
    CHECK_FALSE(ConflictResolver(a.db()).keep(open.id).ok()); // already resolved
    mustImport(b.db(), exportFrom(a.db(), QStringLiteral("csv"), QStringLiteral("BA-RA")));
    CHECK(pb.resolve(QStringLiteral("MI-SS-000002"))->text("language_level") == open.lostValue);
    CHECK(digest(a.db()) == digest(b.db()));
    int stillOpen = 0;
    SyncStore(b.db()).forEachConflict([&](const SyncStore::Conflict&) { ++stillOpen; return true; }, true);
    CHECK(stillOpen == 0);
}

TEST_CASE("an encrypted bundle opens only with its passphrase, and any change to it is refused", "[sync][crypto]")
{
    Desk a(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS"));
    Desk b(QStringLiteral("Raval"), QStringLiteral("Barcelona"), QStringLiteral("BA-RA"));
    fill(a.db());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BundleExporter::Options o;
    o.passphrase = QStringLiteral("correct horse battery");
    REQUIRE(BundleExporter(a.db()).write(&buffer, o).ok());
    const QByteArray sealed = buffer.data();
    CHECK(sealed.startsWith("PRCSENC1"));
    CHECK_FALSE(sealed.contains("Diallo"));
    const QString before = digest(b.db());
    auto attempt = [&](QByteArray bytes, const QString& pass) {
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        BundleImporter::Options io;
        io.passphrase = pass;
        return BundleImporter(b.db()).read(&in, io);
    };
    CHECK(attempt(sealed, {}).error().message().contains(QStringLiteral("give its passphrase")));
    CHECK(attempt(sealed, QStringLiteral("wrong horse battery")).error().message().contains(QStringLiteral("wrong passphrase")));
    QByteArray flipped = sealed;
    flipped[flipped.size() - 40] = char(flipped[flipped.size() - 40] ^ 1);
    CHECK_FALSE(attempt(flipped, o.passphrase).ok());
    CHECK_FALSE(attempt(sealed.left(sealed.size() - 1), o.passphrase).ok());
    CHECK_FALSE(attempt(sealed + QByteArray("x"), o.passphrase).ok());
    CHECK(digest(b.db()) == before);
    REQUIRE(attempt(sealed, o.passphrase).ok());
    mustImport(a.db(), exportFrom(b.db()));
    CHECK(digest(a.db()) == digest(b.db()));
}

// Writes the example bundle of docs/bundle-format.md. Run by hand
// (`core_tests "[.example]"`) when the format changes, then commit the file.
TEST_CASE("write the documentation's example bundle", "[.example]")
{
    Desk a(QStringLiteral("San Siro"), QStringLiteral("Milano"), QStringLiteral("MI-SS"));
    const qint64 amina = test::addPerson(a.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    const qint64 path = test::add(a.db(), test::path());
    const qint64 session = test::add(a.db(), test::session(path));
    test::add(a.db(), test::enrolment(path, amina));
    test::add(a.db(), test::attendance(session, amina).with("hours", 2.5));
    PersonStore people(a.db());
    Record r = *people.get(schema::def(Entity::Person), amina);
    r.set("phone", QStringLiteral("+39 333 123 4567"));
    REQUIRE(people.update(r).ok());
    QFile out(QStringLiteral(PERCORSI_TEST_DATA "/../../docs/example-bundle.percorsi"));
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(BundleExporter(a.db()).write(&out, {}).ok());
}
