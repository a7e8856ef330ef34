#include <catch2/catch.hpp>

#include "core/search/NameFolding.h"
#include "core/search/PersonSearch.h"
#include "core/storage/PersonStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

QStringList found(Database& db, const QString& text)
{
    auto hits = PersonSearch(db).find(text);
    REQUIRE(hits.ok());
    QStringList names;
    for (const auto& h : *hits)
        names << h.givenName + QLatin1Char(' ') + h.familyName;
    return names;
}

} // namespace

TEST_CASE("ASCII names fold as through Unicode's tables", "[search]")
{
    // A combining mark sends a name through decomposition and case folding,
    // and folds to nothing: the result must be the short way's.
    const QChar mark(char16_t(0x0301));
    QStringList names;
    for (char16_t a = 0; a < 0x80; ++a) {
        names << QString(QChar(a));
        for (char16_t b : {u'A', u'z', u'5', u' ', u'-', u'\''})
            names << QString(QChar(a)) + QChar(b) << QString(QChar(b)) + QChar(a);
    }
    names << QStringLiteral("  Mary-Jane  O'Neil 3rd ") << QStringLiteral("N'DIAYE\tSow")
          << QStringLiteral("__x__") << QString();
    for (const QString& name : names) {
        INFO(name.toStdString());
        CHECK(NameFolding::fold(name) == NameFolding::fold(name + mark));
    }
    CHECK(NameFolding::fold(QStringLiteral("  Mary-Jane  O'Neil 3rd ")) == QStringLiteral("mary jane o neil 3rd"));
}

TEST_CASE("names fold to plain lower-case letters", "[search]")
{
    CHECK(NameFolding::fold(QStringLiteral("Nguyễn")) == QStringLiteral("nguyen"));
    CHECK(NameFolding::fold(QStringLiteral("Fátima")) == QStringLiteral("fatima"));
    CHECK(NameFolding::fold(QStringLiteral("Müller")) == QStringLiteral("muller"));
    CHECK(NameFolding::fold(QStringLiteral("Straße")) == QStringLiteral("strasse"));
    CHECK(NameFolding::fold(QStringLiteral("Søren Æbelø")) == QStringLiteral("soren aebelo"));
    CHECK(NameFolding::fold(QStringLiteral("Łucja Đorđević")) == QStringLiteral("lucja dordevic"));
    CHECK(NameFolding::fold(QStringLiteral("Işıl")) == QStringLiteral("isil"));
    CHECK(NameFolding::fold(QStringLiteral("  N'Diaye-Sow  ")) == QStringLiteral("n diaye sow"));
    CHECK(NameFolding::fold(QStringLiteral("ＡＢＣ")) == QStringLiteral("abc")); // full-width
    CHECK(NameFolding::fold(QStringLiteral("فاطمة")) == QStringLiteral("فاطمة"));
}

TEST_CASE("search finds people whatever the accents, case and word order", "[search]")
{
    TestDatabase t;
    test::addPerson(t.db(), QStringLiteral("Thi Lan"), QStringLiteral("Nguyễn"));
    test::addPerson(t.db(), QStringLiteral("Fátima"), QStringLiteral("El Amrani"));
    test::addPerson(t.db(), QStringLiteral("Hannelore"), QStringLiteral("Müller"));
    test::addPerson(t.db(), QStringLiteral("Amal"), QStringLiteral("Ben Salah"));
    test::addPerson(t.db(), QStringLiteral("Salah"), QStringLiteral("Haddad"));
    test::addPerson(t.db(), QStringLiteral("Rosa"), QStringLiteral("Quispe"));

    CHECK(found(t.db(), QStringLiteral("nguyen")) == QStringList{QStringLiteral("Thi Lan Nguyễn")});
    CHECK(found(t.db(), QStringLiteral("fatima")) == QStringList{QStringLiteral("Fátima El Amrani")});
    CHECK(found(t.db(), QStringLiteral("muller")) == QStringList{QStringLiteral("Hannelore Müller")});
    CHECK(found(t.db(), QStringLiteral("MÜLLER")) == QStringList{QStringLiteral("Hannelore Müller")});
    CHECK(found(t.db(), QStringLiteral("ben salah")) == QStringList{QStringLiteral("Amal Ben Salah")});
    CHECK(found(t.db(), QStringLiteral("salah ben")) == QStringList{QStringLiteral("Amal Ben Salah")});
    CHECK(found(t.db(), QStringLiteral("salah")).size() == 2);
    CHECK(found(t.db(), QStringLiteral("uisp")) == QStringList{QStringLiteral("Rosa Quispe")});
    CHECK(found(t.db(), QStringLiteral("zzz")).isEmpty());
    CHECK(found(t.db(), QStringLiteral("  ")).isEmpty());
}

TEST_CASE("one and two letters match the start of a name", "[search]")
{
    TestDatabase t;
    test::addPerson(t.db(), QStringLiteral("Thi Lan"), QStringLiteral("Nguyễn"));
    test::addPerson(t.db(), QStringLiteral("Ngozi"), QStringLiteral("Okafor"));
    test::addPerson(t.db(), QStringLiteral("Rosa"), QStringLiteral("Quispe"));
    CHECK(found(t.db(), QStringLiteral("ng")).size() == 2);
    CHECK(found(t.db(), QStringLiteral("q")) == QStringList{QStringLiteral("Rosa Quispe")});
    CHECK(found(t.db(), QStringLiteral("o")) == QStringList{QStringLiteral("Ngozi Okafor")});
    CHECK(found(t.db(), QStringLiteral("ng ok")) == QStringList{QStringLiteral("Ngozi Okafor")});
}

TEST_CASE("search follows renames and deletions, and finds case numbers", "[search]")
{
    TestDatabase t;
    PersonStore people(t.db());
    const qint64 id = test::addPerson(t.db(), QStringLiteral("Aisha"), QStringLiteral("Mohammed"));
    Record r = *people.get(schema::def(Entity::Person), id);
    r.set("family_name", QStringLiteral("Muhammad"));
    REQUIRE(people.update(r).ok());
    CHECK(found(t.db(), QStringLiteral("mohammed")).isEmpty());
    CHECK(found(t.db(), QStringLiteral("muhammad")).size() == 1);
    CHECK(found(t.db(), QStringLiteral("MI-SS-000001")).size() == 1);
    CHECK(found(t.db(), QStringLiteral("mi-ss-0000")).size() == 1);
    REQUIRE(people.remove(schema::def(Entity::Person), id).ok());
    CHECK(found(t.db(), QStringLiteral("muhammad")).isEmpty());
}
