#include <catch2/catch.hpp>

#include "core/search/DuplicateFinder.h"
#include "core/search/NameFolding.h"
#include "core/storage/PersonFacts.h"
#include "core/storage/PersonQuery.h"
#include "core/storage/PersonStore.h"
#include "core/storage/RecordStore.h"
#include "core/domain/Schema.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

qint64 addPerson(Database& db, const QString& given, const QString& family,
                 const QString& phone = {}, const QString& birth = QStringLiteral("1990-04-12"))
{
    PersonStore people(db);
    Record r = test::person(given, family).with("birth_date", birth);
    if (!phone.isEmpty())
        r.set("phone", phone);
    auto created = people.create(r);
    REQUIRE(created.ok());
    return created->id();
}

DuplicateFinder::Candidate cand(const QString& given, const QString& family, int year = 0,
                                const QString& phone = {}, qint64 exclude = 0)
{
    DuplicateFinder::Candidate c;
    c.givenName = given;
    c.familyName = family;
    c.birthYear = year;
    c.phone = phone;
    c.excludeId = exclude;
    return c;
}

std::vector<qint64> matchIds(Database& db, const DuplicateFinder::Candidate& c)
{
    auto found = DuplicateFinder(db).find(c);
    REQUIRE(found.ok());
    std::vector<qint64> ids;
    for (const auto& m : *found)
        ids.push_back(m.id);
    return ids;
}

} // namespace

TEST_CASE("Transliteration variants of a name share one key", "[desk][duplicates]")
{
    using D = DuplicateFinder;
    CHECK(D::wordKey(QStringLiteral("Mohamed")) == D::wordKey(QStringLiteral("Mohammed")));
    CHECK(D::wordKey(QStringLiteral("Muhammad")) == D::wordKey(QStringLiteral("Mohamed")));
    CHECK(D::wordKey(QStringLiteral("Mohammad")) == D::wordKey(QStringLiteral("Mohamed")));
    CHECK(D::wordKey(QStringLiteral("Fatma")) == D::wordKey(QStringLiteral("Fatima")));
    CHECK(D::wordKey(QStringLiteral("Fatuma")) == D::wordKey(QStringLiteral("Fatima")));
    CHECK(D::wordKey(QStringLiteral("Aisha")) == D::wordKey(QStringLiteral("Aicha")));
    CHECK(D::wordKey(QStringLiteral("Ayesha")) == D::wordKey(QStringLiteral("Aisha")));
    CHECK(D::wordKey(QStringLiteral("Aysha")) == D::wordKey(QStringLiteral("Aisha")));
    CHECK(D::wordKey(QStringLiteral("FÁTIMA")) == D::wordKey(QStringLiteral("fatima")));
    CHECK(D::wordKey(QStringLiteral("Fatima")) != D::wordKey(QStringLiteral("Amina")));
    CHECK(D::nameKey(QStringLiteral("Fatima"), QStringLiteral("Diallo"))
          == D::nameKey(QStringLiteral("Diallo"), QStringLiteral("Fatma")));
    CHECK(D::nameKey(QStringLiteral("Fatima"), {}).isEmpty());
    CHECK(D::phoneKey(QStringLiteral("+39 347 123 4567")) == D::phoneKey(QStringLiteral("3471234567")));
    CHECK(D::phoneKey(QStringLiteral("12 34")).isEmpty());
}

TEST_CASE("Word keys are those of the sound rules applied one after the other", "[desk][duplicates]")
{
    // The rules as the stored keys were made: each searched for in turn,
    // whatever letters the word holds.
    const auto plainKey = [](const QString& word) {
        QString w = NameFolding::fold(word).remove(QLatin1Char(' '));
        const char16_t* rules[][2] = {{u"sch", u"s"}, {u"ph", u"f"}, {u"ch", u"s"}, {u"sh", u"s"},
                                      {u"kh", u"k"},  {u"gh", u"g"}, {u"dh", u"d"}, {u"th", u"t"},
                                      {u"ck", u"k"},  {u"q", u"k"},  {u"c", u"k"},  {u"x", u"ks"},
                                      {u"w", u"u"},   {u"z", u"s"}};
        for (const auto& rule : rules)
            w.replace(QString::fromUtf16(rule[0]), QString::fromUtf16(rule[1]));
        if (w.isEmpty())
            return QString();
        const auto vowel = [](QChar c) { return QStringView(u"aeiouy").contains(c); };
        QString key = vowel(w.front()) ? QStringLiteral("a") : QString(w.front());
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (!vowel(w.at(i)) && w.at(i) != key.back())
                key += w.at(i);
        }
        return key;
    };
    // Words whose letters appear only once an earlier rule wrote them (chh, qh,
    // xh …), names of the demo, and letters of other scripts.
    QStringList words = {QStringLiteral("chh"),      QStringLiteral("schh"),   QStringLiteral("Cchh"),
                         QStringLiteral("qh"),       QStringLiteral("xh"),     QStringLiteral("xw"),
                         QStringLiteral("Schwarz"),  QStringLiteral("Khadija"), QStringLiteral("Achraf"),
                         QStringLiteral("Zeynep"),   QStringLiteral("Ghizlane"), QStringLiteral("Dhaqane"),
                         QStringLiteral("Tchoumi"),  QStringLiteral("Qwxz"),   QStringLiteral("Ouedraogo"),
                         QStringLiteral("Nguyễn"),   QStringLiteral("محمد"),   QStringLiteral("Łucja"),
                         QStringLiteral("Straße"),   QStringLiteral("Thh"),    QString()};
    const QString letters = QStringLiteral("schkqxwzgdtpha");
    for (int i = 0; i < 2000; ++i) { // every short word of the rules' letters, by number
        QString w;
        for (int n = i + 1; n > 0; n /= int(letters.size()) + 1) {
            if (n % (letters.size() + 1))
                w += letters.at(n % (letters.size() + 1) - 1);
        }
        words << w;
    }
    for (const QString& word : words) {
        INFO(word.toStdString());
        CHECK(DuplicateFinder::wordKey(word) == plainKey(word));
    }
}

TEST_CASE("Likely duplicates are found by name in any spelling and order, or by phone",
          "[desk][duplicates]")
{
    TestDatabase t;
    const qint64 fatima = addPerson(t.db(), QStringLiteral("Fátima"), QStringLiteral("Mohammed"),
                                    QStringLiteral("+39 347 123 4567"));
    const qint64 other = addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));

    const auto swapped = cand(QStringLiteral("Muhammad"), QStringLiteral("fatma"), 1990);
    CHECK(matchIds(t.db(), swapped) == std::vector<qint64>{fatima});
    auto found = DuplicateFinder(t.db()).find(swapped);
    REQUIRE(found->size() == 1);
    CHECK(found->front().sameName);
    CHECK(found->front().sameBirthYear);
    CHECK_FALSE(found->front().samePhone);

    const auto byPhone = cand(QStringLiteral("Zahra"), QStringLiteral("Ali"), 0,
                              QStringLiteral("347-1234567"));
    CHECK(matchIds(t.db(), byPhone) == std::vector<qint64>{fatima});

    const auto herself = cand(QStringLiteral("Fatima"), QStringLiteral("Mohamed"), 0, {}, fatima);
    CHECK(matchIds(t.db(), herself).empty());
    CHECK(matchIds(t.db(), cand(QStringLiteral("Amina"), QStringLiteral("Dialo")))
          == std::vector<qint64>{other});
    CHECK(matchIds(t.db(), cand(QStringLiteral("Grace"), QStringLiteral("Okafor"))).empty());
}

TEST_CASE("Renaming a person or changing her phone updates her keys", "[desk][duplicates]")
{
    TestDatabase t;
    const qint64 id = addPerson(t.db(), QStringLiteral("Aisha"), QStringLiteral("Warsame"));
    PersonStore people(t.db());
    Record p = *people.get(schema::def(Entity::Person), id);
    p.set("family_name", QStringLiteral("Hussein"));
    p.set("phone", QStringLiteral("0612345678"));
    REQUIRE(people.update(p).ok());
    CHECK(matchIds(t.db(), cand(QStringLiteral("Aicha"), QStringLiteral("Husein"))) == std::vector<qint64>{id});
    CHECK(matchIds(t.db(), cand(QStringLiteral("Aicha"), QStringLiteral("Warsame"))).empty());
    CHECK(matchIds(t.db(), cand({}, {}, 0, QStringLiteral("+31 6 12345678"))) == std::vector<qint64>{id});
}

TEST_CASE("The People query filters, sorts, pages and counts", "[desk][people]")
{
    TestDatabase t;
    const qint64 a = addPerson(t.db(), QStringLiteral("Zeynep"), QStringLiteral("Arslan"));
    const qint64 b = addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    const qint64 c = addPerson(t.db(), QStringLiteral("Grace"), QStringLiteral("Okafor"));
    PersonStore people(t.db());
    REQUIRE(people.closeCase(c, QStringLiteral("moved_away"), QDate(2026, 3, 1)).ok());
    const qint64 path = test::add(t.db(), test::path());
    test::add(t.db(), test::enrolment(path, b));

    PersonQuery q(t.db());
    using S = PersonQuery::Sort;
    CHECK(*q.ids({}, S::CaseNumber, false, 10, 0) == std::vector<qint64>{a, b, c});
    CHECK(*q.ids({}, S::FamilyName, false, 10, 0) == std::vector<qint64>{a, b, c});
    CHECK(*q.ids({}, S::GivenName, false, 10, 0) == std::vector<qint64>{b, c, a});
    CHECK(*q.ids({}, S::GivenName, true, 10, 0) == std::vector<qint64>{a, c, b});
    CHECK(*q.ids({}, S::CaseNumber, false, 2, 1) == std::vector<qint64>{b, c});
    CHECK(*q.count({}) == 3);

    PersonQuery::Filter closed;
    closed.status = QStringLiteral("closed");
    CHECK(*q.ids(closed, S::CaseNumber, false, 10, 0) == std::vector<qint64>{c});
    CHECK(*q.count(closed) == 1);
    PersonQuery::Filter inPath;
    inPath.pathId = path;
    CHECK(*q.ids(inPath, S::CaseNumber, false, 10, 0) == std::vector<qint64>{b});
    PersonQuery::Filter found;
    found.restrictToIds = true;
    found.ids = {c, a};
    CHECK(*q.ids(found, S::FamilyName, false, 10, 0) == std::vector<qint64>{a, c});
    CHECK(*q.count(found) == 2);
    PersonQuery::Filter otherDesk;
    otherDesk.deskId = 999;
    CHECK(*q.count(otherDesk) == 0);
}

TEST_CASE("Pages read in any order after others equal pages counted from the start",
          "[desk][people]")
{
    TestDatabase t;
    // Names with ties, so that every order needs its later keys.
    const QStringList given{QStringLiteral("Amina"), QStringLiteral("Sara"), QStringLiteral("Fatou")};
    const QStringList family{QStringLiteral("Diallo"), QStringLiteral("Haile"), QStringLiteral("Ndiaye"),
                             QStringLiteral("Rossi")};
    std::vector<qint64> ids;
    for (int i = 0; i < 90; ++i)
        ids.push_back(addPerson(t.db(), given[i % 3], family[(i / 3) % 4]));
    PersonStore people(t.db());
    for (int i = 0; i < 90; i += 7)
        REQUIRE(people.closeCase(ids[size_t(i)], QStringLiteral("moved_away"), QDate(2026, 3, 1)).ok());

    using S = PersonQuery::Sort;
    PersonQuery::Filter closed;
    closed.status = QStringLiteral("closed");
    PersonQuery::Filter some;
    some.restrictToIds = true;
    some.ids = std::vector<qint64>(ids.begin() + 10, ids.begin() + 70);
    PersonQuery q(t.db());
    const int pages[] = {0, 3, 1, 8, 2, 7, 5, 4, 6, 8, 0};
    for (const PersonQuery::Filter& filter : {PersonQuery::Filter(), closed, some}) {
        for (S sort : {S::CaseNumber, S::FamilyName, S::GivenName, S::IntakeDate, S::BirthYear,
                       S::Status}) {
            for (bool descending : {false, true}) {
                for (int page : pages) {
                    // A new query has read no page before: it counts from the start.
                    auto fresh = PersonQuery(t.db()).ids(filter, sort, descending, 11, page * 11);
                    auto jumped = q.ids(filter, sort, descending, 11, page * 11);
                    REQUIRE(fresh.ok());
                    REQUIRE(jumped.ok());
                    INFO("sort " << int(sort) << (descending ? " descending" : "") << ", page " << page);
                    CHECK(*jumped == *fresh);
                }
            }
        }
    }
    // A change moves people between pages: what was learnt of them is forgotten.
    REQUIRE(q.ids({}, S::FamilyName, false, 11, 33).ok());
    Record renamed = *RecordStore(t.db()).get(schema::def(Entity::Person), ids[1]);
    renamed.set("family_name", QStringLiteral("Aaberg"));
    REQUIRE(RecordStore(t.db()).update(renamed).ok());
    for (int page : {5, 2, 0, 7})
        CHECK(*q.ids({}, S::FamilyName, false, 11, page * 11) ==
              *PersonQuery(t.db()).ids({}, S::FamilyName, false, 11, page * 11));
}

TEST_CASE("Open needs come from the latest assessment", "[desk][people]")
{
    TestDatabase t;
    const qint64 a = addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    const qint64 b = addPerson(t.db(), QStringLiteral("Grace"), QStringLiteral("Okafor"));
    auto assess = [&](qint64 person, const char* date, int need) {
        test::add(t.db(), Record(Entity::Assessment).with("person_id", person)
                              .with("assessed_on", QString::fromLatin1(date)).with("need_work", need));
    };
    assess(a, "2026-01-10", 3);
    assess(a, "2026-02-10", 1); // better now
    assess(b, "2026-02-10", 2);
    PersonQuery::Filter needs;
    needs.openNeeds = true;
    CHECK(*PersonQuery(t.db()).ids(needs, PersonQuery::Sort::CaseNumber, false, 10, 0)
          == std::vector<qint64>{b});
}

TEST_CASE("Alerts: permit expiring, follow-up due, three absences in a row", "[desk][alerts]")
{
    TestDatabase t;
    const QDate today = t->today();
    PersonStore people(t.db());
    const qint64 permit = addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    const qint64 quiet = addPerson(t.db(), QStringLiteral("Grace"), QStringLiteral("Okafor"));
    const qint64 absent = addPerson(t.db(), QStringLiteral("Zeynep"), QStringLiteral("Arslan"));
    const qint64 placed = addPerson(t.db(), QStringLiteral("Aisha"), QStringLiteral("Warsame"));
    Record p = *people.get(schema::def(Entity::Person), permit);
    p.set("permit_type", QStringLiteral("work"));
    p.set("permit_expiry", today.addDays(30).toString(Qt::ISODate));
    REQUIRE(people.update(p).ok());
    Record q = *people.get(schema::def(Entity::Person), quiet);
    q.set("permit_expiry", today.addDays(90).toString(Qt::ISODate));
    REQUIRE(people.update(q).ok());

    const qint64 path = test::add(t.db(), test::path(QStringLiteral("Italiano"), QStringLiteral("2026-01-05"),
                                                     QStringLiteral("2026-06-30")));
    test::add(t.db(), test::enrolment(path, absent));
    test::add(t.db(), test::enrolment(path, quiet));
    const char* statuses[] = {"present", "absent", "absent", "absent"};
    for (int i = 0; i < 4; ++i) {
        const qint64 s = test::add(t.db(), test::session(path, today.addDays(-21 + 7 * i).toString(Qt::ISODate)));
        test::add(t.db(), test::attendance(s, absent, QString::fromLatin1(statuses[i])));
        test::add(t.db(), test::attendance(s, quiet, QString::fromLatin1(statuses[3 - i])));
    }
    const qint64 employer = test::add(t.db(), test::employer());
    const qint64 placement = test::add(t.db(), Record(Entity::Placement).with("person_id", placed).with("employer_id", employer)
                          .with("type", QStringLiteral("internship_curricular")).with("stage", QStringLiteral("ended"))
                          .with("start_date", QStringLiteral("2025-01-10"))
                          .with("end_date", QStringLiteral("2025-06-10")));
    test::add(t.db(), Record(Entity::Followup).with("person_id", placed).with("placement_id", placement)
                          .with("reason", QStringLiteral("placement_end"))
                          .with("due_on", QStringLiteral("2025-12-10")));

    PersonFacts facts(t.db());
    CHECK(facts.alerts(permit)->permitExpiry == today.addDays(30));
    CHECK_FALSE(facts.alerts(quiet)->any());
    CHECK(*facts.consecutiveAbsences(absent) == 3);
    CHECK(*facts.consecutiveAbsences(quiet) == 0);
    CHECK(facts.alerts(absent)->any());
    CHECK(facts.alerts(placed)->followUpsDue == 1);

    PersonQuery::Filter alerts;
    alerts.alerts = true;
    auto found = PersonQuery(t.db()).ids(alerts, PersonQuery::Sort::CaseNumber, false, 10, 0);
    INFO((found ? QString() : found.error().message()).toStdString());
    REQUIRE(found.ok());
    CHECK(*PersonQuery(t.db()).ids(alerts, PersonQuery::Sort::CaseNumber, false, 10, 0)
          == std::vector<qint64>{permit, absent, placed});
    auto rates = facts.attendance(absent);
    REQUIRE(rates->size() == 1);
    CHECK(rates->front().present == 1);
    CHECK(rates->front().recorded == 4);
}

TEST_CASE("History lists everything that happened to her, newest first", "[desk][history]")
{
    TestDatabase t;
    const qint64 id = addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));
    const qint64 service = test::add(t.db(), test::service());
    test::add(t.db(), Record(Entity::Referral).with("person_id", id).with("service_id", service)
                          .with("referred_on", QStringLiteral("2026-03-02"))
                          .with("status", QStringLiteral("sent")));
    test::add(t.db(), Record(Entity::Intervention).with("person_id", id)
                          .with("kind", QStringLiteral("legal")).with("date", QStringLiteral("2026-02-20")));
    auto history = PersonFacts(t.db()).history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).entity == QLatin1String("referral"));
    CHECK(history->at(0).what == QLatin1String("Consultorio familiare"));
    CHECK(history->at(1).entity == QLatin1String("intervention"));
    CHECK(history->at(2).entity == QLatin1String("person"));
    CHECK(history->at(2).date == QDate(2026, 2, 10));
}

TEST_CASE("A case closes with a reason and an exit date and reopens", "[desk][close]")
{
    TestDatabase t;
    PersonStore people(t.db());
    const qint64 id = addPerson(t.db(), QStringLiteral("Amina"), QStringLiteral("Diallo"));

    CHECK_FALSE(people.closeCase(id, {}, QDate(2026, 3, 1)).ok());
    CHECK_FALSE(people.closeCase(id, QStringLiteral("found_work"), {}).ok());
    auto early = people.closeCase(id, QStringLiteral("found_work"), QDate(2026, 1, 1));
    CHECK_FALSE(early.ok()); // before the intake date
    CHECK_FALSE(people.closeCase(id, QStringLiteral("found_work"), t->today().addDays(1)).ok());
    CHECK_FALSE(people.reopenCase(id).ok());

    auto closed = people.closeCase(id, QStringLiteral("found_work"), QDate(2026, 3, 1),
                                   QStringLiteral("employed"));
    REQUIRE(closed.ok());
    CHECK(closed->text("status") == QLatin1String("closed"));
    CHECK(closed->text("exit_date") == QLatin1String("2026-03-01"));
    CHECK_FALSE(people.closeCase(id, QStringLiteral("other"), QDate(2026, 3, 2)).ok());

    auto reopened = people.reopenCase(id);
    REQUIRE(reopened.ok());
    CHECK(reopened->text("status") == QLatin1String("active"));
    CHECK(reopened->isNull("exit_date"));
    CHECK(reopened->isNull("close_reason"));
    CHECK(reopened->isNull("exit_situation"));
}

TEST_CASE("A person is registered with her consents in one transaction", "[desk][intake]")
{
    TestDatabase t;
    PersonStore people(t.db());
    auto consent = [](const char* purpose) {
        return Record(Entity::Consent).with("purpose", QString::fromLatin1(purpose))
            .with("legal_basis", QStringLiteral("consent")).with("given_on", QStringLiteral("2026-02-10"));
    };
    auto created = people.createWithConsents(test::person(), {consent("services"), consent("photos")});
    REQUIRE(created.ok());
    auto count = [&] { return *t->connection().scalar("SELECT count(*) FROM consent"); };
    CHECK(count() == 2);

    auto refused = people.createWithConsents(test::person(QStringLiteral("Grace"), QStringLiteral("Okafor")),
                                             {consent("services"), consent("no_such_purpose")});
    CHECK_FALSE(refused.ok());
    CHECK(count() == 2);
    CHECK(*t->connection().scalar("SELECT count(*) FROM person") == 1);
}
