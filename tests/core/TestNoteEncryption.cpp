#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <sodium.h>

#include "core/demo/DemoGenerator.h"
#include "core/exchange/PersonExport.h"
#include "core/security/Authenticator.h"
#include "core/security/DataKey.h"
#include "core/security/PasswordHash.h"
#include "core/storage/DeskStore.h"
#include "core/storage/Erasure.h"
#include "core/storage/FieldCipher.h"
#include "core/storage/KeyStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/UserStore.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("a long password");
const QString kMarker = QStringLiteral("Zebrafish-7Q3-asylum-hearing");

// A desk whose first administrator made the data key, with an operator who received it.
struct KeyedDesk
{
    TestDatabase t{false};
    qint64 admin = 0, op = 0, person = 0;

    explicit KeyedDesk(const QString& adminName = QStringLiteral("admin"),
                       const QString& opName = QStringLiteral("olga"),
                       const QString& deskCode = QStringLiteral("MI-SS"))
    {
        REQUIRE(DeskStore(t.db()).createLocal(deskCode, QStringLiteral("Milano"), deskCode).ok());
        t.actAsAdministrator();
        auto a = Authenticator(t.db()).createFirstAdministrator(adminName, adminName, kPassword);
        REQUIRE(a.ok());
        admin = a->userId;
        auto o = UserStore(t.db()).create(opName, opName, QStringLiteral("operator"), kPassword);
        REQUIRE(o.ok());
        op = o->id();
        person = test::addPerson(t.db());
    }

    void signIn(const QString& name, const QString& password = kPassword)
    {
        auto p = Authenticator(t.db()).signIn(name, password);
        INFO((p ? QString() : p.error().message()).toStdString());
        REQUIRE(p.ok());
    }

    // A social note: administrators read it (legal ones only their author and coordinators).
    qint64 addNote(const QString& text, const char* kind = "social")
    {
        return test::add(t.db(), Record(Entity::Intervention)
                                     .with("person_id", person)
                                     .with("kind", QLatin1StringView(kind))
                                     .with("date", QStringLiteral("2026-03-01"))
                                     .with("operator_id", op)
                                     .with("note", text));
    }

    Result<Record> note(qint64 id)
    {
        return RecordStore(t.db()).get(schema::def(Entity::Intervention), id);
    }

    QString stored(qint64 id)
    {
        Statement st = t->connection().prepare("SELECT note FROM intervention WHERE id = ?");
        st.bind(1, id);
        REQUIRE(st.next());
        return st.text(0);
    }

    void setStored(qint64 id, const QString& value)
    {
        Statement st = t->connection().prepare("UPDATE intervention SET note = ? WHERE id = ?");
        st.bind(1, value).bind(2, id);
        REQUIRE(st.run().ok());
    }
};

QStringList filesHolding(const QString& path, const QByteArray& pattern)
{
    QStringList found;
    const QFileInfo info(path);
    const QDir dir(info.absolutePath());
    for (const QString& name : dir.entryList({info.fileName() + QLatin1Char('*')}, QDir::Files)) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        if (f.readAll().contains(pattern)) found << name;
    }
    return found;
}

QByteArray bundleOf(Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = BundleExporter(db).write(&buffer, {});
    INFO((summary ? QString() : summary.error().message()).toStdString());
    REQUIRE(summary.ok());
    return buffer.data();
}

Status importInto(Database& db, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto report = BundleImporter(db).read(&buffer, {});
    return report ? Status() : Status(report.error());
}

} // namespace

TEST_CASE("Every sealed value has a nonce of its own, also across the generator's refills",
          "[crypt]")
{
    auto key = DataKey::generate();
    REQUIRE(key);
    constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QSet<QByteArray> nonces;
    for (int i = 0; i < 1000; ++i) { // several times what one draw from the generator gives
        const QByteArray plain = QByteArray::number(i);
        const QByteArray sealed = key->seal(plain, "person:1");
        REQUIRE(sealed.size() == kNonce + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
        nonces.insert(sealed.left(kNonce));
        auto opened = key->open(sealed, "person:1");
        REQUIRE(opened.ok());
        CHECK(*opened == plain);
    }
    CHECK(nonces.size() == 1000);
}

TEST_CASE("A saved note appears in no file of the database, only its ciphertext", "[crypt]")
{
    KeyedDesk d;
    d.signIn(QStringLiteral("olga"));
    const qint64 id = d.addNote(kMarker);
    CHECK(d.stored(id).startsWith(QLatin1String("enc1:")));
    CHECK(d.note(id)->text("note") == kMarker);
    // A second edit is sealed again, with a fresh nonce.
    Record edited = *d.note(id);
    edited.set("note", kMarker + QStringLiteral(" again"));
    REQUIRE(RecordStore(d.t.db()).update(edited).ok());
    CHECK(d.note(id)->text("note") == kMarker + QStringLiteral(" again"));

    INFO(filesHolding(d.t.path(), kMarker.toUtf8()).join(u',').toStdString());
    CHECK(filesHolding(d.t.path(), kMarker.toUtf8()).isEmpty());
    d.t.reopen();
    CHECK(filesHolding(d.t.path(), kMarker.toUtf8()).isEmpty());
    // The search index never holds note text.
    auto n = d.t->connection().scalar("SELECT count(*) FROM person_fts WHERE person_fts MATCH "
                                      "'zebrafish'");
    CHECK((!n.ok() || *n == 0));
}

TEST_CASE("A note moved to another record or field does not decrypt", "[crypt]")
{
    KeyedDesk d;
    const qint64 first = d.addNote(QStringLiteral("First note"));
    const qint64 second = d.addNote(QStringLiteral("Second note"));
    d.setStored(second, d.stored(first));
    auto moved = d.note(second);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().kind() == Error::Kind::Invalid);
    CHECK(moved.error().message().contains(QLatin1String("cannot be decrypted")));
    // Under another column's name the same value is refused too.
    const QByteArray uuid = d.note(first)->uuid().toLatin1();
    FieldCipher cipher(d.t.db());
    CHECK(cipher.open("intervention", "note", uuid, d.stored(first).toLatin1()).ok());
    CHECK_FALSE(cipher.open("intervention", "kind", uuid, d.stored(first).toLatin1()).ok());
    CHECK_FALSE(cipher.open("plan_goal", "notes", uuid, d.stored(first).toLatin1()).ok());
}

TEST_CASE("A tampered note is refused with a clear error and nothing is written", "[crypt]")
{
    KeyedDesk d;
    const qint64 id = d.addNote(QStringLiteral("Hearing on Monday"));
    QString value = d.stored(id);
    const int at = value.size() - 3;
    value[at] = value[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    d.setStored(id, value);
    auto read = d.note(id);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message().contains(QLatin1String("altered")));
    auto all = RecordStore(d.t.db()).list(schema::def(Entity::Intervention));
    CHECK_FALSE(all.ok());
    CHECK_FALSE(Digest::compute(d.t.db()).ok());
    CHECK(d.stored(id) == value);
}

TEST_CASE("The data key is wiped on lock and on a change of user, and opened again", "[crypt]")
{
    KeyedDesk d;
    d.signIn(QStringLiteral("olga"));
    const qint64 id = d.addNote(kMarker);
    REQUIRE(d.t->dataKey() != nullptr);

    d.t->forgetDataKey(); // what the window does when it locks
    CHECK(d.t->dataKey() == nullptr);
    CHECK(d.note(id)->value("note").isNull());
    CHECK_FALSE(Authenticator(d.t.db()).confirm(QStringLiteral("wrong password")).ok());
    CHECK(d.t->dataKey() == nullptr);
    REQUIRE(Authenticator(d.t.db()).confirm(kPassword).ok());
    REQUIRE(d.t->dataKey() != nullptr);
    CHECK(d.note(id)->text("note") == kMarker);

    d.t->setPrincipal(Principal::user(d.admin, QStringLiteral("admin"),
                                      QStringLiteral("administrator"), d.t->localDeskId()));
    CHECK(d.t->dataKey() == nullptr);
    d.t->setPrincipal(Principal());
    CHECK(d.t->dataKey() == nullptr);
}

TEST_CASE("An administrator's reset of a user loses no data", "[crypt]")
{
    KeyedDesk d;
    d.signIn(QStringLiteral("olga"));
    const qint64 id = d.addNote(kMarker);
    d.signIn(QStringLiteral("admin"));
    const QString fresh = QStringLiteral("a brand new password");
    REQUIRE(UserStore(d.t.db()).setPassword(d.op, fresh).ok());

    Authenticator auth(d.t.db());
    REQUIRE(auth.signIn(QStringLiteral("olga"), fresh).ok());
    CHECK(auth.notice().isEmpty());
    CHECK(d.note(id)->text("note") == kMarker);

    // Her own change re-wraps it too.
    const QString mine = QStringLiteral("only olga knows this");
    REQUIRE(UserStore(d.t.db()).changeOwnPassword(fresh, mine).ok());
    d.signIn(QStringLiteral("olga"), mine);
    CHECK(d.note(id)->text("note") == kMarker);
}

TEST_CASE("A session without the data key cannot reset a password that guards it", "[crypt]")
{
    KeyedDesk d;
    d.signIn(QStringLiteral("admin"));
    d.t->forgetDataKey();
    auto st = UserStore(d.t.db()).setPassword(d.op, QStringLiteral("another password"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind() == Error::Kind::Denied);
    d.signIn(QStringLiteral("olga"));
    CHECK(d.t->dataKey() != nullptr);
}

TEST_CASE("Notes travel plain between desks with different data keys and are sealed again",
          "[crypt][sync]")
{
    KeyedDesk a(QStringLiteral("anna"), QStringLiteral("olga"), QStringLiteral("MI-SS")),
        b(QStringLiteral("bea"), QStringLiteral("berit"), QStringLiteral("BA-RA"));
    const qint64 id = a.addNote(kMarker);
    const QString uuid = a.note(id)->uuid();
    const QByteArray bundle = bundleOf(a.t.db());

    auto keysA = a.stored(id);
    const Status imported = importInto(b.t.db(), bundle);
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    auto there = RecordStore(b.t.db()).getByUuid(schema::def(Entity::Intervention), uuid);
    REQUIRE(there.ok());
    CHECK(there->text("note") == kMarker);
    Statement st = b.t->connection().prepare("SELECT note FROM intervention WHERE uuid = ?");
    st.bind(1, uuid);
    REQUIRE(st.next());
    CHECK(st.text(0).startsWith(QLatin1String("enc1:")));
    CHECK(st.text(0) != keysA);
    CHECK(filesHolding(b.t.path(), kMarker.toUtf8()).isEmpty());

    // Back again: nothing changes, and both desks hold the same content.
    REQUIRE(importInto(a.t.db(), bundleOf(b.t.db())).ok());
    CHECK(*Digest::compute(a.t.db()) == *Digest::compute(b.t.db()));
    CHECK(a.note(id)->text("note") == kMarker);
}

TEST_CASE("Without the data key, bundles with notes are refused and notes stay sealed",
          "[crypt][sync]")
{
    KeyedDesk a(QStringLiteral("anna"), QStringLiteral("olga"), QStringLiteral("MI-SS")),
        b(QStringLiteral("bea"), QStringLiteral("berit"), QStringLiteral("BA-RA"));
    a.addNote(kMarker);
    const QByteArray bundle = bundleOf(a.t.db());

    a.t->forgetDataKey();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto exported = BundleExporter(a.t.db()).write(&out, {});
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().message().contains(QLatin1String("administrator must reset")));

    b.t->forgetDataKey();
    auto people = b.t->connection().scalar("SELECT count(*) FROM person");
    auto imported = importInto(b.t.db(), bundle);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().message().toStdString());
    CHECK(imported.error().message().contains(QLatin1String("administrator must reset")));
    CHECK(*b.t->connection().scalar("SELECT count(*) FROM person") == *people);
    CHECK(*b.t->connection().scalar("SELECT count(*) FROM intervention") == 0);
}

TEST_CASE("A user without a key of her own is told so and reads no note", "[crypt]")
{
    KeyedDesk d;
    const qint64 id = d.addNote(kMarker);
    // An account made by a session without the key (as before this version).
    d.t->forgetDataKey();
    auto nadia = UserStore(d.t.db()).create(QStringLiteral("nadia"), QStringLiteral("Nadia"),
                                            QStringLiteral("coordinator"), kPassword);
    REQUIRE(nadia.ok());
    Authenticator auth(d.t.db());
    REQUIRE(auth.signIn(QStringLiteral("nadia"), kPassword).ok());
    CHECK(auth.notice().contains(QLatin1String("administrator must reset your password")));
    auto read = d.note(id);
    REQUIRE(read.ok());
    CHECK(read->value("note").isNull());
    // She can still change the date without losing the note she cannot read.
    Record edited = *read;
    edited.set("date", QStringLiteral("2026-03-02"));
    REQUIRE(RecordStore(d.t.db()).update(edited).ok());
    auto newNote = RecordStore(d.t.db()).insert(Record(Entity::Intervention)
                                                    .with("person_id", d.person)
                                                    .with("kind", QStringLiteral("social"))
                                                    .with("date", QStringLiteral("2026-03-01"))
                                                    .with("note", QStringLiteral("x")));
    REQUIRE_FALSE(newNote.ok());
    CHECK(newNote.error().kind() == Error::Kind::Denied);

    // The administrator's reset gives her the key.
    d.signIn(QStringLiteral("admin"));
    REQUIRE(UserStore(d.t.db()).setPassword(nadia->id(), QStringLiteral("nadia's new one")).ok());
    Authenticator again(d.t.db());
    REQUIRE(again.signIn(QStringLiteral("nadia"), QStringLiteral("nadia's new one")).ok());
    CHECK(again.notice().isEmpty());
    CHECK(d.note(id)->text("note") == kMarker);
}

TEST_CASE("The person export and erasure work on sealed notes", "[crypt][erasure]")
{
    KeyedDesk d;
    d.addNote(kMarker);
    auto document = PersonExport(d.t.db()).build(d.person);
    REQUIRE(document.ok());
    CHECK(QJsonDocument(*document).toJson().contains(kMarker.toUtf8()));
    REQUIRE(Erasure(d.t.db()).erasePerson(d.person, QStringLiteral("admin")).ok());
    CHECK(*d.t->connection().scalar("SELECT count(*) FROM intervention") == 0);
}

TEST_CASE("Upgrading a database with plain notes seals them at the administrator's sign-in",
          "[crypt][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.percorsi"));
    REQUIRE(QFile::copy(QStringLiteral(PERCORSI_TEST_DATA "/schema-v8.percorsi"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto conn = Connection::open(path, Connection::Mode::ReadWrite);
        REQUIRE(conn.ok());
        // Accounts and a plain note as an older version wrote them.
        Statement users = conn.value()->prepare(
            "INSERT INTO app_user(id, uuid, desk_id, hlc, hlc_desk, username, full_name, role, "
            "password_hash, seq) VALUES (1, 'a0000000-0000-4000-8000-000000000001', 1, "
            "114000000000000008, 1, 'admin', 'Admin', 'administrator', ?1, 1), "
            "(2, 'a0000000-0000-4000-8000-000000000002', 1, 114000000000000009, 1, 'olga', "
            "'Olga', 'operator', ?1, 2)");
        users.bind(1, *PasswordHash::hash(kPassword));
        REQUIRE(users.run().ok());
        Statement note = conn.value()->prepare(
            "INSERT INTO intervention(id, uuid, desk_id, hlc, hlc_desk, person_id, kind, date, "
            "operator_id, note, seq) VALUES (1, 'b0000000-0000-4000-8000-000000000001', 1, "
            "114000000000000010, 1, 1, 'social', '2025-03-05', 2, ?, 3)");
        note.bind(1, kMarker);
        REQUIRE(note.run().ok());
    }
    auto opened = Database::open(path, TestDatabase::options());
    REQUIRE(opened.ok());
    Database& db = **opened;
    auto stored = [&] {
        Statement st = db.connection().prepare("SELECT note, hlc FROM intervention WHERE id = 1");
        REQUIRE(st.next());
        return std::pair(st.text(0), st.int64(1));
    };
    REQUIRE(stored().first == kMarker);

    // An operator first: the notes wait for an administrator to make the key.
    REQUIRE(Authenticator(db).signIn(QStringLiteral("olga"), kPassword).ok());
    CHECK(stored().first == kMarker);
    Authenticator admin(db);
    REQUIRE(admin.signIn(QStringLiteral("admin"), kPassword).ok());
    CHECK(admin.notice().isEmpty());
    CHECK(stored().first.startsWith(QLatin1String("enc1:")));
    CHECK(stored().second == 114000000000000010); // sealing is no edit
    auto read = RecordStore(db).get(schema::def(Entity::Intervention), 1);
    REQUIRE(read.ok());
    CHECK(read->text("note") == kMarker);

    // The operator's account predates the key: she is told what to ask for.
    Authenticator op(db);
    REQUIRE(op.signIn(QStringLiteral("olga"), kPassword).ok());
    CHECK(op.notice() == FieldCipher::noKeyMessage());
    CHECK(RecordStore(db).get(schema::def(Entity::Intervention), 1)->value("note").isNull());
}

TEST_CASE("The demo accounts read the demo's sealed notes", "[crypt][demo]")
{
    TestDatabase t(false, DemoGenerator::anchorDate());
    DemoGenerator::Options options;
    options.people = 30;
    REQUIRE(DemoGenerator(t.db()).generate(options).ok());
    auto plain = t->connection().scalar("SELECT count(*) FROM intervention WHERE note IS NOT NULL "
                                        "AND substr(note, 1, 5) <> 'enc1:'");
    CHECK(*plain == 0);
    auto sealed = t->connection().scalar(
        "SELECT count(*) FROM intervention WHERE substr(note, 1, 5) = 'enc1:'");
    REQUIRE(*sealed > 0);
    for (const char* name : {"admin", "coordinator"}) {
        REQUIRE(Authenticator(t.db())
                    .signIn(QLatin1StringView(name), DemoGenerator::demoPassword())
                    .ok());
        auto notes = RecordStore(t.db()).list(schema::def(Entity::Intervention));
        REQUIRE(notes.ok());
        const bool anyNote = std::any_of(notes->begin(), notes->end(), [](const Record& r) {
            return !r.text("note").isEmpty() && !r.text("note").startsWith(QLatin1String("enc1:"));
        });
        CHECK(anyNote);
    }
}
