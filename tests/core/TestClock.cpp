#include <catch2/catch.hpp>

#include "core/sync/FieldClocks.h"
#include "core/sync/HybridClock.h"
#include "core/sync/Merger.h"
#include "core/sync/WireClock.h"
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

TEST_CASE("a wire stamp is read apart from the desks it names, then tied to them", "[clock]")
{
    const QString a = QStringLiteral("0190a8b4-7c1e-7d2a-9f00-12ab34cd56ef");
    const QString b = QStringLiteral("0190a8b4-7c1e-7d2a-9f00-12ab34cd56f0");
    const auto idOf = [&](QStringView uuid) -> qint64 { return uuid == a ? 3 : uuid == b ? 5 : 0; };
    const QString text = QStringLiteral("1234@") + a + QStringLiteral("^") + b + QStringLiteral("=99");
    QString problem;
    const auto parsed = WireClock::parse(text, &problem);
    REQUIRE(parsed);
    CHECK(parsed->hlc == 1234);
    CHECK(parsed->desk == a);
    REQUIRE(parsed->seen.size() == 1);
    CHECK(parsed->seen[0].first == b);
    CHECK(parsed->seen[0].second == 99);
    const auto stamp = WireClock::resolve(*parsed, idOf, &problem);
    REQUIRE(stamp);
    CHECK(stamp->hlc == 1234);
    CHECK(stamp->desk == 3);
    CHECK(stamp->seen == std::map<qint64, qint64>{{5, 99}});
    const auto whole = WireClock::fromWire(text, idOf, &problem);
    REQUIRE(whole);
    CHECK(whole->seen == stamp->seen);

    for (const char* bad : {"", "@x", "0@x", "12x@y", "5@a^b", "5@a^=3", "5@a^b=x"}) {
        INFO(bad);
        problem.clear();
        CHECK_FALSE(WireClock::parse(QString::fromLatin1(bad), &problem));
        CHECK(problem.contains(QLatin1String("is not a clock stamp")));
    }
    problem.clear();
    const QString strange = QStringLiteral("7@") + a + QStringLiteral("^nobody=1"); // the views point into it
    const auto unknown = WireClock::parse(strange, &problem);
    REQUIRE(unknown);
    CHECK_FALSE(WireClock::resolve(*unknown, idOf, &problem));
    CHECK(problem.contains(QLatin1String("desk nobody, which is not in the bundle")));
}

TEST_CASE("the desks a bundle names are numbered once each, in the order met", "[clock]")
{
    Merger::DeskSlots desks;
    const QString a = QStringLiteral("0190a8b4-7c1e-7d2a-9f00-12ab34cd56ef");
    const QString b = QStringLiteral("0190a8b4-7c1e-7d2a-9f00-12ab34cd56f0");
    CHECK(desks.slotOf(a) == 0);
    CHECK(desks.slotOf(b) == 1);
    CHECK(desks.slotOf(QString(a)) == 0);
    CHECK(desks.slotOf(QStringView(b).left(35)) == 2); // another text, another desk
    CHECK(desks.slotOf(b) == 1);
}
