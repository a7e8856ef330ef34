#include <catch2/catch.hpp>

#include <QUuid>

#include "core/util/BloomFilter.h"

using namespace percorsi;

TEST_CASE("A Bloom filter never forgets what was added and rarely imagines more", "[util]")
{
    BloomFilter filter(20); // 2^20 bits for 50,000 uuids: about 21 bits each
    std::vector<QString> added, others;
    for (int i = 0; i < 50'000; ++i) {
        added.push_back(QUuid::createUuid().toString(QUuid::WithoutBraces));
        others.push_back(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    BloomFilter empty(12);
    CHECK_FALSE(empty.mayContain(added.front()));
    for (const QString& uuid : added)
        filter.add(uuid);
    int missing = 0;
    for (const QString& uuid : added)
        missing += filter.mayContain(uuid) ? 0 : 1;
    CHECK(missing == 0);
    int imagined = 0;
    for (const QString& uuid : others)
        imagined += filter.mayContain(uuid) ? 1 : 0;
    // Four probes at 21 bits a string: about 0.1% expected; 1% is far beyond chance.
    CHECK(imagined < 500);
}

TEST_CASE("A string hashed ahead is the same string to a Bloom filter", "[util]")
{
    BloomFilter filter(16);
    const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CHECK(BloomFilter::hash(a) == BloomFilter::hash(QString(a)));
    CHECK(BloomFilter::hash(a) != BloomFilter::hash(b));
    filter.prefetch(BloomFilter::hash(a)); // a hint only
    filter.add(BloomFilter::hash(a));
    CHECK(filter.mayContain(a));
    filter.add(b);
    CHECK(filter.mayContain(BloomFilter::hash(b)));
}
