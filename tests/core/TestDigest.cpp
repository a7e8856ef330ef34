#include <catch2/catch.hpp>

#include "core/storage/PersonStore.h"
#include "core/storage/UserStore.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

// Writes records as they arrive from elsewhere: uuid and case number kept.
struct ArrivingStore : RecordStore
{
    using RecordStore::insertDerived;
    using RecordStore::RecordStore;
};

const char kDeskUuid[] = "d0d0d0d0-0000-4000-8000-000000000001";

Record person(const char* uuid, const char* caseNumber, const QString& given, const QString& family)
{
    Record r = test::person(given, family);
    r.setUuid(QString::fromLatin1(uuid));
    r.set("case_number", QString::fromLatin1(caseNumber));
    return r;
}

std::vector<Record> people()
{
    return {person("a1a1a1a1-0000-4000-8000-000000000001", "MI-SS-000001", QStringLiteral("Amina"), QStringLiteral("Diallo")),
            person("a1a1a1a1-0000-4000-8000-000000000002", "MI-SS-000002", QStringLiteral("Fatima"), QStringLiteral("Zahra")),
            person("a1a1a1a1-0000-4000-8000-000000000003", "MI-SS-000003", QStringLiteral("Rosa"), QStringLiteral("Quispe"))};
}

void sameDesk(Database& db)
{
    REQUIRE(db.connection().exec(std::string("UPDATE desk SET uuid = '") + kDeskUuid + "'").ok());
}

QString digest(Database& db)
{
    auto d = Digest::compute(db);
    REQUIRE(d.ok());
    return *d;
}

} // namespace

TEST_CASE("the digest ignores insertion order, internal ids and sync metadata", "[digest]")
{
    TestDatabase a;
    TestDatabase b;
    sameDesk(a.db());
    sameDesk(b.db());
    ArrivingStore storeA(a.db());
    ArrivingStore storeB(b.db());
    auto list = people();

    // A: in order, then an edit of Rosa's phone.
    for (const Record& r : list)
        REQUIRE(storeA.insertDerived(r).ok());
    Record rosa = *storeA.getByUuid(schema::def(Entity::Person), list[2].uuid());
    rosa.set("phone", QStringLiteral("+39 333 765 4321"));
    REQUIRE(storeA.update(rosa).ok());

    // B: another order, a record created and deleted in between (other ids),
    // and Rosa arriving with her phone already set.
    REQUIRE(storeB.insertDerived(list[2].with("phone", QStringLiteral("+39 333 765 4321"))).ok());
    const qint64 extra = test::addPerson(b.db(), QStringLiteral("Temp"), QStringLiteral("Orary"));
    REQUIRE(storeB.remove(schema::def(Entity::Person), extra).ok());
    REQUIRE(storeB.insertDerived(list[1]).ok());
    REQUIRE(storeB.insertDerived(list[0]).ok());

    CHECK(digest(a.db()) == digest(b.db()));

    SECTION("local-only fields do not count")
    {
        UserStore usersA(a.db()), usersB(b.db());
        auto ua = usersA.create(QStringLiteral("giulia"), QStringLiteral("Giulia"), QStringLiteral("operator"),
                                QStringLiteral("password one"));
        Record ub = Record(Entity::User);
        ub.setUuid(ua->uuid());
        ub.set("username", QStringLiteral("giulia"));
        ub.set("full_name", QStringLiteral("Giulia"));
        ub.set("role", QStringLiteral("operator"));
        ub.set("active", 1);
        ub.set("password_hash", QStringLiteral("$argon2id$another"));
        REQUIRE(storeB.insertDerived(ub).ok());
        CHECK(digest(a.db()) == digest(b.db()));
    }
    SECTION("any visible change counts")
    {
        Record amina = *storeB.getByUuid(schema::def(Entity::Person), list[0].uuid());
        amina.set("preferred_name", QStringLiteral("Mina"));
        REQUIRE(storeB.update(amina).ok());
        CHECK(digest(a.db()) != digest(b.db()));
    }
    SECTION("a null differs from an empty or zero value")
    {
        Record amina = *storeB.getByUuid(schema::def(Entity::Person), list[0].uuid());
        amina.set("children", 0);
        REQUIRE(storeB.update(amina).ok());
        CHECK(digest(a.db()) != digest(b.db()));
    }
}
