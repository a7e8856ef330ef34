#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include "core/storage/DeskStore.h"

namespace percorsi::test {

QDate fixedToday()
{
    return QDate(2026, 6, 15);
}

HybridClock::WallClock steppingClock(qint64 startMillis)
{
    auto now = std::make_shared<qint64>(startMillis);
    return [now] { return (*now)++; };
}

Database::Options TestDatabase::options(QDate today)
{
    Database::Options o;
    o.create = true;
    o.wall = steppingClock();
    o.today = [today] { return today; };
    return o;
}

TestDatabase::TestDatabase(bool withDesk, QDate today) : m_today(today)
{
    REQUIRE(m_dir.isValid());
    auto db = Database::open(path(), options(m_today));
    REQUIRE(db.ok());
    m_db = std::move(db.value());
    actAsAdministrator();
    if (withDesk) {
        DeskStore desks(*m_db);
        auto desk = desks.createLocal(QStringLiteral("San Siro"), QStringLiteral("Milano"));
        REQUIRE(desk.ok());
        actAsAdministrator();
    }
}

void TestDatabase::actAsAdministrator()
{
    m_db->setPrincipal(administrator(m_db->localDeskId()));
}

Principal TestDatabase::administrator(qint64 deskId)
{
    return Principal::user(0, QStringLiteral("tester"), QStringLiteral("administrator"), deskId);
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(path(), options(m_today));
    REQUIRE(db.ok());
    m_db = std::move(db.value());
    actAsAdministrator();
}

} // namespace percorsi::test
