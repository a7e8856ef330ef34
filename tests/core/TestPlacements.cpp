#include <catch2/catch.hpp>

#include "core/storage/EventStore.h"
#include "core/storage/FollowupStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/PlacementStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

Record placement(qint64 person, qint64 employer, const char* stage = "proposed")
{
    Record p(Entity::Placement);
    p.set("person_id", person);
    p.set("employer_id", employer);
    p.set("type", QStringLiteral("internship_extracurricular"));
    p.set("stage", QString::fromLatin1(stage));
    return p;
}

qint64 followupCount(RecordStore& store)
{
    return *store.count(schema::def(Entity::Followup));
}

struct Fixture
{
    TestDatabase t;
    qint64 amina = test::addPerson(t.db());
    qint64 employer = test::add(t.db(), test::employer());
    PlacementStore placements{t.db()};
    FollowupStore followups{t.db()};
};

} // namespace

TEST_CASE("a placement moves through its stages one at a time", "[placements]")
{
    Fixture f;
    auto p = f.placements.save(placement(f.amina, f.employer));
    REQUIRE(p.ok());
    auto interview = f.placements.advance(p->id());
    REQUIRE(interview.ok());
    CHECK(interview->text("stage") == QLatin1String("interview"));
    CHECK(interview->isNull("start_date"));

    auto started = f.placements.advance(p->id());
    REQUIRE(started.ok());
    CHECK(started->text("stage") == QLatin1String("started"));
    CHECK(started->text("start_date") == QLatin1String("2026-06-15")); // today
    CHECK(followupCount(f.placements) == 0);

    auto back = f.placements.retreat(p->id());
    REQUIRE(back.ok());
    CHECK(back->text("stage") == QLatin1String("interview"));
    CHECK(f.placements.retreat(p->id())->text("stage") == QLatin1String("proposed"));
    auto none = f.placements.retreat(p->id());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message().contains(QStringLiteral("no stage before")));
}

TEST_CASE("ending a placement needs its outcome and schedules one follow-up", "[placements]")
{
    Fixture f;
    Record p = placement(f.amina, f.employer, "started");
    p.set("start_date", QStringLiteral("2026-01-10"));
    const qint64 id = f.placements.save(p)->id();

    auto refused = f.placements.advance(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fieldMessages().first().field == QLatin1String("outcome"));
    CHECK(f.placements.get(schema::def(Entity::Placement), id)->text("stage") ==
          QLatin1String("started"));
    CHECK(followupCount(f.placements) == 0);

    auto interrupted =
        f.placements.advance(id, {QDate(2026, 5, 31), QStringLiteral("interrupted"), {}});
    REQUIRE_FALSE(interrupted.ok());
    CHECK(interrupted.error().message().contains(QStringLiteral("saying why")));
    CHECK(followupCount(f.placements) == 0);

    auto ended = f.placements.advance(id, {QDate(2026, 5, 31), QStringLiteral("hired"), {}});
    REQUIRE(ended.ok());
    CHECK(ended->text("end_date") == QLatin1String("2026-05-31"));
    CHECK(ended->text("outcome") == QLatin1String("hired"));
    auto all = f.followups.ofPerson(f.amina);
    REQUIRE(all->size() == 1);
    CHECK(all->front().text("due_on") == QLatin1String("2026-11-30"));
    CHECK(all->front().text("reason") == QLatin1String("placement_end"));
    CHECK(all->front().integer("placement_id") == id);

    // Saving it again, or with a corrected end date, keeps one follow-up and moves it.
    Record corrected = *ended;
    corrected.set("end_date", QStringLiteral("2026-05-15"));
    REQUIRE(f.placements.save(corrected).ok());
    all = f.followups.ofPerson(f.amina);
    REQUIRE(all->size() == 1);
    CHECK(all->front().text("due_on") == QLatin1String("2026-11-15"));
}

TEST_CASE("an end date in the future is refused and nothing changes", "[placements]")
{
    Fixture f;
    Record p = placement(f.amina, f.employer, "started");
    p.set("start_date", QStringLiteral("2026-01-10"));
    const qint64 id = f.placements.save(p)->id();
    auto r = f.placements.moveTo(id, QStringLiteral("ended"),
                                 {QDate(2026, 7, 1), QStringLiteral("completed"), {}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("in the future")));
    auto stored = f.placements.get(schema::def(Entity::Placement), id);
    CHECK(stored->text("stage") == QLatin1String("started"));
    CHECK(stored->isNull("end_date"));
    CHECK(followupCount(f.placements) == 0);
    CHECK_FALSE(f.placements.moveTo(id, QStringLiteral("hired")).ok());
}

TEST_CASE("a placement moved back from ended loses the follow-up still to do", "[placements]")
{
    Fixture f;
    const qint64 id = f.placements.save(placement(f.amina, f.employer))->id();
    REQUIRE(f.placements
                .moveTo(id, QStringLiteral("ended"),
                        {QDate(2026, 6, 1), QStringLiteral("completed"), {}})
                .ok());
    CHECK(f.placements.get(schema::def(Entity::Placement), id)->text("start_date") ==
          QLatin1String("2026-06-01"));
    REQUIRE(followupCount(f.placements) == 1);
    auto back = f.placements.retreat(id);
    REQUIRE(back.ok());
    CHECK(back->isNull("end_date"));
    CHECK(back->isNull("outcome"));
    CHECK(followupCount(f.placements) == 0);

    // Once recorded, the follow-up stays and the placement cannot go back.
    REQUIRE(f.placements
                .moveTo(id, QStringLiteral("ended"),
                        {QDate(2026, 6, 1), QStringLiteral("completed"), {}})
                .ok());
    const qint64 fu = f.followups.ofPerson(f.amina)->front().id();
    REQUIRE(f.followups.recordSituation(fu, QDate(2026, 6, 14), QStringLiteral("employed")).ok());
    auto refused = f.placements.retreat(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("cannot be undone")));
    CHECK(f.placements.get(schema::def(Entity::Placement), id)->text("stage") ==
          QLatin1String("ended"));
    CHECK(followupCount(f.placements) == 1);
}

TEST_CASE("closing a case schedules the follow-up after leaving, once", "[placements]")
{
    Fixture f;
    PersonStore people(f.t.db());
    REQUIRE(people
                .closeCase(f.amina, QStringLiteral("found_work"), QDate(2026, 3, 1),
                           QStringLiteral("employed"))
                .ok());
    auto all = f.followups.ofPerson(f.amina);
    REQUIRE(all->size() == 1);
    CHECK(all->front().text("reason") == QLatin1String("programme_exit"));
    CHECK(all->front().text("due_on") == QLatin1String("2026-09-01"));
    CHECK_FALSE(people.closeCase(f.amina, QStringLiteral("other"), QDate(2026, 3, 2)).ok());
    CHECK(f.followups.ofPerson(f.amina)->size() == 1);

    // Reopening drops the follow-up of a leaving that did not happen.
    REQUIRE(people.reopenCase(f.amina).ok());
    CHECK(f.followups.ofPerson(f.amina)->empty());
    REQUIRE(people.closeCase(f.amina, QStringLiteral("found_work"), QDate(2026, 4, 1)).ok());
    REQUIRE(f.followups.ofPerson(f.amina)->size() == 1);
    CHECK(f.followups.ofPerson(f.amina)->front().text("due_on") == QLatin1String("2026-10-01"));
}

TEST_CASE("follow-ups due by a date, for a desk or all, and recording one", "[placements]")
{
    Fixture f;
    const qint64 sara = test::addPerson(f.t.db(), QStringLiteral("Sara"), QStringLiteral("Haddad"));
    PersonStore people(f.t.db());
    REQUIRE(people.closeCase(sara, QStringLiteral("found_work"), QDate(2026, 2, 20)).ok());
    const qint64 id = f.placements.save(placement(f.amina, f.employer))->id();
    REQUIRE(f.placements
                .moveTo(id, QStringLiteral("ended"),
                        {QDate(2025, 12, 1), QStringLiteral("completed"), {}})
                .ok());

    auto due = f.followups.dueBy(QDate(2026, 6, 15));
    REQUIRE(due->size() == 1);
    CHECK(due->front().name == QLatin1String("Amina Diallo"));
    CHECK(due->front().followup.text("due_on") == QLatin1String("2026-06-01"));
    CHECK(due->front().employer == QLatin1String("Cooperativa Il Sole"));
    CHECK(due->front().placementType == QLatin1String("internship_extracurricular"));
    auto later = f.followups.dueBy(QDate(2026, 8, 31), f.t->localDeskId());
    REQUIRE(later->size() == 2);
    CHECK(later->back().name == QLatin1String("Sara Haddad"));
    CHECK(later->back().employer.isEmpty());
    CHECK(f.followups.dueBy(QDate(2026, 8, 31), f.t->localDeskId() + 1)->empty());

    const qint64 fu = due->front().followup.id();
    auto noSituation = f.followups.recordSituation(fu, QDate(2026, 6, 10), {});
    REQUIRE_FALSE(noSituation.ok());
    CHECK(noSituation.error().message().contains(QStringLiteral("needs the situation")));
    auto future = f.followups.recordSituation(fu, QDate(2026, 6, 16), QStringLiteral("employed"));
    REQUIRE_FALSE(future.ok());
    CHECK(f.followups.dueBy(QDate(2026, 6, 15))->size() == 1);

    auto done = f.followups.recordSituation(fu, QDate(2026, 6, 10), QStringLiteral("job_searching"),
                                            true, QStringLiteral("Interviews at two shops"));
    REQUIRE(done.ok());
    CHECK(done->integer("improved") == 1);
    CHECK(f.followups.dueBy(QDate(2026, 6, 15))->empty());
}

TEST_CASE("follow-up rules: the placement's person and dates", "[placements][rules]")
{
    Fixture f;
    const qint64 sara = test::addPerson(f.t.db(), QStringLiteral("Sara"), QStringLiteral("Haddad"));
    const qint64 id = f.placements.save(placement(f.amina, f.employer))->id();
    REQUIRE(f.placements
                .moveTo(id, QStringLiteral("ended"),
                        {QDate(2026, 6, 1), QStringLiteral("completed"), {}})
                .ok());
    RecordStore store(f.t.db());
    const qint64 before = followupCount(store);
    Record other(Entity::Followup);
    other.set("person_id", sara);
    other.set("placement_id", id);
    other.set("reason", QStringLiteral("placement_end"));
    other.set("due_on", QStringLiteral("2026-12-01"));
    auto r = store.insert(other);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("another person")));

    other.set("person_id", f.amina);
    other.set("done_on", QStringLiteral("2026-05-01"));
    other.set("situation", QStringLiteral("employed"));
    r = store.insert(other);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("before the placement ended")));

    other.set("reason", QStringLiteral("programme_exit"));
    r = store.insert(other);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("has no placement")));
    other.set("placement_id", QVariant());
    other.set("reason", QStringLiteral("placement_end"));
    r = store.insert(other);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("needs the placement")));
    other.set("reason", QStringLiteral("programme_exit"));
    other.set("done_on", QVariant());
    r = store.insert(other);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("needs the date of the follow-up")));
    CHECK(followupCount(store) == before);
}

TEST_CASE("a business started needs its start date", "[placements][rules]")
{
    Fixture f;
    RecordStore store(f.t.db());
    Record v(Entity::Venture);
    v.set("person_id", f.amina);
    v.set("business_idea", QStringLiteral("Tailoring workshop"));
    v.set("stage", QStringLiteral("started"));
    auto r = store.insert(v);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("needs its start date")));
    v.set("started_on", QStringLiteral("2026-07-01"));
    CHECK_FALSE(store.insert(v).ok());
    CHECK(*store.count(schema::def(Entity::Venture)) == 0);
    v.set("started_on", QStringLiteral("2026-05-01"));
    CHECK(store.insert(v).ok());
    v.set("stage", QStringLiteral("idea"));
    v.set("started_on", QVariant());
    CHECK(store.insert(v).ok());
}

TEST_CASE("people are named at an event only once it has taken place", "[placements][rules]")
{
    Fixture f;
    RecordStore store(f.t.db());
    Record e(Entity::Event);
    e.set("name", QStringLiteral("Open day"));
    e.set("type", QStringLiteral("open_day"));
    e.set("date", QStringLiteral("2026-06-20"));
    const qint64 coming = store.insert(e)->id();
    e.set("date", QStringLiteral("2026-06-10"));
    const qint64 past = store.insert(e)->id();
    Record p(Entity::EventParticipant);
    p.set("event_id", coming);
    p.set("person_id", f.amina);
    auto r = store.insert(p);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("has not taken place yet")));
    p.set("event_id", past);
    CHECK(store.insert(p).ok());
    auto twice = store.insert(p);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind() == Error::Kind::Conflict);
    CHECK(*store.count(schema::def(Entity::EventParticipant)) == 1);
}

TEST_CASE("the pipeline and an employer's placements name people and employers", "[placements]")
{
    Fixture f;
    f.placements.save(placement(f.amina, f.employer));
    Record own = placement(f.amina, 0, "interview");
    own.set("employer_id", QVariant());
    own.set("type", QStringLiteral("self_employment"));
    f.placements.save(own);
    auto all = f.placements.pipeline(f.t->localDeskId());
    REQUIRE(all->size() == 2);
    CHECK(all->front().person == QLatin1String("Amina Diallo"));
    CHECK(f.placements.pipeline(f.t->localDeskId() + 1)->empty());
    auto at = f.placements.atEmployer(f.employer);
    REQUIRE(at->size() == 1);
    CHECK(at->front().employer == QLatin1String("Cooperativa Il Sole"));
    CHECK(PlacementStore::nextStage(QStringLiteral("interview")) == QLatin1String("started"));
    CHECK(PlacementStore::previousStage(QStringLiteral("proposed")).isEmpty());
}

TEST_CASE("an event is saved with its named participants in one step", "[placements][events]")
{
    Fixture f;
    const qint64 sara = test::addPerson(f.t.db(), QStringLiteral("Sara"), QStringLiteral("Haddad"));
    EventStore events(f.t.db());
    Record e(Entity::Event);
    e.set("name", QStringLiteral("Open day"));
    e.set("type", QStringLiteral("open_day"));
    e.set("date", QStringLiteral("2026-06-10"));
    e.set("women", 12);
    e.set("men", 3);
    auto saved = events.save(e, {f.amina, sara});
    REQUIRE(saved.ok());
    auto named = events.participants(saved->id());
    REQUIRE(named->size() == 2);
    CHECK(named->front().name == QLatin1String("Amina Diallo"));

    Record edited = *saved;
    edited.set("age_18_29", 20); // 20 by age against 15 by gender
    auto refused = events.save(edited, {sara});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("differs from the headcount")));
    CHECK(events.participants(saved->id())->size() == 2);

    edited.set("age_18_29", 15);
    REQUIRE(events.save(edited, {sara}).ok());
    named = events.participants(saved->id());
    REQUIRE(named->size() == 1);
    CHECK(named->front().personId == sara);
    CHECK(*events.count(schema::def(Entity::EventParticipant)) == 1);
}

TEST_CASE("an edit that undoes a closing drops her follow-up still to do", "[placements]")
{
    Fixture f;
    PersonStore people(f.t.db());
    const Record open = *people.get(schema::def(Entity::Person), f.amina);
    auto closed = people.closeCase(f.amina, QStringLiteral("found_work"), QDate(2026, 3, 1));
    REQUIRE(closed.ok());
    REQUIRE(f.followups.ofPerson(f.amina)->size() == 1);
    REQUIRE(people.save(open).ok()); // as an undo writes her back
    CHECK(f.followups.ofPerson(f.amina)->empty());
    REQUIRE(people.save(*closed).ok()); // and redo
    REQUIRE(f.followups.ofPerson(f.amina)->size() == 1);

    // Once recorded, the follow-up stays when her case is reopened.
    const qint64 fu = f.followups.ofPerson(f.amina)->front().id();
    REQUIRE(f.followups.recordSituation(fu, QDate(2026, 6, 1), QStringLiteral("employed")).ok());
    REQUIRE(people.reopenCase(f.amina).ok());
    CHECK(f.followups.ofPerson(f.amina)->size() == 1);
}
