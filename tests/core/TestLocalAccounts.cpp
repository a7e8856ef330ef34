#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "core/security/Authenticator.h"
#include "core/security/PasswordHash.h"
#include "core/storage/Database.h"
#include "core/storage/UserStore.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("a long password");

void exec(Connection& c, const char* sql)
{
    INFO(sql);
    REQUIRE(c.exec(sql).ok());
}

} // namespace

TEST_CASE("Schema 12 keeps every account, its key and the records that name it",
          "[accounts][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.percorsi"));
    REQUIRE(QFile::copy(QStringLiteral(PERCORSI_TEST_DATA "/schema-v10.percorsi"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto conn = Connection::open(path, Connection::Mode::ReadWrite);
        REQUIRE(conn.ok());
        Statement users = conn.value()->prepare(
            "INSERT INTO app_user(id, uuid, desk_id, hlc, hlc_desk, username, full_name, role, "
            "password_hash, seq) VALUES (7, 'a0000000-0000-4000-8000-000000000007', 1, "
            "114000000000000008, 1, 'tina', 'Tina', 'trainer', ?, 1)");
        users.bind(1, *PasswordHash::hash(kPassword));
        REQUIRE(users.run().ok());
        exec(**conn, "INSERT INTO user_key(user_id, salt, nonce, wrapped) "
                     "VALUES (7, x'01', x'02', x'03')");
        exec(**conn, "UPDATE path SET trainer_id = 7 WHERE id = 1");
    }
    auto opened = Database::open(path, TestDatabase::options());
    REQUIRE(opened.ok());
    Connection& c = (*opened)->connection();
    CHECK(*c.scalar("SELECT count(*) FROM user_key WHERE user_id = 7") == 1);
    CHECK(*c.scalar("SELECT trainer_id FROM path WHERE id = 1") == 7);
    CHECK(*c.scalar("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(Authenticator(**opened).signIn(QStringLiteral("tina"), kPassword).ok());

    // An account of another desk (no hash) may share her name; a second local one may not.
    exec(c, "INSERT INTO app_user(uuid, desk_id, hlc, hlc_desk, username, full_name, role) "
            "VALUES ('a0000000-0000-4000-8000-000000000008', 1, 1, 1, 'tina', 'Tina B', "
            "'trainer')");
    CHECK_FALSE(c.exec("INSERT INTO app_user(uuid, desk_id, hlc, hlc_desk, username, full_name, "
                       "role, password_hash) VALUES ('a0000000-0000-4000-8000-000000000009', 1, "
                       "1, 1, 'tina', 'Tina C', 'trainer', 'x')")
                    .ok());
    CHECK(Authenticator(**opened).signIn(QStringLiteral("tina"), kPassword).ok());
}

TEST_CASE("An account of another desk cannot sign in here nor get a password here", "[accounts]")
{
    TestDatabase t;
    auto admin = Authenticator(t.db()).createFirstAdministrator(QStringLiteral("admin"),
                                                                QStringLiteral("Admin"), kPassword);
    REQUIRE(admin.ok());
    exec(t->connection(),
         "INSERT INTO app_user(uuid, desk_id, hlc, hlc_desk, username, full_name, role) "
         "VALUES ('c0000000-0000-4000-8000-000000000001', 1, 1, 1, 'admin', 'Their admin', "
         "'administrator')");
    const qint64 theirs =
        *t->connection().scalar("SELECT id FROM app_user WHERE password_hash IS NULL");
    auto local = UserStore(t.db()).localAccounts();
    REQUIRE(local.ok());
    CHECK(local->contains(admin->userId));
    CHECK_FALSE(local->contains(theirs));
    CHECK(UserStore(t.db()).byUsername(QStringLiteral("admin"))->id() == admin->userId);
    auto st = UserStore(t.db()).setPassword(theirs, QStringLiteral("another password"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message().contains(QLatin1String("another desk")));
    CHECK(Authenticator(t.db()).signIn(QStringLiteral("admin"), kPassword)->userId ==
          admin->userId);
}
