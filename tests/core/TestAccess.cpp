#include <catch2/catch.hpp>

#include "core/search/PersonSearch.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/AttendanceStore.h"
#include "core/storage/DeskStore.h"
#include "core/storage/PersonFacts.h"
#include "core/storage/PersonQuery.h"
#include "core/storage/PersonStore.h"
#include "core/storage/UserStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("a long password");

// Two desks, a user of each role, three people (two at this desk, one of
// them in the trainer's path; one at the partner desk) and notes.
struct Office
{
    TestDatabase t;
    qint64 partnerDesk = 0;
    qint64 admin = 0, coordinator = 0, op = 0, colleague = 0, partnerOp = 0, trainer = 0;
    qint64 amina = 0, bianca = 0, chiara = 0;
    qint64 path = 0, session = 0, otherSession = 0;
    qint64 legalNote = 0, socialNote = 0;

    Office()
    {
        Database& db = t.db();
        partnerDesk = DeskStore(db).create(QStringLiteral("Raval"), QStringLiteral("BA-RV"))->id();
        admin = user("anna", "administrator");
        coordinator = user("carla", "coordinator");
        op = user("olga", "operator");
        colleague = user("ola", "operator");
        partnerOp = user("pilar", "operator", partnerDesk);
        trainer = user("tina", "trainer");
        amina = test::addPerson(db, QStringLiteral("Amina"), QStringLiteral("Diallo"));
        bianca = test::addPerson(db, QStringLiteral("Bianca"), QStringLiteral("Rossi"));
        Record c = test::person(QStringLiteral("Chiara"), QStringLiteral("Lopez"));
        c.setDeskId(partnerDesk);
        chiara = PersonStore(db).create(c)->id();
        path = test::add(db, test::path().with("trainer_id", trainer));
        session = test::add(db, test::session(path));
        const qint64 other = test::add(db, test::path(QStringLiteral("Cucina")));
        otherSession = test::add(db, test::session(other));
        test::add(db, test::enrolment(path, amina));
        test::add(db, test::enrolment(other, bianca));
        legalNote = test::add(db, intervention(amina, "legal", "Asylum hearing on 3 May"));
        socialNote = test::add(db, intervention(amina, "social", "Met the family"));
    }

    qint64 user(const char* name, const char* role, qint64 desk = 0)
    {
        auto u = UserStore(t.db()).create(QLatin1StringView(name), QLatin1StringView(name),
                                          QLatin1StringView(role), kPassword,
                                          desk ? desk : t->localDeskId());
        REQUIRE(u.ok());
        return u->id();
    }

    Record intervention(qint64 person, const char* kind, const char* note)
    {
        return Record(Entity::Intervention)
            .with("person_id", person)
            .with("kind", QLatin1StringView(kind))
            .with("date", QStringLiteral("2026-03-01"))
            .with("operator_id", op)
            .with("note", QString::fromUtf8(note));
    }

    void actAs(qint64 userId)
    {
        auto u = UserStore(t.db()).get(schema::def(Entity::User), userId);
        REQUIRE(u.ok());
        t->setPrincipal(Principal::user(userId, u->text("username"), u->text("role"), u->deskId()));
    }

    Result<Record> person(qint64 id)
    {
        return RecordStore(t.db()).get(schema::def(Entity::Person), id);
    }
    Result<Record> note(qint64 id)
    {
        return RecordStore(t.db()).get(schema::def(Entity::Intervention), id);
    }
    qint64 visiblePeople() { return *PersonQuery(t.db()).count({}); }
};

bool denied(const Status& st)
{
    return !st.ok() && st.error().kind() == Error::Kind::Denied;
}
template <typename T> bool denied(const Result<T>& r)
{
    return !r.ok() && r.error().kind() == Error::Kind::Denied;
}

} // namespace

TEST_CASE("without a principal every store refuses", "[access]")
{
    Office o;
    o.t->setPrincipal({});
    CHECK(denied(o.person(o.amina)));
    CHECK(denied(PersonQuery(o.t.db()).count({})));
    CHECK(denied(PersonSearch(o.t.db()).find(QStringLiteral("Diallo"))));
    CHECK(denied(PersonStore(o.t.db()).create(test::person())));
    CHECK(denied(RecordStore(o.t.db()).list(schema::def(Entity::Path))));
}

TEST_CASE("an administrator manages users and reads all but others' special notes", "[access]")
{
    Office o;
    o.actAs(o.admin);
    CHECK(o.visiblePeople() == 3);
    CHECK(o.person(o.chiara).ok());
    CHECK(UserStore(o.t.db())
              .create(QStringLiteral("nuova"), QStringLiteral("Nuova"), QStringLiteral("operator"),
                      kPassword)
              .ok());
    CHECK(UserStore(o.t.db()).setPassword(o.op, QStringLiteral("another password")).ok());
    CHECK(o.note(o.legalNote)->isNull("note"));
    CHECK(o.note(o.socialNote)->text("note") == QStringLiteral("Met the family"));
    CHECK(AccessPolicy(o.t.db()).allows(AccessPolicy::Action::ManageUsers));
    CHECK(AccessPolicy(o.t.db()).allows(AccessPolicy::Action::ViewAudit));
}

TEST_CASE("a coordinator reads everyone and counts, but manages no account", "[access]")
{
    Office o;
    o.actAs(o.coordinator);
    CHECK(o.visiblePeople() == 3);
    CHECK(o.person(o.chiara)->text("given_name") == QStringLiteral("Chiara"));
    CHECK(RecordStore(o.t.db()).count(schema::def(Entity::Person)).value() == 3);
    CHECK(o.note(o.legalNote)->text("note") == QStringLiteral("Asylum hearing on 3 May"));
    CHECK(denied(UserStore(o.t.db()).create(QStringLiteral("nuova"), QStringLiteral("Nuova"),
                                            QStringLiteral("operator"), kPassword)));
    CHECK(denied(UserStore(o.t.db()).setPassword(o.op, QStringLiteral("another password"))));
    CHECK_FALSE(AccessPolicy(o.t.db()).allows(AccessPolicy::Action::ViewAudit));
}

TEST_CASE("an operator works on the people of her desk only", "[access]")
{
    Office o;
    o.actAs(o.op);
    CHECK(o.visiblePeople() == 2);
    CHECK(PersonSearch(o.t.db()).find(QStringLiteral("Lopez"))->empty());
    CHECK(PersonSearch(o.t.db()).find(QStringLiteral("Rossi"))->size() == 1);
    CHECK(denied(o.person(o.chiara)));
    CHECK(denied(PersonFacts(o.t.db()).history(o.chiara)));

    // Writes about a person of another desk are refused and change nothing.
    o.t.actAsAdministrator();
    Record chiara = *o.person(o.chiara);
    o.actAs(o.op);
    CHECK(denied(
        RecordStore(o.t.db()).update(chiara.with("phone", QStringLiteral("+39 333 1234567")))));
    CHECK(denied(RecordStore(o.t.db()).insert(o.intervention(o.chiara, "social", "x"))));
    CHECK(denied(RecordStore(o.t.db()).remove(schema::def(Entity::Person), o.chiara)));
    Record elsewhere = test::person(QStringLiteral("Dora"));
    elsewhere.setDeskId(o.partnerDesk);
    CHECK(denied(PersonStore(o.t.db()).create(elsewhere)));
    o.t.actAsAdministrator();
    CHECK(o.person(o.chiara)->isNull("phone"));
    CHECK(o.visiblePeople() == 3);

    // Her own desk's people she registers and edits.
    o.actAs(o.op);
    auto dora = PersonStore(o.t.db()).create(test::person(QStringLiteral("Dora")));
    REQUIRE(dora.ok());
    CHECK(RecordStore(o.t.db())
              .update(dora.value().with("phone", QStringLiteral("+39 333 7654321")))
              .ok());
    CHECK(o.note(o.legalNote)->text("note") == QStringLiteral("Asylum hearing on 3 May"));
    CHECK(denied(RecordStore(o.t.db()).count(schema::def(Entity::Person))));
    CHECK(denied(UserStore(o.t.db()).create(QStringLiteral("nuova"), QStringLiteral("Nuova"),
                                            QStringLiteral("operator"), kPassword)));
}

TEST_CASE("a trainer sees the names, enrolments and attendance of her paths' people", "[access]")
{
    Office o;
    o.actAs(o.trainer);
    CHECK(o.visiblePeople() == 1);
    auto amina = o.person(o.amina);
    REQUIRE(amina.ok());
    CHECK(amina->text("family_name") == QStringLiteral("Diallo"));
    CHECK(amina->isNull("gender"));
    CHECK(amina->isNull("intake_date"));
    CHECK(denied(o.person(o.bianca)));
    CHECK(denied(o.note(o.socialNote)));
    CHECK(denied(RecordStore(o.t.db()).list(schema::def(Entity::Consent))));
    CHECK(denied(PersonFacts(o.t.db()).history(o.amina)));
    CHECK(PersonFacts(o.t.db()).attendance(o.amina).ok());
    CHECK(PersonSearch(o.t.db()).find(QStringLiteral("Diallo"))->front().birth.isEmpty());
    CHECK(PersonSearch(o.t.db()).find(QStringLiteral("Rossi"))->empty());

    AttendanceStore attendance(o.t.db());
    REQUIRE(attendance.saveSession(o.session, {{o.amina, QStringLiteral("present")}}).ok());
    CHECK(attendance.ofSession(o.session)->size() == 1);
    CHECK(denied(attendance.saveSession(o.otherSession, {{o.bianca, QStringLiteral("present")}})));
    CHECK(denied(
        RecordStore(o.t.db()).update(amina.value().with("given_name", QStringLiteral("A")))));
    CHECK(denied(PersonStore(o.t.db()).create(test::person())));
    o.t.actAsAdministrator();
    CHECK(attendance.ofSession(o.otherSession)->empty());
}

TEST_CASE("special-category notes are read only by their author and coordinators", "[access]")
{
    Office o;
    o.actAs(o.colleague);
    auto legal = o.note(o.legalNote);
    REQUIRE(legal.ok());
    CHECK(legal->isNull("note"));
    CHECK(o.note(o.socialNote)->text("note") == QStringLiteral("Met the family"));

    // Editing what she may see keeps the note she may not.
    REQUIRE(RecordStore(o.t.db()).update(legal.value().with("minutes", 30)).ok());
    CHECK(
        denied(RecordStore(o.t.db()).update(legal.value().with("kind", QStringLiteral("social")))));
    o.actAs(o.op);
    CHECK(o.note(o.legalNote)->text("note") == QStringLiteral("Asylum hearing on 3 May"));
    CHECK(o.note(o.legalNote)->integer("minutes") == 30);
}

TEST_CASE("each user changes her own password, and accounts are the administrator's", "[access]")
{
    Office o;
    o.actAs(o.trainer);
    UserStore users(o.t.db());
    CHECK(denied(users.changeOwnPassword(QStringLiteral("wrong password"),
                                         QStringLiteral("new password 1"))));
    REQUIRE(users.changeOwnPassword(kPassword, QStringLiteral("new password 1")).ok());
    CHECK(users.checkPassword(QStringLiteral("tina"), QStringLiteral("new password 1")));
    CHECK(o.t->principal().username == QStringLiteral("tina"));
    auto me = users.get(schema::def(Entity::User), o.trainer);
    REQUIRE(me.ok());
    CHECK(me->isNull("password_hash"));
    CHECK(denied(users.update(me.value().with("role", QStringLiteral("administrator")))));
}
