#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSet>
#include <QUuid>
#include <thread>

#include "core/demo/DemoData.h"
#include "core/storage/PersonStore.h"
#include "core/util/TimeOrderedUuid.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;

namespace {

qint64 unixMsOf(const QString& uuid)
{
    return QStringView(uuid).left(8).toLongLong(nullptr, 16) * 65536 +
           QStringView(uuid).mid(9, 4).toLongLong(nullptr, 16);
}

void checkWellFormed(const QString& uuid)
{
    INFO(uuid.toStdString());
    REQUIRE(uuid.size() == 36);
    const QUuid parsed(uuid);
    REQUIRE_FALSE(parsed.isNull());
    CHECK(parsed.toString(QUuid::WithoutBraces) == uuid); // lower case, dashes in place
    CHECK(parsed.variant() == QUuid::DCE);
    CHECK(uuid.at(14) == QLatin1Char('7')); // the version (Qt 6.4 names versions up to 5)
}

} // namespace

TEST_CASE("Time-ordered uuids carry the time and grow with every draw", "[util]")
{
    TimeOrderedUuid sequence;
    const qint64 t = 1763856000000; // 2025-11-23
    quint64 word = 0x9e3779b97f4a7c15ull;
    auto draw = [&] { return word = word * 6364136223846793005ull + 1442695040888963407ull; };

    SECTION("the time is the first 48 bits")
    {
        const QString u = sequence.next(t, draw(), draw());
        checkWellFormed(u);
        CHECK(unixMsOf(u) == t);
    }
    SECTION("within a millisecond, when the clock steps back, and across milliseconds")
    {
        QString last = sequence.next(t, draw(), draw());
        const qint64 times[] = {t, t, t, t - 5000, t + 1, t + 1, t - 1, t + 2, t + 1000};
        for (int round = 0; round < 2000; ++round) {
            const QString u =
                sequence.next(times[round % std::size(times)] + round / 9 * 3000, draw(), draw());
            checkWellFormed(u);
            REQUIRE(last < u);
            last = u;
        }
    }
    SECTION("a millisecond whose random part is spent borrows the next one")
    {
        // Random words of all ones: the largest fresh start and the largest steps.
        QString last = sequence.next(t, ~0ull, ~0ull);
        bool borrowed = false;
        for (int i = 0; i < (1 << 16) && !borrowed; ++i) {
            const QString u = sequence.next(t, ~0ull, ~0ull);
            checkWellFormed(u);
            REQUIRE(last < u);
            borrowed = unixMsOf(u) == t + 1;
            last = u;
        }
        // 2^73 of room at steps of 2^32 lasts 2^41 draws: none is borrowed here.
        CHECK_FALSE(borrowed);
        TimeOrderedUuid spent;
        // A clock far ahead then set back: the sequence keeps to its own time.
        const QString ahead = spent.next(t + 60'000, draw(), draw());
        const QString back = spent.next(t, draw(), draw());
        CHECK(ahead < back);
        CHECK(unixMsOf(back) == t + 60'000);
    }
}

TEST_CASE("The process's uuids are distinct and ordered across threads", "[util]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    std::vector<QString> a, b;
    std::thread other([&] {
        for (int i = 0; i < 20'000; ++i)
            b.push_back(TimeOrderedUuid::create());
    });
    for (int i = 0; i < 20'000; ++i)
        a.push_back(TimeOrderedUuid::create());
    other.join();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> all;
    for (const auto* list : {&a, &b}) {
        CHECK(std::is_sorted(list->begin(), list->end()));
        for (const QString& u : *list)
            all.insert(u);
    }
    CHECK(all.size() == 40'000);
    checkWellFormed(a.front());
    CHECK(unixMsOf(a.front()) >= before);
    CHECK(unixMsOf(b.back()) <= after + 1);
}

TEST_CASE("New records and demo records get increasing uuids", "[util]")
{
    test::TestDatabase t;
    PersonStore people(t.db());
    QString last;
    for (int i = 0; i < 50; ++i) {
        auto person = people.create(test::person(QStringLiteral("Amina"), QString::number(i)));
        REQUIRE(person);
        checkWellFormed(person->uuid());
        CHECK(last < person->uuid());
        last = person->uuid();
    }
    demo::Rng first(7), again(7), other(8);
    QString previous;
    for (int i = 0; i < 1000; ++i) {
        const QString u = first.uuid();
        checkWellFormed(u);
        CHECK(u == again.uuid()); // the same seed, the same uuids
        CHECK(u != other.uuid());
        CHECK(previous < u);
        previous = u;
    }
}
