#include <map>

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/reports/EsfIndicators.h"
#include "core/reports/IndicatorEngine.h"
#include "core/reports/ReportExport.h"
#include "core/storage/Statement.h"
#include "tests/support/Builders.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::ReportFixture;
using test::TestDatabase;

namespace {

// Every figure worked out by hand is checked against the computation on one
// thread, which must agree with the computation split across two.
Indicators compute(Database& db, const ReportFilter& filter)
{
    return test::computeBothWays(db, filter);
}

qint64 at(const Tally& tally, const char* code)
{
    const auto it = tally.find(QString::fromLatin1(code));
    return it == tally.end() ? 0 : it->second;
}

ByGender esf(const Indicators& in, const char* code)
{
    for (const EsfRow& row : in.esf) {
        if (row.code == QLatin1StringView(code)) return row.count;
    }
    FAIL("no ESF+ row " << code);
    return {};
}

void requireCounts(const ByGender& g, qint64 women, qint64 men, qint64 nonBinary)
{
    CHECK(g.women == women);
    CHECK(g.men == men);
    CHECK(g.nonBinary == nonBinary);
}

const ScaleChange& scale(const Indicators& in, const char* field)
{
    for (const ScaleChange& s : in.scales) {
        if (s.field == QLatin1StringView(field)) return s;
    }
    FAIL("no scale " << field);
    return in.scales.front();
}

std::optional<double> target(const Indicators& in, const char* code)
{
    for (const TargetProgress& t : in.targets) {
        if (t.indicator == QLatin1StringView(code)) return t.actual;
    }
    FAIL("no target " << code);
    return std::nullopt;
}

} // namespace

TEST_CASE("people reached by gender, age band, citizenship, status and desk", "[reports]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const Indicators in = compute(db.db(), {.projectId = f.project});
    CHECK(in.projectName == u"Women Together");
    CHECK(in.from == QDate(2026, 1, 1));
    CHECK(in.to == QDate(2026, 12, 31));
    CHECK(in.people == 6); // Sara is in another project, Lina only on a waiting list
    CHECK(at(in.byGender, "woman") == 4);
    CHECK(at(in.byGender, "man") == 1);
    CHECK(at(in.byGender, "non_binary") == 1);
    CHECK(at(in.byAgeBand, "under_18") == 1);
    CHECK(at(in.byAgeBand, "18_29") == 1);
    CHECK(at(in.byAgeBand, "30_54") == 3);
    CHECK(at(in.byAgeBand, "55_plus") == 1);
    CHECK(at(in.byCitizenship, "third_country") == 4);
    CHECK(at(in.byCitizenship, "eu") == 1);
    CHECK(at(in.byCitizenship, "national") == 1);
    CHECK(at(in.byStatus, "active") == 4);
    CHECK(at(in.byStatus, "closed") == 2);
    CHECK(at(in.byDesk, "San Siro") == 5);
    CHECK(at(in.byDesk, "Raval") == 1);
    CHECK(in.reachedByMonth.at(QDate(2026, 2, 1)) == 1); // Amina, in the empowerment group
    CHECK(in.reachedByMonth.at(QDate(2026, 3, 1)) == 4);
    CHECK(in.reachedByMonth.at(QDate(2026, 4, 1)) == 1); // Maria, at the community desk
}

TEST_CASE("hours, attendance and completion rates", "[reports]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const Indicators in = compute(db.db(), {.projectId = f.project});
    CHECK(in.hoursDelivered == Approx(7.0)); // 150 + 150 + 120 minutes; not the cancelled one
    CHECK(in.hoursAttended == Approx(16.0)); // 5 x 2.5 + 1.5 + 2.0
    CHECK(in.attendance.present == 7);
    CHECK(in.attendance.recorded == 10);
    CHECK(in.attendanceByPathType.at(QStringLiteral("language_course")).value() == Approx(0.625));
    CHECK(in.attendanceByPathType.at(QStringLiteral("empowerment_group")).value() == Approx(1.0));
    CHECK(in.attendanceByPathType.count(QStringLiteral("self_entrepreneurship")) == 0);
    CHECK(in.enrolmentsEnded == 3); // paths B and D ended; path A runs to June 30
    CHECK(in.completions == 1);
    CHECK(in.completionRate() == Approx(1.0 / 3));
    CHECK(in.selfEntrepreneurshipWomen == 1);
}

TEST_CASE("referrals, follow-ups, events and needs against the latest assessment", "[reports]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const Indicators in = compute(db.db(), {.projectId = f.project});
    CHECK(at(in.referralsByStatus, "sent") == 1);
    CHECK(at(in.referralsByStatus, "completed") == 1);
    CHECK(at(in.referralsByStatus, "declined") == 1);
    CHECK(at(in.referralsByStatus, "accepted") == 0); // before the period
    CHECK(in.followups.due == 1);                     // Karim's; Amina's is due in September
    CHECK(in.followups.done == 1);
    CHECK(at(in.followups.doneBySituation, "employed") == 1);
    CHECK(in.followups.improved == 1);
    CHECK(in.events.events == 2);
    CHECK(in.events.women == 330);
    CHECK(in.events.men == 160);
    CHECK(in.events.nonBinary == 2);
    CHECK(in.events.under18 == 5);
    CHECK(in.events.age18to29 == 110);
    CHECK(in.events.age30to54 == 320);
    CHECK(in.events.age55plus == 57);
    CHECK(at(in.events.headcountByType, "community_desk") == 42);
    CHECK(at(in.events.headcountByType, "awareness_campaign") == 450);
    const ScaleChange& language = scale(in, "need_language");
    CHECK(language.people == 2); // Karim was assessed once
    CHECK(language.entry == Approx(2.0));
    CHECK(language.latest == Approx(1.0));
    CHECK(scale(in, "need_work").entry == Approx(2.5));
    CHECK(scale(in, "need_work").latest == Approx(1.5));
    CHECK(scale(in, "self_esteem").entry == Approx(2.5));
    CHECK(scale(in, "self_esteem").latest == Approx(4.5));
}

TEST_CASE("placements by type and stage, the funnel and hiring after internships",
          "[reports][placements]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const PlacementFigures p = compute(db.db(), {.projectId = f.project}).placements;
    CHECK(at(p.byType, "internship_extracurricular") == 1);
    CHECK(at(p.byType, "internship_curricular") == 1);
    CHECK(at(p.byType, "fixed_term") == 1);
    CHECK(at(p.byType, "voucher") == 1);
    CHECK(at(p.byType, "permanent") == 1);
    CHECK(at(p.byStage, "ended") == 2);
    CHECK(at(p.byStage, "started") == 1);
    CHECK(at(p.byStage, "proposed") == 1);
    CHECK(at(p.byStage, "interview") == 1);
    CHECK(p.proposed == 5);
    CHECK(p.started == 3);
    CHECK(p.hired == 1);
    CHECK(p.internships == 2);
    CHECK(p.hiredAfterInternship == 1);
}

TEST_CASE("each target against what was achieved", "[reports]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const Indicators in = compute(db.db(), {.projectId = f.project});
    CHECK(target(in, "people_reached") == 6.0);
    CHECK(*target(in, "women_share_pct") == Approx(400.0 / 6));
    CHECK(target(in, "placements") == 3.0);
    CHECK(target(in, "event_attendance") == 42.0);
    CHECK(target(in, "campaign_reach") == 450.0);
    CHECK_FALSE(target(in, "policy_makers").has_value()); // not recorded in Percorsi
    CHECK(in.targets.front().share() == Approx(0.6));
}

TEST_CASE("ESF+ common indicators by women, men and non-binary", "[reports][esf]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const Indicators in = compute(db.db(), {.projectId = f.project});
    REQUIRE(in.esf.size() == EsfIndicators::codes().size());
    requireCounts(esf(in, "unemployed"), 2, 0, 0);
    requireCounts(esf(in, "long_term_unemployed"), 1, 0, 0);
    requireCounts(esf(in, "inactive"), 0, 1, 1);
    requireCounts(esf(in, "employed"), 2, 0, 0);
    requireCounts(esf(in, "below_18"), 0, 1, 0);
    requireCounts(esf(in, "age_18_29"), 1, 0, 0);
    requireCounts(esf(in, "age_55_plus"), 1, 0, 0);
    requireCounts(esf(in, "isced_0_2"), 1, 1, 0);
    requireCounts(esf(in, "isced_3_4"), 1, 0, 1);
    requireCounts(esf(in, "isced_5_8"), 2, 0, 0);
    requireCounts(esf(in, "participants"), 4, 1, 1);
    requireCounts(esf(in, "disability"), 1, 0, 0);
    requireCounts(esf(in, "third_country"), 3, 1, 0);
    requireCounts(esf(in, "foreign_background"), 3, 1, 1);
    requireCounts(esf(in, "minority"), 0, 1, 0);
    requireCounts(esf(in, "homeless_excluded"), 2, 0, 0);
    requireCounts(esf(in, "leaving_job_searching"), 0, 0, 0);
    requireCounts(esf(in, "leaving_education_training"), 0, 1, 0);
    requireCounts(esf(in, "leaving_qualification"), 0, 0, 0);
    requireCounts(esf(in, "leaving_employed"), 1, 0, 0);
    requireCounts(esf(in, "six_months_employed"), 1, 0, 0);
    requireCounts(esf(in, "six_months_improved"), 1, 0, 0);
}

TEST_CASE("six-month results follow each leaver's latest follow-up on leaving, and a woman in two"
          " self-entrepreneurship paths counts once",
          "[reports][esf]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const auto followup = [&](qint64 who, const char* due, const char* done, const char* situation,
                              bool improved) {
        Record r(Entity::Followup);
        r.with(u"person_id", who).with(u"reason", QStringLiteral("programme_exit"));
        r.with(u"due_on", QString::fromLatin1(due));
        if (done)
            r.with(u"done_on", QString::fromLatin1(done))
                .with(u"situation", QString::fromLatin1(situation))
                .with(u"improved", improved);
        test::add(db.db(), r);
    };
    // Karim left on June 1: improved at first, then employed without improving,
    // and one follow-up still to do.
    followup(f.karim, "2026-06-05", "2026-06-05", "job_searching", true);
    followup(f.karim, "2026-06-12", "2026-06-12", "employed", false);
    followup(f.karim, "2026-12-01", nullptr, nullptr, false);
    // Fatima's second follow-up of the same day as her first comes after it:
    // her first stays the latest, as SQL's max() of the day picks it.
    followup(f.fatima, "2026-11-30", "2026-06-10", "inactive", false);
    // Alex never left: her follow-up on leaving is not counted.
    followup(f.alex, "2026-06-02", "2026-06-02", "employed", true);
    // Fatima in a second self-entrepreneurship path of the project.
    Record second = test::path(QStringLiteral("Impresa 2"), QStringLiteral("2026-03-02"),
                               QStringLiteral("2026-04-30"));
    second.with(u"type", QStringLiteral("self_entrepreneurship")).with(u"project_id", f.project);
    const qint64 path = test::add(db.db(), second);
    test::add(db.db(), test::enrolment(path, f.fatima).with(u"enrolled_on", QStringLiteral("2026-03-03")));

    const Indicators in = compute(db.db(), {.projectId = f.project});
    requireCounts(esf(in, "six_months_employed"), 1, 1, 0);
    requireCounts(esf(in, "six_months_improved"), 1, 0, 0);
    CHECK(in.selfEntrepreneurshipWomen == 1);
    // The same by SQL over every person, as the dashboard counted it before.
    Statement sql = db->connection().prepare(
        "SELECT p.gender, f.situation, f.improved, max(f.done_on) FROM followup f"
        " JOIN person p ON p.id = f.person_id WHERE f.reason = 'programme_exit'"
        " AND f.done_on IS NOT NULL AND p.exit_date BETWEEN '1900-01-01' AND ?1"
        " GROUP BY f.person_id");
    sql.bind(1, db->today().toString(Qt::ISODate));
    std::map<QString, std::pair<int, int>> byGender; // employed, improved
    while (sql.next()) {
        auto& [employed, improved] = byGender[sql.text(0)];
        employed += sql.text(1) == u"employed" || sql.text(1) == u"self_employed";
        improved += sql.int64(2) != 0;
    }
    REQUIRE(sql.ok());
    const Indicators everyone = compute(db.db(), {});
    requireCounts(esf(everyone, "six_months_employed"), byGender[QStringLiteral("woman")].first,
                  byGender[QStringLiteral("man")].first, byGender[QStringLiteral("non_binary")].first);
    requireCounts(esf(everyone, "six_months_improved"), byGender[QStringLiteral("woman")].second,
                  byGender[QStringLiteral("man")].second,
                  byGender[QStringLiteral("non_binary")].second);
}

TEST_CASE("filters by period and desk", "[reports]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const Indicators march = compute(
        db.db(), {.projectId = f.project, .from = QDate(2026, 3, 1), .to = QDate(2026, 3, 31)});
    CHECK(march.people == 4); // Fatima, Olena, Karim, Alex
    CHECK(march.hoursDelivered == Approx(7.0));
    CHECK(march.events.events == 0);
    CHECK(march.enrolmentsEnded == 0);
    const Indicators desk = compute(db.db(), {.projectId = f.project, .deskId = f.sanSiro});
    CHECK(desk.deskName == u"San Siro");
    CHECK(desk.people == 5);
    CHECK(at(desk.byDesk, "Raval") == 0);
    const Indicators everyone = compute(db.db(), {});
    CHECK(everyone.people == 8); // every person, reached on intake
    const Indicators everyoneAtDesk = compute(db.db(), {.deskId = f.sanSiro});
    const auto atSanSiro = db->connection().scalar(
        "SELECT count(*) FROM person WHERE desk_id = " + std::to_string(f.sanSiro));
    REQUIRE(atSanSiro.ok());
    CHECK(everyoneAtDesk.people == *atSanSiro);
    CHECK(everyoneAtDesk.people < everyone.people);
    CHECK(at(everyoneAtDesk.byDesk, "Raval") == 0);
    auto bad = IndicatorEngine(db.db()).compute(
        {.projectId = f.project, .from = QDate(2026, 5, 1), .to = QDate(2026, 4, 1)});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(u"2026-05-01"));
}

TEST_CASE("damaged report facts stop the report with a message naming the person", "[reports]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    REQUIRE(db->connection().exec("UPDATE report_facts SET facts = x'05' WHERE person_id = " +
                                  std::to_string(f.olena)).ok());
    // On one thread, and on two: the other worker stops too, and nothing waits for ever.
    for (const auto split : {IndicatorEngine::Split::Never, IndicatorEngine::Split::Always}) {
        for (const ReportFilter& filter : {ReportFilter{}, ReportFilter{.projectId = f.project}}) {
            auto damaged = IndicatorEngine(db.db(), split).compute(filter);
            REQUIRE_FALSE(damaged.ok());
            CHECK(damaged.error().message().contains(QString::number(f.olena)));
        }
    }
}

TEST_CASE("funder reports count only consenting people and show small cells as <5",
          "[reports][funder]")
{
    TestDatabase db;
    ReportFixture f(db.db());
    const Indicators in = compute(db.db(), {.projectId = f.project, .funder = true});
    // Olena withdrew, Alex's consent expired, Karim never gave one.
    CHECK(in.people == 3);
    CHECK(at(in.byGender, "woman") == 3);
    requireCounts(esf(in, "participants"), 3, 0, 0);
    requireCounts(esf(in, "third_country"), 2, 0, 0);
    CHECK(in.attendance.present == 4);
    CHECK(in.attendance.recorded == 5);
    CHECK(in.hoursAttended == Approx(9.0));
    CHECK(in.enrolmentsEnded == 2);
    CHECK(in.completions == 1);
    CHECK(at(in.referralsByStatus, "declined") == 0);
    CHECK(in.events.events == 2); // anonymous headcounts are not people's records

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(ReportExport::writeCsv(&csv, in).ok());
    const QString text = QString::fromUtf8(csv.data());
    CHECK(text.contains(u"Total number of participants,<5,0,0,<5"));
    CHECK(text.contains(u"Hours attended,,,,9.0"));
    CHECK_FALSE(text.contains(u"Amina"));
    CHECK_FALSE(text.contains(u"Fatima"));

    const QJsonObject json = QJsonDocument::fromJson(ReportExport::json(in)).object();
    CHECK(json[QStringLiteral("consented_only")].toBool());
    bool seen = false;
    for (const QJsonValue& row : json[QStringLiteral("rows")].toArray()) {
        const QJsonObject o = row.toObject();
        if (o[QStringLiteral("code")] == QStringLiteral("participants")) {
            seen = true;
            CHECK(o[QStringLiteral("women")] == QStringLiteral("<5"));
            CHECK(o[QStringLiteral("men")] == 0);
        }
    }
    CHECK(seen);
}

TEST_CASE("ages at entry and citizenship groups", "[reports]")
{
    CHECK(IndicatorEngine::ageOn(QStringLiteral("2026-03-01"), QStringLiteral("2000-03-02"), 0) ==
          25);
    CHECK(IndicatorEngine::ageOn(QStringLiteral("2026-03-02"), QStringLiteral("2000-03-02"), 0) ==
          26);
    CHECK(IndicatorEngine::ageOn(QStringLiteral("2026-03-01"), QString(), 1990) == 36);
    CHECK(IndicatorEngine::ageOn(QStringLiteral("2026-03-01"), QString(), 0) == -1);
    CHECK(IndicatorEngine::ageBand(17) == u"under_18");
    CHECK(IndicatorEngine::ageBand(55) == u"55_plus");
    CHECK(IndicatorEngine::citizenshipGroup(QStringLiteral("FR,SN"), QStringLiteral("IT")) ==
          u"eu");
    CHECK(IndicatorEngine::citizenshipGroup(QStringLiteral("SN,IT"), QStringLiteral("IT")) ==
          u"national");
    CHECK(IndicatorEngine::citizenshipGroup(QString(), QStringLiteral("IT")) == u"unknown");
}
