#include <string_view>

#include <catch2/catch.hpp>

#include <QBuffer>

#include "core/demo/DemoGenerator.h"
#include "core/domain/Schema.h"
#include "core/reports/IndicatorEngine.h"
#include "core/storage/AttendanceStore.h"
#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
#include "core/storage/RecordStore.h"
#include "core/storage/SpanSums.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

using Mark = AttendanceStore::Mark;

QString rows(Database& db, const char* sql)
{
    Statement st = db.connection().prepare(sql);
    QString out;
    while (st.next())
        out += QStringLiteral("%1:%2/%3/%4/%5 ")
                   .arg(st.int64(0))
                   .arg(st.int64(1))
                   .arg(st.int64(2))
                   .arg(st.int64(3))
                   .arg(st.real(4));
    REQUIRE(st.ok());
    return out;
}

// Every column of the rows of `sql`.
QString allColumns(Database& db, const char* sql)
{
    Statement st = db.connection().prepare(sql);
    QString out;
    while (st.next()) {
        for (int c = 0; c < st.columnCount(); ++c)
            out += st.text(c) + QLatin1Char(c + 1 < st.columnCount() ? '/' : ' ');
    }
    REQUIRE(st.ok());
    return out;
}

QString sessionTallies(Database& db)
{
    return rows(db, "SELECT session_id, recorded, present, present_untimed, present_hours"
                    " FROM session_tally WHERE recorded <> 0 ORDER BY 1");
}

// The per-session and per-path tallies as the triggers keep them, and as a
// count from scratch.
QString tallies(Database& db)
{
    return sessionTallies(db) + allColumns(db, "SELECT * FROM path_tally ORDER BY path_id");
}

QString recount(Database& db)
{
    return rows(db, "SELECT session_id, count(*), sum(status = 'present'),"
                    " sum(status = 'present' AND hours IS NULL),"
                    " coalesce(sum(CASE WHEN status = 'present' THEN hours END), 0)"
                    " FROM attendance GROUP BY session_id ORDER BY 1") +
           allColumns(db, "SELECT * FROM path_tally_now ORDER BY path_id");
}

// Present over recorded marks and hours attended over the raw marks of sessions
// not cancelled, as the engine computed them before the tallies.
QString rawAttendance(Database& db)
{
    return rows(db, "SELECT 0, sum(a.status = 'present'), count(*), 0,"
                    " coalesce(sum(CASE WHEN a.status = 'present'"
                    "  THEN coalesce(a.hours, s.minutes / 60.0) END), 0)"
                    " FROM session s JOIN attendance a ON a.session_id = s.id"
                    " WHERE s.cancelled = 0");
}

QString engineAttendance(Database& db)
{
    auto in = IndicatorEngine(db).compute({});
    REQUIRE(in.ok());
    return QStringLiteral("0:%1/%2/0/%3 ")
        .arg(in->attendance.present)
        .arg(in->attendance.recorded)
        .arg(in->hoursAttended);
}

struct Course
{
    explicit Course(Database& db)
    {
        path = test::add(db, test::path());
        for (const char* day : {"2026-03-03", "2026-03-10", "2026-03-17"})
            sessions.push_back(test::add(db, test::session(path, QString::fromLatin1(day))));
        for (int i = 0; i < 4; ++i)
            people.push_back(test::addPerson(db, QStringLiteral("P%1").arg(i)));
        for (qint64 p : people)
            test::add(db, test::enrolment(path, p));
    }
    qint64 path = 0;
    std::vector<qint64> sessions, people;
};

QByteArray exportFrom(Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(BundleExporter(db).write(&buffer, {}).ok());
    return buffer.data();
}

void importInto(Database& db, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto r = BundleImporter(db).read(&buffer, {});
    INFO((r ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
}

} // namespace

TEST_CASE("session tallies equal a recount after inserts, updates and deletes",
          "[reports][tallies]")
{
    TestDatabase t;
    Course c(t.db());
    AttendanceStore store(t.db());
    const QString present = QStringLiteral("present"), absent = QStringLiteral("absent");
    REQUIRE(store
                .saveSession(c.sessions[0],
                             {Mark{c.people[0], present}, Mark{c.people[1], present, 1.5},
                              Mark{c.people[2], absent}, Mark{c.people[3], present, 0.75}})
                .ok());
    REQUIRE(
        store.saveSession(c.sessions[1], {Mark{c.people[0], present}, Mark{c.people[1], absent}})
            .ok());
    CHECK(tallies(t.db()) == recount(t.db()));
    CHECK(sessionTallies(t.db()) ==
          QStringLiteral("%1:4/3/0/4.75 %2:2/1/0/2.5 ").arg(c.sessions[0]).arg(c.sessions[1]));

    SECTION("a register saved again changes, adds and removes marks")
    {
        REQUIRE(
            store
                .saveSession(c.sessions[0], {Mark{c.people[0], absent}, Mark{c.people[1], present},
                                             Mark{c.people[2], present, 2.0}})
                .ok());
        CHECK(tallies(t.db()) == recount(t.db()));
    }
    SECTION("a mark edited or deleted on its own")
    {
        RecordStore records(t.db());
        const EntityDef& def = schema::def(Entity::Attendance);
        Statement st = t.db().connection().prepare(
            "SELECT id FROM attendance WHERE session_id = ?1 ORDER BY id");
        st.bind(1, c.sessions[0]);
        std::vector<qint64> ids;
        while (st.next())
            ids.push_back(st.int64(0));
        REQUIRE(ids.size() == 4);
        Record mark = *records.get(def, ids[1]);
        mark.set("hours", 2.5);
        REQUIRE(records.update(mark).ok());
        Record other = *records.get(def, ids[2]);
        other.set("status", present);
        REQUIRE(records.update(other).ok());
        REQUIRE(records.remove(def, ids[3]).ok());
        CHECK(tallies(t.db()) == recount(t.db()));
        // A present mark without hours of its own counts the session's length.
        Record untimed = *records.get(def, ids[0]);
        untimed.set("hours", QVariant());
        REQUIRE(records.update(untimed).ok());
        CHECK(tallies(t.db()) == recount(t.db()));
        INFO(tallies(t.db()).toStdString());
        CHECK(tallies(t.db()).startsWith(QStringLiteral("%1:3/3/2/2.5 ").arg(c.sessions[0])));
    }
    SECTION("every mark of a session removed")
    {
        REQUIRE(store
                    .saveSession(c.sessions[1],
                                 {Mark{c.people[0], QString()}, Mark{c.people[1], QString()}})
                    .ok());
        CHECK(tallies(t.db()) == recount(t.db()));
    }
    CHECK(engineAttendance(t.db()) == rawAttendance(t.db()));
}

TEST_CASE("a cancelled or shortened session leaves the tallies and the raw marks agreeing",
          "[reports][tallies]")
{
    TestDatabase t;
    Course c(t.db());
    AttendanceStore store(t.db());
    const QString present = QStringLiteral("present");
    for (qint64 s : c.sessions)
        REQUIRE(store.saveSession(s, {Mark{c.people[0], present}, Mark{c.people[1], present, 1.25}})
                    .ok());
    RecordStore records(t.db());
    const EntityDef& def = schema::def(Entity::Session);
    Record cancelled = *records.get(def, c.sessions[1]);
    cancelled.set("cancelled", 1);
    REQUIRE(records.update(cancelled).ok());
    Record shorter = *records.get(def, c.sessions[2]);
    shorter.set("minutes", 90);
    REQUIRE(records.update(shorter).ok());
    CHECK(tallies(t.db()) == recount(t.db()));
    CHECK(engineAttendance(t.db()) == rawAttendance(t.db()));
    auto in = IndicatorEngine(t.db()).compute({});
    REQUIRE(in.ok());
    CHECK(in->attendance.recorded == 4);
    CHECK(in->hoursAttended == Approx(2.5 + 1.25 + 2.5 + 1.25));
}

TEST_CASE("attendance over any period equals a count from the sessions and their marks",
          "[reports][tallies]")
{
    TestDatabase t(false, DemoGenerator::anchorDate());
    test::addDemo(t.db(), 300, 5);
    const QDate today = DemoGenerator::anchorDate();
    // Periods that hold whole paths, cut through them, and run past today.
    const std::pair<QDate, QDate> periods[] = {{QDate(), QDate()},
                                               {today.addYears(-1), today.addMonths(-3)},
                                               {today.addMonths(-2), today.addMonths(2)},
                                               {today.addDays(-400), today}};
    for (const auto& [from, to] : periods) {
        INFO("from " << from.toString(Qt::ISODate).toStdString() << " to "
                     << to.toString(Qt::ISODate).toStdString());
        auto in = IndicatorEngine(t.db()).compute({.from = from, .to = to});
        REQUIRE(in.ok());
        const QString first = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("1900-01-01");
        const QString last = (to.isValid() ? to : today).toString(Qt::ISODate);
        Statement raw = t->connection().prepare(
            "SELECT (SELECT coalesce(sum(s.minutes), 0) FROM session s WHERE s.cancelled = 0"
            "  AND s.date BETWEEN ?1 AND ?2 AND s.date <= ?3),"
            " coalesce(sum(a.status = 'present'), 0), count(a.id),"
            " coalesce(sum(CASE WHEN a.status = 'present' THEN coalesce(a.hours, s.minutes / 60.0) END), 0)"
            " FROM session s JOIN attendance a ON a.session_id = s.id"
            " WHERE s.cancelled = 0 AND s.date BETWEEN ?1 AND ?2");
        raw.bind(1, first).bind(2, last).bind(3, std::min(last, today.toString(Qt::ISODate)));
        REQUIRE(raw.next());
        CHECK(in->hoursDelivered == Approx(raw.real(0) / 60.0));
        CHECK(in->attendance.present == raw.int64(1));
        CHECK(in->attendance.recorded == raw.int64(2));
        CHECK(in->hoursAttended == Approx(raw.real(3)));
        CHECK(raw.int64(2) > 0);
    }
    // Sessions moved, shortened, cancelled and removed keep the path tallies.
    const Status changed =
        t->connection().exec("UPDATE session SET minutes = minutes + 30 WHERE id % 7 = 0;"
                             " UPDATE session SET cancelled = 1 WHERE id % 11 = 0;"
                             " UPDATE session SET path_id = (SELECT min(id) FROM path)"
                             "  WHERE id % 13 = 0;"
                             " DELETE FROM attendance WHERE id % 5 = 0 OR session_id % 17 = 0;"
                             " DELETE FROM session WHERE id % 17 = 0");
    INFO((changed.ok() ? QString() : changed.error().message()).toStdString());
    REQUIRE(changed.ok());
    CHECK(tallies(t.db()) == recount(t.db()));
}

TEST_CASE("session tallies follow marks merged from another desk's bundle", "[reports][tallies]")
{
    TestDatabase a(false), b(false);
    REQUIRE(DeskStore(a.db())
                .createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona"),
                             QStringLiteral("RAV"))
                .ok());
    REQUIRE(DeskStore(b.db())
                .createLocal(QStringLiteral("Zuidoost"), QStringLiteral("Amsterdam"),
                             QStringLiteral("ZDO"))
                .ok());
    Course c(a.db());
    AttendanceStore store(a.db());
    const QString present = QStringLiteral("present");
    REQUIRE(store
                .saveSession(c.sessions[0],
                             {Mark{c.people[0], present}, Mark{c.people[1], present, 2.0},
                              Mark{c.people[2], QStringLiteral("absent")}})
                .ok());
    importInto(b.db(), exportFrom(a.db()));
    CHECK(tallies(b.db()) == recount(b.db()));
    CHECK(rows(b.db(),
               "SELECT 0, sum(recorded), sum(present), sum(present_untimed), sum(present_hours)"
               " FROM session_tally") == QStringLiteral("0:3/2/0/4.5 "));

    // Changes and a removal made at the first desk arrive as updates and a tombstone.
    REQUIRE(store
                .saveSession(c.sessions[0], {Mark{c.people[0], QStringLiteral("excused")},
                                             Mark{c.people[2], QString()}})
                .ok());
    REQUIRE(store.saveSession(c.sessions[1], {Mark{c.people[3], present, 0.5}}).ok());
    importInto(b.db(), exportFrom(a.db()));
    CHECK(tallies(b.db()) == recount(b.db()));
    CHECK(rows(b.db(),
               "SELECT 0, sum(recorded), sum(present), sum(present_untimed), sum(present_hours)"
               " FROM session_tally") == QStringLiteral("0:3/2/0/2.5 "));
    CHECK(engineAttendance(b.db()) == rawAttendance(b.db()));
}

namespace {

// Dates and, for two fields, sums and counts on the first and latest dates:
// as the triggers keep them, and counted from scratch.
QString texts(Database& db, const char* sql)
{
    Statement st = db.connection().prepare(sql);
    QString out;
    while (st.next())
        out += QStringLiteral("%1:%2:%3:%4:%5 ")
                   .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4));
    REQUIRE(st.ok());
    return out;
}

// The same of the spans kept, unpacked: a sum of no values reads as SQL's NULL.
QString spans(Database& db)
{
    Statement st = db.connection().prepare(
        "SELECT person_id, first_on || latest_on, sums FROM assessment_span ORDER BY 1");
    QString out;
    while (st.next()) {
        spansums::Values v;
        REQUIRE(spansums::unpack(st.blob(2), v));
        const auto sum = [&v](size_t at) { return v[at + 1] ? v[at] : -1; };
        const auto text = [&v](size_t at) {
            return v[at + 1] ? QStringLiteral("%1/%2").arg(v[at]).arg(v[at + 1]) : QString();
        };
        constexpr size_t language = 0, selfEsteem = 4 * 9; // their places in spansums::kScales
        static_assert(std::string_view(spansums::kScales[9]) == "self_esteem");
        out += QStringLiteral("%1:%2:%3:%4:%5 ")
                   .arg(st.text(0), st.text(1), text(language), text(language + 2))
                   .arg(sum(selfEsteem) + 10 * sum(selfEsteem + 2));
    }
    REQUIRE(st.ok());
    return out;
}

QString respan(Database& db)
{
    return texts(db,
                 "WITH d AS (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi"
                 "  FROM assessment GROUP BY person_id)"
                 " SELECT d.person_id, d.lo || d.hi,"
                 " sum(CASE WHEN x.assessed_on = d.lo THEN x.need_language END) || '/' ||"
                 "  count(CASE WHEN x.assessed_on = d.lo THEN x.need_language END),"
                 " sum(CASE WHEN x.assessed_on = d.hi THEN x.need_language END) || '/' ||"
                 "  count(CASE WHEN x.assessed_on = d.hi THEN x.need_language END),"
                 " coalesce(sum(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END), -1)"
                 "  + 10 * coalesce(sum(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END), -1)"
                 " FROM d JOIN assessment x ON x.person_id = d.person_id GROUP BY d.person_id"
                 " ORDER BY 1");
}

qint64 assess(Database& db, qint64 person, const char* on, QVariant language, int esteem)
{
    Record a(Entity::Assessment);
    a.with(u"person_id", person).with(u"assessed_on", QString::fromLatin1(on));
    return test::add(db, a.with(u"need_language", language).with(u"self_esteem", esteem));
}

} // namespace

TEST_CASE("first and latest assessments per person equal a recount after any change",
          "[reports][tallies]")
{
    TestDatabase t;
    const qint64 amina = test::addPerson(t.db(), QStringLiteral("Amina"));
    const qint64 rosa = test::addPerson(t.db(), QStringLiteral("Rosa"));
    const qint64 first = assess(t.db(), amina, "2026-02-20", 3, 2);
    assess(t.db(), amina, "2026-05-20", 1, 4);
    const qint64 sameDay = assess(t.db(), amina, "2026-05-20", QVariant(), 5);
    assess(t.db(), rosa, "2026-03-01", 2, 3);
    CHECK(spans(t.db()) == respan(t.db()));
    CHECK(
        spans(t.db()).startsWith(QStringLiteral("%1:2026-02-202026-05-20:3/1:1/1:92 ").arg(amina)));

    auto in = IndicatorEngine(t.db()).compute({});
    REQUIRE(in.ok());
    // Amina alone has two dates: language 3 at entry, 1 latest (the other
    // assessment of that day has none); self-esteem 2 at entry, (4 + 5) / 2 latest.
    const auto field = [&](const char* name) {
        for (const ScaleChange& s : in->scales)
            if (s.field == QLatin1StringView(name)) return s;
        FAIL("no scale " << name);
        return ScaleChange{};
    };
    CHECK(field("need_language").people == 1);
    CHECK(field("need_language").entry == 3);
    CHECK(field("need_language").latest == 1);
    CHECK(field("self_esteem").latest == 4.5);

    RecordStore records(t.db());
    const EntityDef& def = schema::def(Entity::Assessment);
    SECTION("an earlier assessment, an edited date and a removal")
    {
        assess(t.db(), rosa, "2026-01-10", 3, 1);
        Record moved = *records.get(def, first);
        moved.set("assessed_on", QStringLiteral("2026-06-01"));
        REQUIRE(records.update(moved).ok());
        CHECK(spans(t.db()) == respan(t.db()));
        REQUIRE(records.remove(def, sameDay).ok());
        CHECK(spans(t.db()) == respan(t.db()));
    }
    SECTION("an assessment moved to another person")
    {
        Record other = *records.get(def, sameDay);
        other.set("person_id", rosa);
        REQUIRE(records.update(other).ok());
        CHECK(spans(t.db()) == respan(t.db()));
    }
}
