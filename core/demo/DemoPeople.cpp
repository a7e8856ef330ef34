#include "core/demo/DemoWriter.h"

#include <algorithm>

#include <QStringList>

#include "core/domain/Codes.h"

// The people of the demo and what happens to them: consents, assessments,
// plan goals, support, referrals, placements, enrolments and attendance.
namespace percorsi::demo {

// ---- people -------------------------------------------------------------------

void Writer::addPeople()
{
    const int total = std::max(1, m_options.people);
    int done = 0;
    for (Desk& desk : m_desks) {
        for (int i = 0; i < desk.people && proceed(5 + 50 * done / total); ++i, ++done)
            addPerson(desk);
    }
}

void Writer::addPerson(Desk& desk)
{
    Person p;
    p.desk = &desk;
    p.community = &community(m_rng.pick(desk.city->communities));
    Record r(Entity::Person);
    r.setUuid(m_rng.uuid());
    r.setDeskId(desk.id);
    p.needs = drawIntake(m_rng, *desk.city, *p.community, r);
    p.intake = r.date(u"intake_date");
    drawStatus(p, r);
    p.id = tally(m_store.create(r));
    if (m_error) return;
    addConsents(p);
    addAssessments(p);
    addGoals(p);
    addInterventions(p);
    addReferrals(p);
    addPlacement(p);
    addEnrolments(p);
    addEventVisit(p);
    addExitFollowup(p);
}

void Writer::drawStatus(Person& p, Record& r)
{
    const Desk& desk = *p.desk;
    r.with(u"operator_id", m_rng.chance(0.85) ? desk.operatorId : desk.coordinatorId);
    r.with(u"referral_source",
           m_rng.pick("self*15|word_of_mouth*30|social_services*15|ngo*12|school*8|"
                      "health_service*6|employment_service*6|community_desk*6|other*2"));
    r.with(u"notes", when(m_rng.chance(0.12), m_rng.pick(text::personNotes)));
    p.last = anchor();
    const int span = int(p.intake.daysTo(anchor()));
    const int roll = m_rng.below(100);
    if (span <= 120 || roll >= 20) {
        r.set(u"status", roll < 27 ? QStringLiteral("suspended") : QStringLiteral("active"));
        return;
    }
    p.last = p.intake.addDays(m_rng.between(60, span));
    p.closeReason = m_rng.pick("completed*35|found_work*20|moved_away*15|lost_contact*15|"
                               "withdrew*10|other*5");
    // An empty item: the situation on leaving is not known.
    const char* situations = p.closeReason == u"found_work" ? "employed*8|self_employed*2"
                             : p.closeReason == u"completed"
                                 ? "job_searching*8|education_training*5|qualification*4|employed*3"
                                 : "job_searching|inactive|*2";
    r.with(u"status", QStringLiteral("closed")).with(u"close_reason", p.closeReason);
    r.with(u"exit_date", p.last).with(u"exit_situation", m_rng.pick(situations));
}

// ---- what happens to a person --------------------------------------------------

void Writer::addConsents(const Person& p)
{
    struct Spec
    {
        const char* purpose;
        double share;
        int validDays; // photo consents last a year: some have expired by the anchor
        double withdrawn;
    };
    static const Spec kSpecs[] = {{"services", 1.0, 0, 0.0},
                                  {"data_sharing", 0.8, 0, 0.04},
                                  {"anonymous_reporting", 0.9, 0, 0.02},
                                  {"photos", 0.3, 365, 0.06}};
    for (const Spec& s : kSpecs) {
        if (!m_rng.chance(s.share)) continue;
        const QString basis = s.share < 1 ? QStringLiteral("consent")
                                          : m_rng.pick("consent*6|public_task*3|contract");
        const QDate withdrawn = m_rng.date(p.intake.addDays(7), anchor());
        Record r(Entity::Consent);
        r.with(u"person_id", p.id).with(u"purpose", latin(s.purpose));
        r.with(u"legal_basis", basis).with(u"given_on", p.intake);
        r.with(u"expires_on", when(s.validDays > 0, p.intake.addDays(s.validDays)));
        insert(r.with(u"withdrawn_on", when(m_rng.chance(s.withdrawn), withdrawn)), p.desk->id);
    }
}

void Writer::addAssessments(const Person& p)
{
    Needs needs = p.needs;
    std::array<int, 3> scales{m_rng.between(1, 3), m_rng.between(1, 3), m_rng.between(1, 2)};
    const int count = 1 + int(m_rng.chance(0.6)) + int(m_rng.chance(0.35));
    QDate on = std::min(p.intake.addDays(m_rng.below(15)), p.last);
    for (int i = 0; i < count && on <= p.last; ++i) {
        Record r(Entity::Assessment);
        r.with(u"person_id", p.id).with(u"assessed_on", on);
        r.with(u"operator_id", p.desk->operatorId).with(u"self_esteem", scales[0]);
        r.with(u"autonomy", scales[1]).with(u"services_knowledge", scales[2]);
        r.with(u"notes", i == 0 ? QStringLiteral("Screening at intake.")
                                : QStringLiteral("Review of the individual plan."));
        for (size_t d = 0; d < needs.size(); ++d)
            r.set(QLatin1StringView(domains()[d].field), needs[d]);
        insert(r, p.desk->id);
        // Most people need less help as time goes by; some go through a harder time.
        const bool better = m_rng.chance(0.7);
        for (int& n : needs) {
            n -= int(m_rng.chance(better ? 0.45 : 0.1));
            n = std::clamp(n + int(!better && m_rng.chance(0.2)), 0, 3);
        }
        for (int& s : scales)
            s = std::min(5, s + int(m_rng.chance(better ? 0.55 : 0.15)));
        on = on.addDays(m_rng.between(90, 190));
    }
}

void Writer::addGoals(const Person& p)
{
    std::vector<int> chosen;
    for (int k = 0, count = m_rng.between(1, 3); k < 3 * count && int(chosen.size()) < count; ++k) {
        const int d = domainOfNeed(p.needs);
        if (std::find(chosen.begin(), chosen.end(), d) == chosen.end()) chosen.push_back(d);
    }
    for (int d : chosen) {
        const QDate target = p.intake.addDays(m_rng.between(90, 365)); // may lie after the anchor
        QString status = m_rng.pick(target <= anchor() ? "achieved*5|in_progress*3|dropped*2"
                                                       : "open*4|in_progress*6");
        if (!p.closeReason.isEmpty() && (status == u"open" || status == u"in_progress"))
            status = QStringLiteral("dropped");
        const char* domain = domains()[size_t(d)].code;
        Record r(Entity::PlanGoal);
        r.with(u"person_id", p.id).with(u"domain", latin(domain));
        r.with(u"goal", m_rng.pick(text::goals(domain))).with(u"target_date", target);
        insert(r.with(u"status", status), p.desk->id);
    }
}

void Writer::addInterventions(const Person& p)
{
    const auto kinds = codes::set(u"intervention_kind");
    for (int i = m_rng.pick("0*3|1*4|2*5|3*4|4*2|5*2").toInt(); i > 0; --i) {
        const char* kind = m_rng.chance(0.7) ? domains()[size_t(domainOfNeed(p.needs))].kind
                                             : kinds[size_t(m_rng.below(int(kinds.size())))].code;
        Record r(Entity::Intervention);
        r.with(u"person_id", p.id).with(u"kind", latin(kind));
        r.with(u"date", m_rng.date(p.intake, p.last));
        r.with(u"minutes", m_rng.pick("20|30*2|45|60*2|90").toInt());
        r.with(u"operator_id", p.desk->operatorId);
        insert(r.with(u"note", m_rng.pick(text::interventionNotes(kind))), p.desk->id);
    }
}

void Writer::addReferrals(const Person& p)
{
    for (int i = m_rng.pick("0*3|1*4|2*2|3").toInt(); i > 0; --i) {
        const char* category =
            m_rng.chance(0.06) ? "transport" : domains()[size_t(domainOfNeed(p.needs))].category;
        const std::vector<qint64>& services = p.desk->services[category];
        if (services.empty()) continue;
        const QDate on = m_rng.date(p.intake, p.last);
        const QString status = on.daysTo(anchor()) < 21
                                   ? QStringLiteral("sent")
                                   : m_rng.pick("completed*45|accepted*25|declined*10|sent*10");
        const bool closed = status == u"completed" || status == u"declined";
        const char* outcomes =
            status == u"completed" ? text::referralOutcomes : text::referralRefusals;
        const QDate closedOn = m_rng.date(on.addDays(7), std::min(on.addDays(60), anchor()));
        Record r(Entity::Referral);
        r.with(u"person_id", p.id).with(u"referred_on", on).with(u"status", status);
        r.with(u"service_id", services[size_t(m_rng.below(int(services.size())))]);
        r.with(u"reason", m_rng.pick(text::referralReasons(category)));
        r.with(u"outcome", when(closed, m_rng.pick(outcomes)));
        insert(r.with(u"closed_on", when(closed, closedOn)), p.desk->id);
    }
}

void Writer::addPlacement(const Person& p)
{
    const bool hired = p.closeReason == u"found_work";
    const QDate earliest = p.intake.addDays(30);
    if ((!hired && !m_rng.chance(0.15)) || earliest > p.last.addDays(-20)) return;
    const QString type = m_rng.pick("internship_extracurricular*24|internship_curricular*5|"
                                    "apprenticeship*7|fixed_term*24|permanent*10|"
                                    "self_employment*12|voucher*18");
    const QString stage = hired ? QStringLiteral("ended")
                                : m_rng.pick("ended*40|started*30|interview*15|proposed*15");
    const bool own = type == u"self_employment";
    const bool begun = stage == u"started" || stage == u"ended";
    const bool ended = stage == u"ended";
    const QDate start = m_rng.date(earliest, ended ? p.last.addDays(-20) : p.last);
    const QDate end = std::min(start.addDays(m_rng.between(20, 270)), p.last);
    const int outcome = hired ? 0 : m_rng.pick(own ? "1*5|2*3" : "1*5|0*3|2*3").toInt();
    // The ESF+ longer-term result, six months after the placement ended.
    const bool followed = ended && end.addDays(182) <= anchor();
    const QDate followup = m_rng.date(end.addDays(182), std::min(end.addDays(210), anchor()));
    const char* situations = outcome == 0 ? "employed*17|self_employed|job_searching*2"
                                          : "job_searching*35|employed*30|education_training*10|"
                                            "inactive*20|self_employed*5";
    const auto& employers = p.desk->employers;
    const qint64 employer = employers[size_t(m_rng.below(int(employers.size())))];
    Record r(Entity::Placement);
    r.with(u"person_id", p.id).with(u"employer_id", when(!own, employer));
    r.with(u"type", type).with(u"stage", stage);
    r.with(u"hours_per_week", 5 * m_rng.between(type == u"voucher" ? 2 : 4, 8));
    r.with(u"start_date", when(begun, start)).with(u"end_date", when(ended, end));
    r.with(u"outcome",
           when(ended, latin(std::array{"hired", "completed", "interrupted"}[outcome])));
    r.with(u"outcome_note", when(ended, m_rng.items(text::placementNotes)[outcome]));
    const qint64 placement = insert(r, p.desk->id);
    if (!ended)
        return;
    Record f(Entity::Followup);
    f.with(u"person_id", p.id).with(u"placement_id", placement);
    f.with(u"reason", QStringLiteral("placement_end")).with(u"due_on", end.addMonths(6));
    const bool done = followed && m_rng.chance(0.9);
    f.with(u"done_on", when(done, followup)).with(u"situation", when(done, m_rng.pick(situations)));
    insert(f, p.desk->id);
}

// ---- paths: enrolments and attendance -------------------------------------------

void Writer::addEnrolments(const Person& p)
{
    if (!m_rng.chance(kEnrolShare)) return;
    std::vector<Path>& paths = p.desk->paths;
    // Paths that start around her intake (or a little before: she joins late).
    const QDate until = p.closeReason.isEmpty()
                            ? std::min(p.intake.addDays(150), anchor().addDays(45))
                            : p.last.addDays(-14);
    auto before = [](const Path& path, const QDate& d) { return path.start < d; };
    const auto lo = std::lower_bound(paths.begin(), paths.end(), p.intake.addDays(-14), before);
    const auto hi = std::lower_bound(paths.begin(), paths.end(), until.addDays(1), before);
    if (hi <= lo) return;
    const int span = int(hi - lo);
    std::vector<const Path*> taken;
    const size_t wanted = m_rng.chance(0.35) ? 2 : 1;
    for (int probe = 0; probe < 12 && taken.size() < wanted; ++probe) {
        Path& path = lo[m_rng.below(span)];
        if (path.seats < path.capacity &&
            std::find(taken.begin(), taken.end(), &path) == taken.end()) {
            taken.push_back(&path);
            addEnrolment(p, path, false);
        }
    }
    if (taken.empty() && m_rng.chance(0.3))
        addEnrolment(p, lo[m_rng.below(span)], true); // all full: a waiting list
}

void Writer::addEnrolment(const Person& p, Path& path, bool waiting)
{
    const QDate enrolled =
        std::min(std::max(p.intake, path.start.addDays(-m_rng.between(1, 20))), anchor());
    Attendee a{p.id, std::max(enrolled, path.start), std::min({path.end, anchor(), p.last}),
               m_rng.next()};
    auto held = [&](const Session& s) { return path.holds(s, a); };
    a.eligible = waiting ? 0 : int(std::count_if(path.sessions.begin(), path.sessions.end(), held));
    path.seats += waiting ? 0 : 1;
    QString reason, qualification;
    QDate ended;
    if (!waiting && !p.closeReason.isEmpty() && path.end > p.last) {
        ended = p.last; // she left the programme while the path ran
        reason = p.closeReason == u"found_work" ? QStringLiteral("Found work")
                                                : m_rng.pick(text::withdrawReasons);
        a.tail = std::min(2, a.eligible);
    } else if (a.eligible >= 4 && m_rng.chance(0.12)) {
        // A drop-out: she misses her last sessions, then withdraws.
        const int k = m_rng.between(3, a.eligible - 1);
        for (int seen = 0; const Session& s : path.sessions)
            ended = held(s) && ++seen == k ? s.date : ended;
        a = {a.personId, a.from, ended, a.seed, k, 3};
        reason = m_rng.pick(text::withdrawReasons);
    } else if (!waiting && path.end <= anchor()) {
        ended = path.end; // completed if she attended enough
        Habit habit(a);
        int present = 0;
        for (const Session& s : path.sessions)
            present += held(s) && habit.next() == Habit::Present ? 1 : 0;
        if (present * 100 >= path.threshold * std::max(1, a.eligible))
            qualification = this->qualification(path, *p.desk->city);
        else
            reason = QStringLiteral("Attendance below the threshold");
    }
    const QString status = waiting            ? QStringLiteral("waiting")
                           : !ended.isValid() ? QStringLiteral("enrolled")
                           : reason.isEmpty() ? QStringLiteral("completed")
                                              : QStringLiteral("withdrawn");
    Record r(Entity::Enrolment);
    r.with(u"path_id", path.id).with(u"person_id", p.id).with(u"enrolled_on", enrolled);
    r.with(u"status", status).with(u"ended_on", when(ended.isValid(), ended));
    r.with(u"withdraw_reason", reason).with(u"qualification", qualification);
    if (insert(r, p.desk->id) && a.eligible > 0) path.attendees.push_back(a);
    if (path.type == SelfEntrepreneurship && !waiting) addVenture(p, path, enrolled);
}

// Most women of a self-entrepreneurship path bring a business idea; some get further.
void Writer::addVenture(const Person& p, const Path& path, const QDate& enrolled)
{
    if (!m_rng.chance(0.8)) return;
    const bool started = path.end <= anchor() && m_rng.chance(0.25);
    const QString stage = started ? QStringLiteral("started")
                                  : m_rng.pick(path.end <= anchor() ? "plan*3|idea" : "idea*3|plan");
    Record r(Entity::Venture);
    r.with(u"person_id", p.id).with(u"path_id", path.id).with(u"stage", stage);
    r.with(u"business_idea", m_rng.pick(text::businessIdeas));
    r.with(u"training", m_rng.pick("Self-entrepreneurship course|Self-entrepreneurship course and mentoring"));
    r.with(u"started_on", when(started, std::min(path.end.addDays(m_rng.between(20, 120)), anchor())));
    r.with(u"support", when(enrolled.isValid() && m_rng.chance(0.5), m_rng.pick(text::ventureSupport)));
    insert(r, p.desk->id);
}

// Some women come to a community event of their desk after their intake, by name.
void Writer::addEventVisit(const Person& p)
{
    const auto& events = p.desk->events;
    if (events.empty() || !m_rng.chance(0.08)) return;
    const auto& [date, id] = events[size_t(m_rng.below(int(events.size())))];
    if (date < p.intake || date > p.last) return;
    insert(Record(Entity::EventParticipant).with(u"event_id", id).with(u"person_id", p.id),
           p.desk->id);
}

QString Writer::qualification(const Path& path, const City& city)
{
    const QStringList& names = m_rng.items(city.qualifications);
    if (path.type == VocationalTraining) return m_rng.chance(0.85) ? names[0] : QString();
    if (path.type == LanguageCourse)
        return m_rng.chance(0.6) ? names[1] + u' ' + path.level : QString();
    return m_rng.chance(0.5) ? names[2] : QString();
}

void Writer::addAttendance()
{
    static const char* const kMarks[] = {"present", "absent", "excused"};
    qint64 total = 0, done = 0;
    for (const Desk& desk : m_desks)
        total += qint64(desk.paths.size());
    for (Desk& desk : m_desks) {
        for (const Path& path : desk.paths) {
            if (!proceed(55 + int(44 * done++ / std::max<qint64>(1, total)))) return;
            // Session by session, so that rule checks find the same session in turn.
            std::vector<Habit> habits(path.attendees.begin(), path.attendees.end());
            for (const Session& s : path.sessions) {
                for (size_t i = 0; i < path.attendees.size(); ++i) {
                    if (!path.holds(s, path.attendees[i])) continue;
                    const Habit::Mark mark = habits[i].next();
                    Record r(Entity::Attendance);
                    r.with(u"session_id", s.id).with(u"person_id", path.attendees[i].personId);
                    r.with(u"status", latin(kMarks[mark]));
                    insert(r.with(u"hours", when(mark == Habit::Present, s.minutes / 60.0)),
                           desk.id);
                }
            }
        }
    }
}

} // namespace percorsi::demo

namespace percorsi::demo {

// The ESF+ result six months after leaving: asked of every woman whose case
// closed, and known for most of those whose time has come.
void Writer::addExitFollowup(const Person& p)
{
    if (p.closeReason.isEmpty()) return;
    const QDate due = p.last.addMonths(6);
    const bool done = due <= anchor() && m_rng.chance(0.85);
    const char* situations = p.closeReason == u"found_work"
                                 ? "employed*15|self_employed*2|job_searching*3"
                                 : "job_searching*35|employed*25|education_training*15|"
                                   "inactive*20|self_employed*5";
    Record f(Entity::Followup);
    f.with(u"person_id", p.id).with(u"reason", QStringLiteral("programme_exit"));
    f.with(u"due_on", due);
    f.with(u"done_on", when(done, done ? m_rng.date(due, std::min(due.addDays(28), anchor()))
                                       : QDate()));
    f.with(u"situation", when(done, done ? m_rng.pick(situations) : QString()));
    insert(f, p.desk->id);
}

} // namespace percorsi::demo
