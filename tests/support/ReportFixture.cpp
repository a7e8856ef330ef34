#include "tests/support/ReportFixture.h"

#include <algorithm>
#include <cmath>

#include <catch2/catch.hpp>

#include "core/storage/AttendanceStore.h"
#include "core/storage/DeskStore.h"
#include "core/storage/PersonStore.h"
#include "tests/support/Builders.h"

namespace percorsi::test {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

ReportFixture::ReportFixture(Database& db) : m_db(db)
{
    sanSiro = db.localDeskId();
    REQUIRE(db.connection().exec("UPDATE desk SET country = 'IT'").ok());
    addProjects();
    addPeople();
    addPaths();
    addOutcomes();
    addEvents();
    addAssessments();
}

void ReportFixture::addProjects()
{
    Record p(Entity::Project);
    p.with(u"name", s("Women Together")).with(u"funder", s("FSE+"));
    project = add(m_db, p.with(u"start_date", s("2026-01-01")).with(u"end_date", s("2026-12-31")));
    Record q(Entity::Project);
    q.with(u"name", s("Other")).with(u"start_date", s("2026-01-01"));
    otherProject = add(m_db, q.with(u"end_date", s("2026-12-31")));
    for (const auto& [code, target] : {std::pair{"people_reached", 10},
                                       {"women_share_pct", 80},
                                       {"placements", 2},
                                       {"event_attendance", 100},
                                       {"campaign_reach", 500},
                                       {"policy_makers", 15}}) {
        Record t(Entity::ProjectTarget);
        t.with(u"project_id", project).with(u"indicator", s(code));
        add(m_db, t.with(u"target", target));
    }
}

qint64 ReportFixture::addPerson(const QString& given, const char* gender, const char* born,
                                const char* citizenships, const char* countryOfBirth, int isced,
                                const char* employment, Fields extra)
{
    Record r = person(given, QStringLiteral("Test"));
    r.with(u"gender", s(gender)).with(u"citizenships", s(citizenships));
    r.with(u"country_of_birth", s(countryOfBirth)).with(u"education_isced", isced);
    r.with(u"employment_status", s(employment));
    for (const auto& [field, value] : extra)
        r.with(QLatin1StringView(field), value);
    if (qstrlen(born) == 4)
        r.with(u"birth_date", QVariant()).with(u"birth_year", QString::fromLatin1(born).toInt());
    else
        r.with(u"birth_date", s(born));
    auto created = PersonStore(m_db).create(r);
    INFO((created.ok() ? QString() : created.error().message()).toStdString());
    REQUIRE(created.ok());
    return created->id();
}

void ReportFixture::consent(qint64 person, const char* given, const char* expires,
                            const char* withdrawn)
{
    Record c(Entity::Consent);
    c.with(u"person_id", person).with(u"purpose", s("anonymous_reporting"));
    c.with(u"legal_basis", s("consent")).with(u"given_on", s(given));
    if (expires) c.with(u"expires_on", s(expires));
    if (withdrawn) c.with(u"withdrawn_on", s(withdrawn));
    add(m_db, c);
}

void ReportFixture::addPeople()
{
    amina = addPerson(s("Amina"), "woman", "1990-04-12", "SN", "SN", 2, "unemployed",
                      {{"housing", s("shelter")}});
    fatima = addPerson(s("Fatima"), "woman", "2000-06-01", "MA", "MA", 3, "long_term_unemployed",
                       {{"disability", true},
                        {"status", s("closed")},
                        {"close_reason", s("found_work")},
                        {"exit_date", s("2026-05-20")},
                        {"exit_situation", s("employed")}});
    olena = addPerson(s("Olena"), "woman", "1965-01-01", "UA", "UA", 6, "employed");
    karim = addPerson(s("Karim"), "man", "2009-09-01", "MA", "MA", 1, "inactive",
                      {{"minority", true},
                       {"status", s("closed")},
                       {"close_reason", s("other")},
                       {"exit_date", s("2026-06-01")},
                       {"exit_situation", s("education_training")}});
    alex = addPerson(s("Alex"), "non_binary", "1995", "RO", "RO", 4, "in_education");
    maria = addPerson(s("Maria"), "woman", "1980-02-02", "IT,PE", "IT", 5, "self_employed",
                      {{"housing", s("homeless")}});
    consent(amina, "2026-02-01");
    consent(fatima, "2026-02-01");
    consent(olena, "2026-02-01", nullptr, "2026-04-01");
    consent(alex, "2025-02-01", "2026-01-31");
    consent(maria, "2026-02-01");
    // Olena registered at another desk, in Spain.
    Record desk(Entity::Desk);
    desk.with(u"name", s("Raval")).with(u"code", s("BA-RA")).with(u"country", s("ES"));
    auto raval = DeskStore(m_db).create(desk);
    REQUIRE(raval.ok());
    this->raval = raval->id();
    Statement move = m_db.connection().prepare("UPDATE person SET desk_id = ?1 WHERE id = ?2");
    move.bind(1, this->raval).bind(2, olena);
    REQUIRE(move.run().ok());
}

qint64 ReportFixture::enrol(qint64 path, qint64 person, const char* on, const char* status)
{
    Record e = enrolment(path, person);
    e.with(u"enrolled_on", s(on)).with(u"status", s(status));
    if (qstrcmp(status, "completed") == 0 || qstrcmp(status, "withdrawn") == 0)
        e.with(u"ended_on", s("2026-04-30"));
    return add(m_db, e);
}

void ReportFixture::addPaths()
{
    const auto newPath = [&](const char* type, qint64 project, const char* end) {
        Record p = path(s(type), s("2026-03-02"), s(end));
        return add(m_db, p.with(u"type", s(type)).with(u"project_id", project));
    };
    m_pathA = newPath("language_course", project, "2026-06-30");
    m_pathB = newPath("empowerment_group", project, "2026-04-30");
    m_pathC = newPath("self_entrepreneurship", otherProject, "2026-04-30");
    m_pathD = newPath("self_entrepreneurship", project, "2026-04-30");
    for (qint64 p : {amina, fatima, olena, karim, alex})
        enrol(m_pathA, p, "2026-03-01");
    enrol(m_pathB, amina, "2026-02-20", "completed");
    enrol(m_pathB, karim, "2026-03-01", "withdrawn");
    enrol(m_pathD, fatima, "2026-03-02");
    const qint64 sara = test::addPerson(m_db, s("Sara"), s("Test"));
    enrol(m_pathC, sara, "2026-03-01");
    const qint64 lina = test::addPerson(m_db, s("Lina"), s("Test"));
    enrol(m_pathA, lina, "2026-03-01", "waiting");

    const qint64 a1 = add(m_db, session(m_pathA, s("2026-03-05")));
    const qint64 a2 = add(m_db, session(m_pathA, s("2026-03-12")));
    add(m_db, session(m_pathA, s("2026-03-19")).with(u"cancelled", true));
    const qint64 b1 = add(m_db, session(m_pathB, s("2026-03-10")).with(u"minutes", 120));
    const qint64 c1 = add(m_db, session(m_pathC, s("2026-03-10")).with(u"minutes", 60));
    using Mark = AttendanceStore::Mark;
    AttendanceStore store(m_db);
    const auto mark = [](qint64 who, const char* status, double hours = -1) {
        return Mark{who, s(status), hours};
    };
    REQUIRE(store
                .saveSession(a1, {mark(amina, "present"), mark(fatima, "present"),
                                  mark(olena, "absent"), mark(karim, "present")})
                .ok());
    REQUIRE(store
                .saveSession(a2, {mark(amina, "present"), mark(fatima, "excused"),
                                  mark(olena, "present"), mark(karim, "absent")})
                .ok());
    REQUIRE(store.saveSession(b1, {mark(amina, "present", 1.5), mark(karim, "present")}).ok());
    REQUIRE(store.saveSession(c1, {mark(sara, "present")}).ok());
}

void ReportFixture::addOutcomes()
{
    const qint64 service = add(m_db, test::service());
    const auto referral = [&](qint64 who, const char* on, const char* status) {
        Record r(Entity::Referral);
        r.with(u"person_id", who).with(u"service_id", service).with(u"referred_on", s(on));
        add(m_db, r.with(u"status", s(status)));
    };
    referral(amina, "2026-03-15", "sent");
    referral(fatima, "2026-04-01", "completed");
    referral(karim, "2026-02-01", "declined");
    referral(olena, "2025-12-01", "accepted");
    const qint64 employer = add(m_db, test::employer());
    const auto placement = [&](qint64 who, const char* type, const char* stage, const char* start,
                               const char* end, const char* outcome) {
        Record p(Entity::Placement);
        p.with(u"person_id", who).with(u"employer_id", employer).with(u"type", s(type));
        p.with(u"stage", s(stage));
        if (start) p.with(u"start_date", s(start));
        if (end) p.with(u"end_date", s(end));
        if (outcome) p.with(u"outcome", s(outcome));
        if (outcome && qstrcmp(outcome, "interrupted") == 0)
            p.with(u"outcome_note", QStringLiteral("Hours incompatible with childcare"));
        return add(m_db, p);
    };
    placement(fatima, "internship_extracurricular", "ended", "2026-04-01", "2026-05-15", "hired");
    placement(fatima, "fixed_term", "started", "2026-05-16", nullptr, nullptr);
    const qint64 aminaVoucher = placement(amina, "voucher", "proposed", nullptr, nullptr, nullptr);
    placement(olena, "permanent", "interview", nullptr, nullptr, nullptr);
    const qint64 karimInternship =
        placement(karim, "internship_curricular", "ended", "2026-03-01", "2026-04-01", "interrupted");
    const auto followup = [&](qint64 who, const char* reason, const char* due, const char* done,
                              const char* situation, bool improved, qint64 placementId = 0) {
        Record f(Entity::Followup);
        f.with(u"person_id", who).with(u"reason", s(reason)).with(u"due_on", s(due));
        if (placementId) f.with(u"placement_id", placementId);
        if (done)
            f.with(u"done_on", s(done))
                .with(u"situation", s(situation))
                .with(u"improved", improved);
        add(m_db, f);
    };
    followup(fatima, "programme_exit", "2026-11-20", "2026-06-10", "employed", true);
    followup(karim, "placement_end", "2026-06-01", nullptr, nullptr, false, karimInternship);
    followup(amina, "placement_end", "2026-09-01", nullptr, nullptr, false, aminaVoucher);
}

void ReportFixture::addEvents()
{
    const auto event = [&](qint64 project, const char* type, const char* date,
                           std::array<int, 7> n) {
        Record e(Entity::Event);
        e.with(u"name", s(type)).with(u"type", s(type)).with(u"date", s(date));
        e.with(u"project_id", project).with(u"women", n[0]).with(u"men", n[1]);
        e.with(u"non_binary", n[2]).with(u"age_under_18", n[3]).with(u"age_18_29", n[4]);
        return add(m_db, e.with(u"age_30_54", n[5]).with(u"age_55_plus", n[6]));
    };
    const qint64 e1 = event(project, "community_desk", "2026-04-10", {30, 10, 2, 5, 10, 20, 7});
    event(project, "awareness_campaign", "2026-05-01", {300, 150, 0, 0, 100, 300, 50});
    event(otherProject, "workshop", "2026-04-10", {20, 0, 0, 0, 10, 10, 0});
    event(project, "community_desk", "2025-12-01", {50, 0, 0, 0, 10, 40, 0});
    Record ep(Entity::EventParticipant);
    add(m_db, ep.with(u"event_id", e1).with(u"person_id", maria));
}

void ReportFixture::addAssessments()
{
    const auto assess = [&](qint64 who, const char* on, int language, int work, int esteem) {
        Record a(Entity::Assessment);
        a.with(u"person_id", who).with(u"assessed_on", s(on)).with(u"need_language", language);
        add(m_db, a.with(u"need_work", work).with(u"self_esteem", esteem));
    };
    assess(amina, "2026-02-20", 3, 2, 2);
    assess(amina, "2026-05-20", 1, 2, 4);
    assess(fatima, "2026-03-01", 1, 3, 3);
    assess(fatima, "2026-06-01", 1, 1, 5);
    assess(karim, "2026-03-01", 3, 3, 1);
}

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

void checkSameIndicators(const Indicators& a, const Indicators& b)
{
    CHECK(a.people == b.people);
    CHECK(a.byGender == b.byGender);
    CHECK(a.byAgeBand == b.byAgeBand);
    CHECK(a.byCitizenship == b.byCitizenship);
    CHECK(a.byStatus == b.byStatus);
    CHECK(a.byDesk == b.byDesk);
    CHECK(a.reachedByMonth == b.reachedByMonth);
    CHECK(near(a.hoursDelivered, b.hoursDelivered));
    CHECK(near(a.hoursAttended, b.hoursAttended));
    CHECK(a.attendance.present == b.attendance.present);
    CHECK(a.attendance.recorded == b.attendance.recorded);
    REQUIRE(a.attendanceByPathType.size() == b.attendanceByPathType.size());
    for (const auto& [type, rate] : a.attendanceByPathType) {
        INFO(type.toStdString());
        REQUIRE(b.attendanceByPathType.count(type) == 1);
        CHECK(rate.present == b.attendanceByPathType.at(type).present);
        CHECK(rate.recorded == b.attendanceByPathType.at(type).recorded);
    }
    CHECK(a.enrolmentsEnded == b.enrolmentsEnded);
    CHECK(a.completions == b.completions);
    CHECK(a.selfEntrepreneurshipWomen == b.selfEntrepreneurshipWomen);
    CHECK(a.referralsByStatus == b.referralsByStatus);
    CHECK(a.placements.byType == b.placements.byType);
    CHECK(a.placements.byStage == b.placements.byStage);
    CHECK(a.placements.proposed == b.placements.proposed);
    CHECK(a.placements.started == b.placements.started);
    CHECK(a.placements.hired == b.placements.hired);
    CHECK(a.placements.internships == b.placements.internships);
    CHECK(a.placements.hiredAfterInternship == b.placements.hiredAfterInternship);
    CHECK(a.followups.due == b.followups.due);
    CHECK(a.followups.done == b.followups.done);
    CHECK(a.followups.improved == b.followups.improved);
    CHECK(a.followups.doneBySituation == b.followups.doneBySituation);
    CHECK(a.events.events == b.events.events);
    CHECK(a.events.headcount() == b.events.headcount());
    CHECK(a.events.headcountByType == b.events.headcountByType);
    REQUIRE(a.scales.size() == b.scales.size());
    for (size_t i = 0; i < a.scales.size(); ++i) {
        INFO(a.scales[i].field.toStdString());
        CHECK(a.scales[i].field == b.scales[i].field);
        CHECK(a.scales[i].people == b.scales[i].people);
        CHECK(near(a.scales[i].entry, b.scales[i].entry));
        CHECK(near(a.scales[i].latest, b.scales[i].latest));
    }
    REQUIRE(a.targets.size() == b.targets.size());
    for (size_t i = 0; i < a.targets.size(); ++i) {
        CHECK(a.targets[i].indicator == b.targets[i].indicator);
        CHECK(a.targets[i].target == b.targets[i].target);
        CHECK(a.targets[i].actual.has_value() == b.targets[i].actual.has_value());
        if (a.targets[i].actual && b.targets[i].actual)
            CHECK(near(*a.targets[i].actual, *b.targets[i].actual));
    }
    REQUIRE(a.esf.size() == b.esf.size());
    for (size_t i = 0; i < a.esf.size(); ++i) {
        INFO(a.esf[i].code.toStdString());
        CHECK(a.esf[i].code == b.esf[i].code);
        CHECK(a.esf[i].count.women == b.esf[i].count.women);
        CHECK(a.esf[i].count.men == b.esf[i].count.men);
        CHECK(a.esf[i].count.nonBinary == b.esf[i].count.nonBinary);
    }
}

Indicators computeBothWays(Database& db, const ReportFilter& filter)
{
    auto alone = IndicatorEngine(db, IndicatorEngine::Split::Never).compute(filter);
    INFO((alone.ok() ? QString() : alone.error().message()).toStdString());
    REQUIRE(alone.ok());
    REQUIRE(db.secondConnection() != nullptr); // or the split would not happen
    auto split = IndicatorEngine(db, IndicatorEngine::Split::Always).compute(filter);
    INFO((split.ok() ? QString() : split.error().message()).toStdString());
    REQUIRE(split.ok());
    checkSameIndicators(*alone, *split);
    return *alone;
}

} // namespace percorsi::test
