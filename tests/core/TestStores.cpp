#include <catch2/catch.hpp>

#include "core/storage/AuditLog.h"
#include "core/storage/DeskStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/UserStore.h"
#include "core/sync/FieldClocks.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

qint64 scalar(Database& db, const char* sql)
{
    auto v = db.connection().scalar(sql);
    REQUIRE(v.ok());
    return *v;
}

// One valid record of every entity, linked to each other.
std::vector<Record> oneOfEach(Database& db)
{
    std::vector<Record> all;
    UserStore users(db);
    auto op = users.create(QStringLiteral("giulia"), QStringLiteral("Giulia Rossi"),
                           QStringLiteral("operator"), QStringLiteral("a long password"));
    REQUIRE(op.ok());
    const qint64 person = test::addPerson(db);
    Record project(Entity::Project);
    project.set("name", QStringLiteral("Women4Integration"));
    project.set("start_date", QStringLiteral("2025-01-01"));
    project.set("end_date", QStringLiteral("2026-12-31"));
    const qint64 projectId = test::add(db, project);
    const qint64 path = test::add(db, test::path().with("project_id", projectId));
    const qint64 session = test::add(db, test::session(path));
    test::add(db, test::enrolment(path, person));
    const qint64 service = test::add(db, test::service());
    const qint64 employer = test::add(db, test::employer());
    auto rec = [](Entity e) { return Record(e); };
    all.push_back(rec(Entity::ProjectTarget).with("project_id", projectId)
                      .with("indicator", QStringLiteral("people_reached")).with("target", 300));
    all.push_back(rec(Entity::Consent).with("person_id", person)
                      .with("purpose", QStringLiteral("services")).with("legal_basis", QStringLiteral("consent"))
                      .with("given_on", QStringLiteral("2026-02-10")));
    all.push_back(rec(Entity::Assessment).with("person_id", person)
                      .with("assessed_on", QStringLiteral("2026-02-11")).with("need_language", 3)
                      .with("self_esteem", 2).with("operator_id", op->id()));
    all.push_back(rec(Entity::PlanGoal).with("person_id", person).with("domain", QStringLiteral("language"))
                      .with("goal", QStringLiteral("Reach A2")).with("status", QStringLiteral("open")));
    all.push_back(test::attendance(session, person).with("hours", 2.5));
    all.push_back(rec(Entity::Intervention).with("person_id", person).with("kind", QStringLiteral("legal"))
                      .with("date", QStringLiteral("2026-03-01")).with("minutes", 45));
    all.push_back(rec(Entity::Referral).with("person_id", person).with("service_id", service)
                      .with("referred_on", QStringLiteral("2026-03-02")).with("status", QStringLiteral("sent")));
    all.push_back(rec(Entity::Engagement).with("employer_id", employer)
                      .with("date", QStringLiteral("2026-03-03")).with("kind", QStringLiteral("awareness_meeting")));
    all.push_back(rec(Entity::Placement).with("person_id", person).with("employer_id", employer)
                      .with("type", QStringLiteral("apprenticeship")).with("stage", QStringLiteral("proposed")));
    all.push_back(rec(Entity::Event).with("name", QStringLiteral("Festa di quartiere"))
                      .with("type", QStringLiteral("public_event")).with("date", QStringLiteral("2026-05-20"))
                      .with("women", 40).with("men", 12));
    all.push_back(rec(Entity::Followup).with("person_id", person)
                      .with("reason", QStringLiteral("programme_exit")).with("due_on", QStringLiteral("2026-12-01")));
    all.push_back(rec(Entity::Venture).with("person_id", person)
                      .with("business_idea", QStringLiteral("Tailoring shop")).with("stage", QStringLiteral("idea")));
    const qint64 openDay = test::add(db, rec(Entity::Event).with("name", QStringLiteral("Open day"))
                                             .with("type", QStringLiteral("open_day"))
                                             .with("date", QStringLiteral("2026-04-02")));
    all.push_back(rec(Entity::EventParticipant).with("event_id", openDay).with("person_id", person));
    return all;
}

} // namespace

TEST_CASE("every entity round-trips through create, read, update, list and delete", "[stores]")
{
    TestDatabase t;
    RecordStore store(t.db());
    for (Record& r : oneOfEach(t.db())) {
        INFO(r.def().name);
        auto created = store.insert(r);
        INFO((created ? QString() : created.error().message()).toStdString());
        REQUIRE(created.ok());
        auto read = store.get(r.def(), created->id());
        REQUIRE(read.ok());
        for (int i = 0; i < r.size(); ++i)
            CHECK(read->value(i) == created->value(i));
        CHECK(read->uuid().size() == 36);
        CHECK(read->deskId() == t->localDeskId());
        auto byUuid = store.getByUuid(r.def(), created->uuid());
        REQUIRE(byUuid.ok());
        CHECK(byUuid->id() == created->id());
        auto listed = store.list(r.def());
        REQUIRE(listed.ok());
        CHECK(std::any_of(listed->begin(), listed->end(),
                          [&](const Record& x) { return x.id() == created->id(); }));
    }
    // Every entity now has at least one row; delete the person and see the cascade.
    for (const EntityDef* def : schema::entities()) {
        INFO(def->name);
        CHECK(*store.count(*def) >= (def->name == std::string("user") ? 1 : 1));
    }
    auto people = store.list(schema::def(Entity::Person));
    REQUIRE(store.remove(schema::def(Entity::Person), people->front().id()).ok());
    for (Entity e : {Entity::Person, Entity::Consent, Entity::Assessment, Entity::PlanGoal,
                     Entity::Enrolment, Entity::Attendance, Entity::Intervention,
                     Entity::Referral, Entity::Placement})
        CHECK(*store.count(schema::def(e)) == 0);
    CHECK(scalar(t.db(), "SELECT count(*) FROM tombstone WHERE entity = 'attendance'") == 1);
    CHECK(scalar(t.db(), "SELECT count(*) FROM tombstone WHERE entity = 'person'") == 1);
    CHECK(*store.count(schema::def(Entity::Service)) == 1);
}

TEST_CASE("an update writes only what changed and stamps those fields", "[stores]")
{
    TestDatabase t;
    PersonStore people(t.db());
    auto amina = people.create(test::person());
    REQUIRE(amina.ok());
    CHECK(scalar(t.db(), "SELECT hlc_fields IS NULL FROM person") == 1);
    Record changed = amina.value();
    changed.set("phone", QStringLiteral("+39 333 1234567"));
    changed.set("family_name", QStringLiteral("Diallo"));
    REQUIRE(people.update(changed).ok());
    Statement st = t->connection().prepare("SELECT hlc, hlc_fields FROM person");
    REQUIRE(st.next());
    const FieldClocks clocks = FieldClocks::parse(st.text(1));
    REQUIRE(clocks.stamps().size() == 1);
    REQUIRE(clocks.find(QStringLiteral("phone")));
    CHECK(clocks.find(QStringLiteral("phone"))->hlc > st.int64(0));
    CHECK(clocks.find(QStringLiteral("phone"))->desk == t->localDeskId());
    // The new value has seen the one it replaced: the record's creation.
    CHECK(clocks.find(QStringLiteral("phone"))->hasSeen({st.int64(0), t->localDeskId(), {}}));
}

TEST_CASE("a refused update leaves the record as it was", "[stores]")
{
    TestDatabase t;
    PersonStore people(t.db());
    auto amina = people.create(test::person());
    Record changed = amina.value();
    changed.set("phone", QStringLiteral("+39 333 1234567"));
    changed.set("birth_date", QStringLiteral("2030-01-01"));
    auto r = people.update(changed);
    REQUIRE_FALSE(r.ok());
    auto stored = people.get(schema::def(Entity::Person), amina->id());
    CHECK(stored->isNull("phone"));
    CHECK(stored->text("birth_date") == QStringLiteral("1990-04-12"));
}

TEST_CASE("case numbers are per desk and never reused", "[stores]")
{
    TestDatabase t;
    PersonStore people(t.db());
    DeskStore desks(t.db());
    auto raval = desks.create(QStringLiteral("Raval"), QStringLiteral("BA-RA"), QStringLiteral("Barcelona"));
    REQUIRE(raval.ok());
    auto a = people.create(test::person());
    auto b = people.create(test::person(QStringLiteral("Fatima"), QStringLiteral("Zahra")));
    Record there = test::person(QStringLiteral("Rosa"), QStringLiteral("Quispe"));
    there.setDeskId(raval->id());
    auto c = people.create(there);
    REQUIRE((a.ok() && b.ok() && c.ok()));
    CHECK(a->text("case_number") == QStringLiteral("MI-SS-000001"));
    CHECK(b->text("case_number") == QStringLiteral("MI-SS-000002"));
    CHECK(c->text("case_number") == QStringLiteral("BA-RA-000001"));
    REQUIRE(people.remove(schema::def(Entity::Person), b->id()).ok());
    CHECK(people.create(test::person())->text("case_number") == QStringLiteral("MI-SS-000003"));
    // A refused person does not use up a number.
    CHECK_FALSE(people.create(test::person().with("gender", QStringLiteral("x"))).ok());
    CHECK(people.create(test::person())->text("case_number") == QStringLiteral("MI-SS-000004"));
    // The case number is the application's, not the user's.
    Record edited = a.value();
    edited.set("case_number", QStringLiteral("MI-SS-999999"));
    CHECK(people.update(edited)->text("case_number") == QStringLiteral("MI-SS-000001"));
    CHECK(people.resolve(QStringLiteral("mi-ss-000001"))->id() == a->id());
    CHECK(people.resolve(a->uuid())->id() == a->id());
    CHECK(people.resolve(QStringLiteral("MI-SS-000002")).error().kind() == Error::Kind::NotFound);
}

TEST_CASE("duplicates and references still in use are refused with a sentence", "[stores]")
{
    TestDatabase t;
    const qint64 path = test::add(t.db(), test::path());
    const qint64 amina = test::addPerson(t.db());
    test::add(t.db(), test::enrolment(path, amina));
    RecordStore store(t.db());
    auto twice = store.insert(test::enrolment(path, amina));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind() == Error::Kind::Conflict);
    CHECK(twice.error().message().contains(QStringLiteral("already one with the same path and person")));

    const qint64 service = test::add(t.db(), test::service());
    Record referral(Entity::Referral);
    referral.set("person_id", amina);
    referral.set("service_id", service);
    referral.set("referred_on", QStringLiteral("2026-05-02"));
    referral.set("status", QStringLiteral("sent"));
    test::add(t.db(), referral);
    auto removed = store.remove(schema::def(Entity::Service), service);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message().contains(QStringLiteral("1 referral record(s) refer to it")));
    CHECK(*store.count(schema::def(Entity::Service)) == 1);
}

TEST_CASE("a store works without a desk only for the desk itself", "[stores]")
{
    TestDatabase t(false);
    PersonStore people(t.db());
    auto r = people.create(test::person());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("percorsi-cli init")));
    DeskStore desks(t.db());
    auto desk = desks.createLocal(QStringLiteral("Rosengård"), QStringLiteral("Malmö"));
    REQUIRE(desk.ok());
    CHECK(desk->text("code") == QStringLiteral("MA-RO"));
    CHECK_FALSE(desks.createLocal(QStringLiteral("Again"), QString()).ok());
    CHECK(people.create(test::person()).ok());
}

TEST_CASE("desk codes derive from city and name", "[stores]")
{
    CHECK(DeskStore::deriveCode(QStringLiteral("Milano"), QStringLiteral("San Siro")) == QStringLiteral("MI-SS"));
    CHECK(DeskStore::deriveCode(QStringLiteral("Amsterdam"), QStringLiteral("Zuidoost")) == QStringLiteral("AM-ZU"));
    CHECK(DeskStore::deriveCode(QStringLiteral("Barcelona"), QStringLiteral("Raval")) == QStringLiteral("BA-RA"));
}

TEST_CASE("passwords are Argon2id hashes that verify", "[stores][security]")
{
    TestDatabase t;
    UserStore users(t.db());
    CHECK_FALSE(users.create(QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("trainer"),
                             QStringLiteral("short")).ok());
    auto anna = users.create(QStringLiteral("anna"), QStringLiteral("Anna Berg"),
                             QStringLiteral("trainer"), QStringLiteral("correct horse"));
    REQUIRE(anna.ok());
    CHECK(anna->text("password_hash").startsWith(QStringLiteral("$argon2id$")));
    CHECK(users.checkPassword(QStringLiteral("anna"), QStringLiteral("correct horse")));
    CHECK_FALSE(users.checkPassword(QStringLiteral("anna"), QStringLiteral("wrong horse")));
    REQUIRE(users.setPassword(anna->id(), QStringLiteral("battery staple")).ok());
    CHECK(users.checkPassword(QStringLiteral("anna"), QStringLiteral("battery staple")));
    CHECK_FALSE(users.create(QStringLiteral("Anna Berg"), QStringLiteral("x"), QStringLiteral("trainer"),
                             QStringLiteral("correct horse")).ok());
}

TEST_CASE("the audit log is append-only and detects tampering", "[stores][security]")
{
    TestDatabase t;
    AuditLog audit(t.db());
    REQUIRE(audit.append(QStringLiteral("giulia"), QStringLiteral("view"), QStringLiteral("person"),
                         QStringLiteral("7c1f…")).ok());
    REQUIRE(audit.append(QStringLiteral("giulia"), QStringLiteral("update"), QStringLiteral("person")).ok());
    REQUIRE(audit.append(QStringLiteral("admin"), QStringLiteral("export")).ok());
    CHECK(audit.verify().ok());
    CHECK_FALSE(t->connection().exec("UPDATE audit SET action = 'nothing' WHERE id = 2").ok());
    CHECK_FALSE(t->connection().exec("DELETE FROM audit WHERE id = 2").ok());
    // Someone who drops the guard and edits the file is still found out.
    REQUIRE(t->connection().exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete").ok());
    REQUIRE(t->connection().exec("UPDATE audit SET username = 'someone' WHERE id = 2").ok());
    CHECK(audit.verify().error().message().contains(QStringLiteral("entry 2 was altered")));
    REQUIRE(t->connection().exec("UPDATE audit SET username = 'giulia' WHERE id = 2").ok());
    CHECK(audit.verify().ok());
    REQUIRE(t->connection().exec("DELETE FROM audit WHERE id = 2").ok());
    CHECK(audit.verify().error().message().contains(QStringLiteral("entry 3")));
}
