#include <catch2/catch.hpp>

#include "core/security/Authenticator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/UserStore.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("a long password");

struct FakeClock
{
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1'750'000'000'000);
    Authenticator::Clock clock() const
    {
        auto n = now;
        return [n] { return *n; };
    }
    void advanceMinutes(int minutes) { *now += qint64(minutes) * 60 * 1000; }
};

qint64 entries(Database& db, const char* action)
{
    Statement st = db.connection().prepare("SELECT count(*) FROM audit WHERE action = ?");
    st.bind(1, action);
    REQUIRE(st.next());
    return st.int64(0);
}

} // namespace

TEST_CASE("the first administrator is created once and signed in", "[auth]")
{
    TestDatabase t;
    t->setPrincipal({});
    Authenticator auth(t.db());
    CHECK_FALSE(*auth.hasUsers());
    auto admin =
        auth.createFirstAdministrator(QStringLiteral("marta"), QStringLiteral("Marta"), kPassword);
    REQUIRE(admin.ok());
    CHECK(t->principal().role == Principal::Role::Administrator);
    CHECK(t->principal().username == QStringLiteral("marta"));
    auto again =
        auth.createFirstAdministrator(QStringLiteral("eve"), QStringLiteral("Eve"), kPassword);
    CHECK_FALSE(again.ok());
    CHECK(entries(t.db(), "login") == 1);
}

TEST_CASE("five failed sign-ins lock the name out for 15 minutes", "[auth]")
{
    TestDatabase t;
    REQUIRE(UserStore(t.db())
                .create(QStringLiteral("olga"), QStringLiteral("Olga"), QStringLiteral("operator"),
                        kPassword)
                .ok());
    t->setPrincipal({});
    FakeClock clock;
    Authenticator auth(t.db(), clock.clock());
    for (int i = 0; i < 4; ++i)
        CHECK(auth.signIn(QStringLiteral("olga"), QStringLiteral("wrong")).error().kind() ==
              Error::Kind::Denied);
    // Four failures, then the right password: the count starts again.
    REQUIRE(auth.signIn(QStringLiteral("olga"), kPassword).ok());
    t->setPrincipal({});
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(auth.signIn(QStringLiteral("olga"), QStringLiteral("wrong")).ok());
    auto locked = auth.signIn(QStringLiteral("olga"), kPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message().contains(QStringLiteral("locked")));
    CHECK(t->principal().role == Principal::Role::None);
    clock.advanceMinutes(14);
    CHECK_FALSE(auth.signIn(QStringLiteral("olga"), kPassword).ok());
    clock.advanceMinutes(1);
    REQUIRE(auth.signIn(QStringLiteral("olga"), kPassword).ok());
    CHECK(t->principal().username == QStringLiteral("olga"));
    CHECK(entries(t.db(), "login_failed") == 9);
    CHECK(entries(t.db(), "locked_out") == 1);
    CHECK(entries(t.db(), "login") == 2);
}

TEST_CASE("an unknown name fails like a wrong password and locks the same way", "[auth]")
{
    TestDatabase t;
    t->setPrincipal({});
    FakeClock clock;
    Authenticator auth(t.db(), clock.clock());
    auto r = auth.signIn(QStringLiteral("ghost"), kPassword);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message() == QStringLiteral("Wrong user name or password."));
    for (int i = 0; i < 4; ++i)
        auth.signIn(QStringLiteral("ghost"), kPassword);
    CHECK(auth.signIn(QStringLiteral("ghost"), kPassword)
              .error()
              .message()
              .contains(QStringLiteral("locked")));
}

TEST_CASE("the lock screen's password check keeps the user and counts failures", "[auth]")
{
    TestDatabase t;
    REQUIRE(UserStore(t.db())
                .create(QStringLiteral("olga"), QStringLiteral("Olga"), QStringLiteral("operator"),
                        kPassword)
                .ok());
    FakeClock clock;
    Authenticator auth(t.db(), clock.clock());
    REQUIRE(auth.signIn(QStringLiteral("olga"), kPassword).ok());
    CHECK_FALSE(auth.confirm(QStringLiteral("wrong")).ok());
    CHECK(auth.confirm(kPassword).ok());
    CHECK(t->principal().username == QStringLiteral("olga"));
    CHECK(entries(t.db(), "unlock") == 1);
}

TEST_CASE("the audit chain holds after sign-ins and changes, and shows tampering", "[auth][audit]")
{
    TestDatabase t;
    REQUIRE(UserStore(t.db())
                .create(QStringLiteral("olga"), QStringLiteral("Olga"), QStringLiteral("operator"),
                        kPassword)
                .ok());
    Authenticator auth(t.db());
    REQUIRE(auth.signIn(QStringLiteral("olga"), kPassword).ok());
    AuditLog log(t.db());
    REQUIRE(log.verify().ok());
    REQUIRE(t->connection().exec("DROP TRIGGER audit_no_update").ok());
    REQUIRE(t->connection().exec("UPDATE audit SET detail = 'x' WHERE id = 1").ok());
    CHECK_FALSE(log.verify().ok());
}
