#include <catch2/catch.hpp>

#include "core/sync/FieldClocks.h"
#include "core/sync/HybridClock.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;

TEST_CASE("the clock never goes backwards, even when the wall clock does", "[clock]")
{
    qint64 wall = 1'000'000;
    HybridClock clock([&wall] { return wall; });
    const qint64 a = clock.now();
    CHECK(HybridClock::wallMillis(a) == 1'000'000);
    CHECK(HybridClock::counter(a) == 0);
    const qint64 b = clock.now();
    CHECK(b > a);
    CHECK(HybridClock::counter(b) == 1);
    wall = 500'000; // the desk's clock was set back
    const qint64 c = clock.now();
    CHECK(c > b);
    CHECK(HybridClock::wallMillis(c) == 1'000'000);
    wall = 2'000'000;
    const qint64 d = clock.now();
    CHECK(HybridClock::wallMillis(d) == 2'000'000);
    CHECK(HybridClock::counter(d) == 0);
}

TEST_CASE("a stamp observed from another desk moves the clock forward", "[clock]")
{
    qint64 wall = 1'000;
    HybridClock clock([&wall] { return wall; });
    const qint64 remote = HybridClock::pack(5'000, 7);
    clock.observe(remote);
    CHECK(clock.now() > remote);
    clock.observe(HybridClock::pack(10, 0)); // an older stamp changes nothing
    CHECK(clock.now() == remote + 2);
}

TEST_CASE("the counter carries into the milliseconds", "[clock]")
{
    HybridClock clock([] { return qint64(42); });
    clock.setLast(HybridClock::pack(42, 0xffff));
    const qint64 next = clock.now();
    CHECK(HybridClock::wallMillis(next) == 43);
    CHECK(HybridClock::counter(next) == 0);
}

TEST_CASE("the clock survives closing the database", "[clock]")
{
    test::TestDatabase t;
    test::addPerson(t.db());
    const qint64 before = t->clock().last();
    t.reopen(); // the stepping clock of the new connection starts at the same instant again
    CHECK(t->clock().last() == before);
    CHECK(t->tick() > before);
}

TEST_CASE("field clocks round-trip through their text form", "[clock]")
{
    FieldClocks clocks;
    clocks.set(QStringLiteral("phone"), {HybridClock::pack(1'750'000'000'123, 3), 2, {{1, 77}, {3, 99}}});
    clocks.set(QStringLiteral("family_name"), {HybridClock::pack(1'750'000'000'124, 0), 1, {}});
    const FieldClocks back = FieldClocks::parse(clocks.toString());
    REQUIRE(back.stamps().size() == 2);
    CHECK(back.find(QStringLiteral("phone"))->hlc == HybridClock::pack(1'750'000'000'123, 3));
    CHECK(back.find(QStringLiteral("phone"))->desk == 2);
    CHECK(back.find(QStringLiteral("phone"))->seen == std::map<qint64, qint64>{{1, 77}, {3, 99}});
    CHECK(back.find(QStringLiteral("family_name"))->seen.empty());
    CHECK(FieldClocks::parse(QStringLiteral("garbage,x:y")).isEmpty());
}

TEST_CASE("a value has seen what it replaced and what that had seen", "[clock]")
{
    using Stamp = FieldClocks::Stamp;
    const Stamp a1{100, 1, {}};
    Stamp c2{200, 3, {}};
    CHECK_FALSE(c2.hasSeen(a1));
    Stamp d3{300, 4, {}};
    d3.absorb(c2); // D edited after seeing C's value
    CHECK(d3.hasSeen(c2));
    CHECK_FALSE(d3.hasSeen(a1)); // C's value never saw A's: concurrent
    Stamp a2{150, 1, {}};
    a2.absorb(a1);
    CHECK(a2.hasSeen(a1));
    CHECK(a2.hasSeen(a2));
    c2.absorb(a2);
    d3.absorb(c2);
    CHECK(d3.hasSeen(a1));
    CHECK(d3.seen.at(1) == 150);
}
