#include <catch2/catch.hpp>

#include "core/demo/DemoGenerator.h"
#include "core/storage/Checker.h"
#include "core/storage/RecordStore.h"
#include "core/storage/UserStore.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

constexpr int kPeople = 300;

// A database whose "today" is the demo's last day (or later), so that no demo
// date is in the future.
std::unique_ptr<TestDatabase> demoDatabase(bool withDesk = false, int daysLater = 0)
{
    return std::make_unique<TestDatabase>(withDesk, DemoGenerator::anchorDate().addDays(daysLater));
}

DemoGenerator::Summary generate(Database& db, quint64 seed, int people = kPeople)
{
    return test::addDemo(db, people, seed);
}

QString digest(Database& db)
{
    auto d = Digest::compute(db);
    REQUIRE(d.ok());
    return *d;
}

qint64 count(Database& db, Entity entity)
{
    auto n = RecordStore(db).count(schema::def(entity));
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("demo data fill every entity, pass the checker and depend only on the seed", "[demo]")
{
    // One test case, not sections: each generation hashes ten passwords.
    auto first = demoDatabase();
    const DemoGenerator::Summary summary = generate(first->db(), 7);

    for (const EntityDef* def : schema::entities()) {
        INFO(def->name);
        auto n = RecordStore(first->db()).count(*def);
        REQUIRE(n.ok());
        CHECK(*n > 0);
        CHECK(summary.at(QLatin1StringView(def->name)) == *n);
    }
    CHECK(count(first->db(), Entity::Person) == kPeople);
    // Every closed case has its follow-up after leaving.
    CHECK(*first->db().connection().scalar(
              "SELECT count(*) FROM person p WHERE p.status = 'closed' AND NOT EXISTS"
              " (SELECT 1 FROM followup f WHERE f.person_id = p.id"
              " AND f.reason = 'programme_exit')")
          == 0);
    CHECK(count(first->db(), Entity::Desk) == 4);

    auto report = Checker(first->db()).run();
    REQUIRE(report.ok());
    INFO((report->damage + report->invariants).join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());

    auto desk = RecordStore(first->db()).get(schema::def(Entity::Desk), first->db().localDeskId());
    REQUIRE(desk.ok());
    CHECK(desk->text(u"code") == QLatin1String("MI-SS"));
    UserStore users(first->db());
    CHECK(users.checkPassword(QStringLiteral("coordinator"), DemoGenerator::demoPassword()));
    CHECK(users.byUsername(QStringLiteral("trainer.mal")).ok());

    // Generated "a year later": nothing depends on the day the demo is made.
    auto same = demoDatabase(false, 365);
    generate(same->db(), 7);
    auto other = demoDatabase();
    generate(other->db(), 8);
    CHECK(digest(first->db()) == digest(same->db()));
    CHECK(digest(first->db()) != digest(other->db()));
}

TEST_CASE("demo data keep an existing local desk as the home desk", "[demo]")
{
    auto db = demoDatabase(true);
    const qint64 home = db->db().localDeskId();
    generate(db->db(), 3, 40);
    CHECK(db->db().localDeskId() == home);
    CHECK(count(db->db(), Entity::Desk) == 4);
    CHECK(count(db->db(), Entity::Person) == 40);
}

TEST_CASE("demo data refuse a database that already holds people", "[demo]")
{
    auto db = demoDatabase(true);
    test::addPerson(db->db());
    auto result = DemoGenerator(db->db()).generate({});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind() == Error::Kind::Invalid);
    CHECK(result.error().message().contains(QLatin1String("already holds people")));
    CHECK(count(db->db(), Entity::Person) == 1);
}

TEST_CASE("cancelling demo data leaves the database as it was", "[demo]")
{
    auto db = demoDatabase();
    DemoGenerator::Options options;
    options.people = kPeople;
    int last = 0;
    options.progress = [&last](int percent) {
        last = percent;
        return percent < 30;
    };
    auto result = DemoGenerator(db->db()).generate(options);
    REQUIRE_FALSE(result.ok());
    CHECK(last == 30);
    CHECK(count(db->db(), Entity::Person) == 0);
    CHECK(count(db->db(), Entity::Desk) == 0);
    CHECK(db->db().localDeskId() == 0);
    auto report = Checker(db->db()).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
}
