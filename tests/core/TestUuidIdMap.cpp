#include <catch2/catch.hpp>

#include <QString>
#include <QUuid>

#include "core/util/UuidIdMap.h"

using namespace percorsi;

TEST_CASE("ids are found by kind and uuid, and only uuids in canonical form are held", "[util]")
{
    const QString a = QStringLiteral("0190a8b4-7c1e-7d2a-9f00-12ab34cd56ef");
    const QString b = QStringLiteral("0190a8b4-7c1e-7d2a-9f00-12ab34cd56f0");
    UuidIdMap map(4);
    CHECK_FALSE(map.find(1, a));
    map.insert(1, a, 17);
    map.insert(2, a, 23); // the same uuid in another kind
    map.insert(1, b, (qint64(1) << 47) - 1);
    CHECK(map.find(1, a) == 17);
    CHECK(map.find(2, a) == 23);
    CHECK(map.find(1, b) == (qint64(1) << 47) - 1);
    CHECK_FALSE(map.find(3, a));
    map.insert(1, a, 18); // a later word replaces the earlier
    CHECK(map.find(1, a) == 18);
    CHECK(map.size() == 3);

    // Another spelling is another text to SQLite: never answered from memory.
    const QString upper = a.toUpper();
    map.insert(1, upper, 99);
    CHECK_FALSE(map.find(1, upper));
    for (const char* bad : {"0190a8b4-7c1e-7d2a-9f00-12ab34cd56e", "0190a8b4-7c1e-7d2a-9f00-12ab34cd56efa",
                            "0190a8b47c1e-7d2a-9f00-12ab34cd56ef0", "0190a8b4-7c1e-7d2a-9f00-12ab34cd56eg",
                            "{190a8b4-7c1e-7d2a-9f00-12ab34cd56e}"}) {
        INFO(bad);
        CHECK_FALSE(UuidIdMap::parse(QString::fromLatin1(bad)));
        map.insert(1, QString::fromLatin1(bad), 5);
    }
    CHECK(map.size() == 3);
    const auto bits = UuidIdMap::parse(a);
    REQUIRE(bits);
    CHECK(bits->hi == 0x0190a8b47c1e7d2aULL);
    CHECK(bits->lo == 0x9f0012ab34cd56efULL);
    // Ids the table cannot hold are not held.
    map.insert(1, b, qint64(1) << 47);
    map.insert(0x10000, b, 5);
    map.insert(1, b, 0);
    CHECK(map.find(1, b) == (qint64(1) << 47) - 1);
    CHECK_FALSE(map.find(0x10000, b));
}

TEST_CASE("a full map forgets every id and starts again, so memory stays flat", "[util]")
{
    UuidIdMap map(10); // 1,024 ids
    std::vector<QString> uuids;
    for (int i = 0; i < 3000; ++i)
        uuids.push_back(QUuid::createUuid().toString(QUuid::WithoutBraces));
    for (int i = 0; i < 1024; ++i)
        map.insert(7, uuids[size_t(i)], i + 1);
    CHECK(map.size() == 1024);
    for (int i = 0; i < 1024; ++i)
        REQUIRE(map.find(7, uuids[size_t(i)]) == i + 1);
    for (int i = 1024; i < 3000; ++i)
        REQUIRE_FALSE(map.find(7, uuids[size_t(i)]));
    map.insert(7, uuids[1024], 1025); // the 1,025th: all are forgotten first
    CHECK(map.size() == 1);
    CHECK_FALSE(map.find(7, uuids[0]));
    CHECK(map.find(7, uuids[1024]) == 1025);
    map.clear();
    CHECK(map.size() == 0);
    CHECK_FALSE(map.find(7, uuids[1024]));
}

TEST_CASE("a uuid parsed ahead finds and holds the same id as its text", "[util]")
{
    const QString a = QStringLiteral("0190a8b4-7c1e-7d2a-9f00-12ab34cd56ef");
    const auto bits = UuidIdMap::parse(a);
    REQUIRE(bits);
    UuidIdMap map(4);
    map.prefetch(1, *bits); // a hint only, before the table exists as after
    CHECK_FALSE(map.find(1, *bits));
    map.insert(1, *bits, 41);
    map.prefetch(1, *bits);
    CHECK(map.find(1, a) == 41);
    CHECK(map.find(1, *bits) == 41);
    CHECK_FALSE(map.find(2, *bits));
    map.insert(1, a, 42);
    CHECK(map.find(1, *bits) == 42);
    CHECK(map.size() == 1);
}
