#include <catch2/catch.hpp>

#include "core/demo/DemoGenerator.h"
#include "core/search/PersonSearch.h"
#include "core/storage/Database.h"
#include "core/storage/DeferredUpkeep.h"
#include "core/storage/Transaction.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

QString rows(Database& db, const char* sql)
{
    Statement st = db.connection().prepare(sql);
    QString out;
    while (st.next()) {
        for (int c = 0; c < st.columnCount(); ++c)
            out += st.text(c) + (c + 1 < st.columnCount() ? QStringLiteral("|") : QStringLiteral("\n"));
    }
    REQUIRE(st.ok());
    return out;
}

void exec(Database& db, const QString& sql)
{
    const Status st = db.connection().exec(sql.toStdString());
    INFO(sql.toStdString());
    REQUIRE(st.ok());
}

// The search entries, duplicate keys, report facts and tallies of sessions and
// paths as kept, and as built from scratch.
QString kept(Database& db)
{
    return rows(db, "SELECT rowid, name FROM person_fts ORDER BY rowid") +
           rows(db, "SELECT person_id, name_key, phone_key FROM person_key ORDER BY person_id") +
           rows(db, "SELECT person_id, hex(facts) FROM report_facts ORDER BY person_id") +
           rows(db, "SELECT session_id, recorded, present, present_untimed, present_hours"
                    " FROM session_tally WHERE recorded <> 0 ORDER BY session_id") +
           rows(db, "SELECT * FROM path_tally ORDER BY path_id");
}

QString rebuilt(Database& db)
{
    return rows(db, "SELECT id, fold(given_name || ' ' || family_name || ' ' ||"
                    " coalesce(preferred_name, '')) FROM person ORDER BY id") +
           rows(db, "SELECT id, name_key(given_name, family_name), phone_key(phone) FROM person"
                    " ORDER BY id") +
           rows(db, "SELECT id, hex(report_facts(intake_date, desk_id, gender, birth_date,"
                    " birth_year, citizenships, country_of_birth, employment_status, housing,"
                    " status, exit_date, exit_situation, education_isced, disability, minority))"
                    " FROM person ORDER BY id") +
           rows(db, "SELECT session_id, count(*), sum(status = 'present'),"
                    " sum(status = 'present' AND hours IS NULL),"
                    " coalesce(sum(CASE WHEN status = 'present' THEN hours END), 0.0)"
                    " FROM attendance GROUP BY session_id ORDER BY session_id") +
           rows(db, "SELECT * FROM path_tally_now ORDER BY path_id");
}

// The first and latest assessments of each person as kept, and as the
// triggers count them again for every assessment.
QString spans(Database& db)
{
    return rows(db, "SELECT * FROM assessment_span ORDER BY person_id");
}

QString recountedSpans(Database& db)
{
    exec(db, QStringLiteral("SAVEPOINT recount"));
    exec(db, QStringLiteral("DELETE FROM assessment_span"));
    exec(db, QStringLiteral("UPDATE assessment SET person_id = person_id"));
    const QString out = spans(db);
    exec(db, QStringLiteral("ROLLBACK TO recount"));
    exec(db, QStringLiteral("RELEASE recount"));
    return out;
}

qint64 assess(Database& db, qint64 person, const char* on, int language)
{
    Record a(Entity::Assessment);
    a.with(u"person_id", person).with(u"assessed_on", QString::fromLatin1(on));
    return test::add(db, a.with(u"need_language", language).with(u"self_esteem", language + 1));
}

QString triggers(Database& db)
{
    return rows(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name");
}

std::vector<qint64> found(Database& db, const QString& text)
{
    auto hits = PersonSearch(db).find(text);
    REQUIRE(hits.ok());
    std::vector<qint64> ids;
    for (const auto& hit : *hits)
        ids.push_back(hit.id);
    return ids;
}

using Ids = std::vector<qint64>;

} // namespace

TEST_CASE("rows written in a bulk load get their search entries, keys and tallies at its end",
          "[sync][upkeep]")
{
    TestDatabase t;
    Database& db = t.db();
    const qint64 path = test::add(db, test::path());
    const qint64 s0 = test::add(db, test::session(path, QStringLiteral("2026-03-03")));
    const qint64 s1 = test::add(db, test::session(path, QStringLiteral("2026-03-10")));
    const qint64 sara = test::addPerson(db, QStringLiteral("Sara"), QStringLiteral("Haile"));
    const qint64 leaving = test::addPerson(db, QStringLiteral("Olga"), QStringLiteral("Petrova"));
    const qint64 amina = test::addPerson(db, QStringLiteral("Amina"), QStringLiteral("Diallo"));
    for (qint64 p : {sara, amina})
        test::add(db, test::enrolment(path, p));
    const qint64 oldMark = test::add(db, test::attendance(s0, sara));
    test::add(db, test::attendance(s0, amina, QStringLiteral("absent")));
    assess(db, sara, "2026-02-01", 3);
    const qint64 aminaAtEntry = assess(db, amina, "2026-02-02", 2);
    assess(db, amina, "2026-04-02", 1);
    REQUIRE(kept(db).toStdString() == rebuilt(db).toStdString());
    REQUIRE(spans(db).toStdString() == recountedSpans(db).toStdString());
    const QString schemaBefore = triggers(db);
    const int triggerCount =
        rows(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").trimmed().toInt();

    qint64 fatou = 0, lina = 0;
    {
        Transaction tx(db.connection());
        DeferredUpkeep upkeep(db.connection());
        REQUIRE(upkeep.start().ok());
        fatou = test::addPerson(db, QStringLiteral("Fatou"), QStringLiteral("Ndiaye"));
        lina = test::addPerson(db, QStringLiteral("Lina"), QStringLiteral("Rossi"));
        const qint64 rania = test::addPerson(db, QStringLiteral("Rania"), QStringLiteral("Haddad"));
        for (qint64 p : {fatou, rania})
            test::add(db, test::enrolment(path, p));
        // Renamed: one person from before, one added in the load.
        exec(db, QStringLiteral("UPDATE person SET family_name = 'Tesfaye' WHERE id = %1").arg(sara));
        exec(db, QStringLiteral("UPDATE person SET given_name = 'Fatima', phone = '+39 333 123 4567'"
                                " WHERE id = %1").arg(fatou));
        // Closed, and so counted as a leaver: one from before, one added in the load.
        for (qint64 p : {amina, fatou})
            exec(db, QStringLiteral("UPDATE person SET status = 'closed', exit_date = '2026-05-01',"
                                    " exit_situation = 'employed' WHERE id = %1").arg(p));
        // Removed: one from before, one added in the load.
        exec(db, QStringLiteral("DELETE FROM person WHERE id IN (%1, %2)").arg(leaving).arg(lina));
        // Marks: new ones in a session with older marks and in an empty one, one
        // moved to another session, one removed, and an older one changed.
        const qint64 moved = test::add(db, test::attendance(s0, fatou));
        test::add(db, test::attendance(s1, rania));
        const qint64 dropped = test::add(db, test::attendance(s1, sara, QStringLiteral("absent")));
        exec(db, QStringLiteral("UPDATE attendance SET session_id = %1, hours = 1.5 WHERE id = %2")
                     .arg(s1)
                     .arg(moved));
        exec(db, QStringLiteral("DELETE FROM attendance WHERE id = %1").arg(dropped));
        exec(db, QStringLiteral("UPDATE attendance SET status = 'excused' WHERE id = %1").arg(oldMark));
        // Assessments: a later one of a person from before, two of a new person
        // (one then edited), and an older one removed.
        assess(db, sara, "2026-05-01", 1);
        assess(db, fatou, "2026-03-05", 3);
        const qint64 edited = assess(db, fatou, "2026-03-06", 3);
        exec(db, QStringLiteral("UPDATE assessment SET need_language = 2 WHERE id = %1").arg(edited));
        exec(db, QStringLiteral("DELETE FROM assessment WHERE id = %1").arg(aminaAtEntry));
        // The insert triggers are gone for the load, the others stay.
        const char* count = "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'";
        CHECK(rows(db, count).trimmed().toInt() == triggerCount - 12);
        // Until the end the new rows are not kept: nobody finds Fatima yet.
        CHECK(found(db, QStringLiteral("Fatima")) == Ids{});
        REQUIRE(upkeep.finish().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(kept(db).toStdString() == rebuilt(db).toStdString());
    CHECK(spans(db).toStdString() == recountedSpans(db).toStdString());
    CHECK(rows(db, "SELECT count(*) FROM assessment_span") == QStringLiteral("3\n"));
    CHECK(triggers(db).toStdString() == schemaBefore.toStdString());
    CHECK(found(db, QStringLiteral("Fatima Ndiaye")) == Ids{fatou});
    CHECK(found(db, QStringLiteral("Tesfaye")) == Ids{sara});
    CHECK(found(db, QStringLiteral("Haile")) == Ids{});
    CHECK(found(db, QStringLiteral("Rossi")) == Ids{});
    CHECK(found(db, QStringLiteral("Petrova")) == Ids{});
    // The word-prefix index answers one- and two-letter queries.
    CHECK(found(db, QStringLiteral("Nd")) == Ids{fatou});

    // Afterwards the triggers keep every row again, those of the load included.
    exec(db, QStringLiteral("UPDATE person SET family_name = 'Sow', birth_year = 1990 WHERE id = %1")
                 .arg(fatou));
    exec(db, QStringLiteral("DELETE FROM attendance WHERE person_id = %1").arg(fatou));
    assess(db, fatou, "2026-06-01", 0);
    CHECK(kept(db).toStdString() == rebuilt(db).toStdString());
    CHECK(spans(db).toStdString() == recountedSpans(db).toStdString());
    CHECK(found(db, QStringLiteral("Fatima Sow")) == Ids{fatou});
    CHECK(found(db, QStringLiteral("Nd")) == Ids{});
}

TEST_CASE("a bulk load into empty tables counts every session and person at its end",
          "[sync][upkeep]")
{
    TestDatabase t;
    Database& db = t.db();
    REQUIRE(rows(db, "SELECT count(*) FROM attendance") == QStringLiteral("0\n"));
    REQUIRE(rows(db, "SELECT count(*) FROM assessment") == QStringLiteral("0\n"));
    {
        Transaction tx(db.connection());
        DeferredUpkeep upkeep(db.connection());
        REQUIRE(upkeep.start().ok());
        const qint64 path = test::add(db, test::path());
        const qint64 s0 = test::add(db, test::session(path, QStringLiteral("2026-03-03")));
        const qint64 s1 = test::add(db, test::session(path, QStringLiteral("2026-03-10")));
        const qint64 sara = test::addPerson(db, QStringLiteral("Sara"), QStringLiteral("Haile"));
        const qint64 amina = test::addPerson(db, QStringLiteral("Amina"), QStringLiteral("Diallo"));
        for (qint64 p : {sara, amina})
            test::add(db, test::enrolment(path, p));
        test::add(db, test::attendance(s0, sara));
        test::add(db, test::attendance(s0, amina, QStringLiteral("absent")));
        test::add(db, test::attendance(s1, amina));
        assess(db, sara, "2026-02-01", 3);
        assess(db, amina, "2026-02-02", 2);
        assess(db, amina, "2026-04-02", 1);
        REQUIRE(upkeep.finish().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(kept(db).toStdString() == rebuilt(db).toStdString());
    CHECK(spans(db).toStdString() == recountedSpans(db).toStdString());
    CHECK(rows(db, "SELECT count(*) FROM session_tally WHERE recorded <> 0") == QStringLiteral("2\n"));
    CHECK(rows(db, "SELECT count(*) FROM assessment_span") == QStringLiteral("2\n"));
    CHECK(found(db, QStringLiteral("Amina")).size() == 1);
}

TEST_CASE("a bulk load counts the spans of many people, several assessments on a day",
          "[sync][upkeep]")
{
    // More people than are written in one statement, with first and latest
    // days of one assessment or of several, on one day or on many, and scales
    // left empty: the spans must be what the triggers count.
    TestDatabase t;
    Database& db = t.db();
    {
        Transaction tx(db.connection());
        DeferredUpkeep upkeep(db.connection());
        REQUIRE(upkeep.start().ok());
        const char* days[] = {"2026-01-05", "2026-01-05", "2026-02-10", "2026-03-15", "2026-03-15"};
        for (int p = 0; p < 41; ++p) {
            const qint64 person = test::addPerson(db, QStringLiteral("P%1").arg(p));
            const int count = 1 + p % 5;
            for (int k = 0; k < count; ++k) {
                Record a(Entity::Assessment);
                a.with(u"person_id", person).with(u"assessed_on", QString::fromLatin1(days[(p + k) % 5]));
                a.with(u"need_language", (p + k) % 4).with(u"autonomy", 1 + (p * k) % 5);
                if ((p + k) % 3)
                    a.with(u"need_work", k % 4).with(u"services_knowledge", 1 + (p + 2 * k) % 5);
                test::add(db, a);
            }
        }
        REQUIRE(upkeep.finish().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(rows(db, "SELECT count(*) FROM assessment_span") == QStringLiteral("41\n"));
    CHECK(spans(db).toStdString() == recountedSpans(db).toStdString());
    // A second load adds to some of them: only theirs are counted again, from all of theirs.
    {
        Transaction tx(db.connection());
        DeferredUpkeep upkeep(db.connection());
        REQUIRE(upkeep.start().ok());
        for (qint64 person : {qint64(3), qint64(20), qint64(21)}) {
            Record a(Entity::Assessment);
            a.with(u"person_id", person).with(u"assessed_on", QStringLiteral("2026-03-15"));
            test::add(db, a.with(u"need_language", 1).with(u"need_work", 2));
        }
        REQUIRE(upkeep.finish().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(spans(db).toStdString() == recountedSpans(db).toStdString());
}

TEST_CASE("a bulk load that is not finished leaves nothing behind once rolled back",
          "[sync][upkeep]")
{
    TestDatabase t;
    Database& db = t.db();
    const qint64 sara = test::addPerson(db, QStringLiteral("Sara"), QStringLiteral("Haile"));
    const QString before = kept(db);
    const QString schemaBefore = triggers(db);
    {
        Transaction tx(db.connection());
        DeferredUpkeep upkeep(db.connection());
        REQUIRE(upkeep.start().ok());
        test::addPerson(db, QStringLiteral("Fatou"), QStringLiteral("Ndiaye"));
        assess(db, sara, "2026-02-01", 3);
    }
    CHECK(kept(db).toStdString() == before.toStdString());
    CHECK(triggers(db).toStdString() == schemaBefore.toStdString());
    CHECK(rows(db, "SELECT count(*) FROM assessment_span") == QStringLiteral("0\n"));
    CHECK(kept(db).toStdString() == rebuilt(db).toStdString());
    // The floors went with the load: the next person is kept by the triggers.
    const qint64 next = test::addPerson(db, QStringLiteral("Fatou"), QStringLiteral("Ndiaye"));
    CHECK(found(db, QStringLiteral("Ndiaye")) == Ids{next});
    CHECK(kept(db).toStdString() == rebuilt(db).toStdString());
    assess(db, sara, "2026-02-01", 3);
    CHECK(rows(db, "SELECT count(*) FROM assessment_span") == QStringLiteral("1\n"));
}

TEST_CASE("a bulk load may not delete the newest row from before it, whose id a new row would take",
          "[sync][upkeep]")
{
    TestDatabase t;
    Database& db = t.db();
    const qint64 sara = test::addPerson(db, QStringLiteral("Sara"), QStringLiteral("Haile"));
    const qint64 olga = test::addPerson(db, QStringLiteral("Olga"), QStringLiteral("Petrova"));
    Transaction tx(db.connection());
    DeferredUpkeep upkeep(db.connection());
    REQUIRE(upkeep.start().ok());
    const Status refused =
        db.connection().exec(QStringLiteral("DELETE FROM person WHERE id = %1").arg(olga).toStdString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("may not delete the newest person")));
    // An older one, or one of the load, may go.
    const qint64 fatou = test::addPerson(db, QStringLiteral("Fatou"), QStringLiteral("Ndiaye"));
    exec(db, QStringLiteral("DELETE FROM person WHERE id IN (%1, %2)").arg(sara).arg(fatou));
    REQUIRE(upkeep.finish().ok());
    REQUIRE(tx.commit().ok());
    CHECK(kept(db).toStdString() == rebuilt(db).toStdString());
    // With the load over, the newest person may go.
    exec(db, QStringLiteral("DELETE FROM person WHERE id = %1").arg(olga));
    CHECK(kept(db).toStdString() == rebuilt(db).toStdString());
}

TEST_CASE("a bulk load committed without its end still leaves every trigger in place",
          "[sync][upkeep]")
{
    TestDatabase t;
    Database& db = t.db();
    const QString schemaBefore = triggers(db);
    {
        Transaction tx(db.connection());
        {
            DeferredUpkeep upkeep(db.connection());
            REQUIRE(upkeep.start().ok());
            CHECK(triggers(db) != schemaBefore);
        }
        REQUIRE(tx.commit().ok());
    }
    CHECK(triggers(db).toStdString() == schemaBefore.toStdString());
}

TEST_CASE("demo data get their search entries, keys and tallies at the end of their transaction",
          "[sync][upkeep][demo]")
{
    TestDatabase t(false, DemoGenerator::anchorDate());
    test::addDemo(t.db(), 120, 7);
    CHECK(kept(t.db()).toStdString() == rebuilt(t.db()).toStdString());
    CHECK(spans(t.db()).toStdString() == recountedSpans(t.db()).toStdString());
    CHECK(rows(t.db(), "SELECT count(*) FROM person_fts") == rows(t.db(), "SELECT count(*) FROM person"));
    CHECK(rows(t.db(), "SELECT count(*) FROM session_tally WHERE recorded > 0") ==
          rows(t.db(), "SELECT count(DISTINCT session_id) FROM attendance"));
}
