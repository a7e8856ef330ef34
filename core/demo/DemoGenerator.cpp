#include "core/demo/DemoGenerator.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

#include "core/demo/DemoData.h"
#include "core/domain/Codes.h"
#include "core/security/PasswordHash.h"
#include "core/storage/Database.h"
#include "core/storage/PersonStore.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserStore.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr int kMaxPeople = 1'000'000;
constexpr int kDeskShares[] = {30, 25, 25, 20}; // percent of the people, per desk
constexpr double kEnrolShare = 0.6;             // people enrolled in at least one path
// Per path type, in the order of its code set: share of the paths, weekly sessions.
constexpr int kPathWeights[] = {12, 30, 15, 15, 6, 4, 7, 5, 6};
constexpr int kPathSessions[] = {12, 24, 24, 12, 16, 6, 10, 10, 12};
enum PathType { LanguageCourse = 1, VocationalTraining = 2, CityVisit = 5 };

QDate anchor()
{
    return DemoGenerator::anchorDate();
}

QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

struct Session
{
    qint64 id = 0;
    QDate date;
    int minutes = 0;
    bool cancelled = false;
};

// An enrolled person's window of sessions and the seed of her attendance.
struct Attendee
{
    qint64 personId = 0;
    QDate from, to;
    quint64 seed = 0;
    int eligible = 0; // sessions held in the window
    int tail = 0;     // the last sessions missed before withdrawing
};

struct Path
{
    qint64 id = 0;
    int type = 0;
    QDate start, end;
    QString level;
    int capacity = 0, seats = 0, threshold = 75;
    std::vector<Session> sessions;
    std::vector<Attendee> attendees;

    bool holds(const Session& s, const Attendee& a) const
    {
        return !s.cancelled && s.date >= a.from && s.date <= a.to;
    }
};

// How one person attends one path, drawn from the enrolment's own seed: the
// enrolment's status (written with the person) and its attendance rows
// (written later, session by session) come from the same draws.
class Habit
{
public:
    enum Mark { Present, Absent, Excused };
    explicit Habit(const Attendee& a) : m_rng(a.seed), m_left(a.eligible), m_tail(a.tail)
    {
        const double u = m_rng.unit();
        m_reliability = 1.0 - 0.3 * u * u;
    }
    Mark next()
    {
        if (--m_left < m_tail)
            return m_rng.chance(0.7) ? Absent : Excused;
        if (m_rng.unit() < m_reliability)
            return Present;
        return m_rng.chance(0.55) ? Absent : Excused;
    }

private:
    demo::Rng m_rng;
    int m_left;
    int m_tail;
    double m_reliability = 1;
};

struct Desk
{
    const demo::City* city = nullptr;
    qint64 id = 0, operatorId = 0, trainerId = 0, coordinatorId = 0;
    int people = 0;
    std::unordered_map<std::string, std::vector<qint64>> services; // by category
    std::vector<qint64> employers;
    std::vector<Path> paths; // by start date
};

using demo::Needs;
using demo::when;

struct Person
{
    qint64 id = 0;
    Desk* desk = nullptr;
    const demo::Community* community = nullptr;
    QDate intake;
    QDate last; // the exit date, or the anchor
    QString closeReason;
    Needs needs{};
};

// The stores the generator writes through. DeskStore and UserStore create
// records with random uuids; the demo needs seeded ones, so desks and users
// are inserted here, validated the same way.
class DemoStore : public PersonStore
{
public:
    using PersonStore::PersonStore;

    Result<Record> addDesk(Record desk, bool local)
    {
        auto created = insertDerived(desk.with(u"next_case", qint64(1)));
        if (!created || !local)
            return created;
        // As DeskStore::createLocal does: the local desk stamps its own writes.
        Statement own =
            database().connection().prepare("UPDATE desk SET hlc_desk = id WHERE id = ?");
        own.bind(1, created->id());
        if (Status st = own.run(); !st.ok())
            return st.error();
        if (Status st = database().setLocalDeskId(created->id()); !st.ok())
            return st.error();
        return created;
    }

    Result<Record> addUser(Record user, const QString& password)
    {
        auto hash = PasswordHash::hash(password);
        if (!hash)
            return hash.error();
        return insertDerived(user.with(u"password_hash", *hash));
    }
};

// Writes the demo, parents before children. The first error stops every
// later write and is what run() returns.
class Generator
{
public:
    Generator(Database& db, const DemoGenerator::Options& options);
    Result<DemoGenerator::Summary> run();

private:
    void addDesks();
    void addUsers();
    qint64 addUser(const QString& username, const QString& name, const char* role, qint64 desk);
    void addProjects();
    void addServices(Desk& desk, int cityIndex);
    void addEmployers(Desk& desk);
    void addEvents(Desk& desk);
    void addPaths(Desk& desk);
    void addSessions(Desk& desk, Path& path);
    void addPeople();
    void addPerson(Desk& desk);
    void drawStatus(Person& p, Record& r);
    void addConsents(const Person& p);
    void addAssessments(const Person& p);
    void addGoals(const Person& p);
    void addInterventions(const Person& p);
    void addReferrals(const Person& p);
    void addPlacement(const Person& p);
    void addEnrolments(const Person& p);
    void addEnrolment(const Person& p, Path& path, bool waiting);
    void addAttendance();

    qint64 insert(Record record, qint64 deskId);
    qint64 tally(const Result<Record>& created);
    bool proceed(int percent);
    QString qualification(const Path& path, const demo::City& city);
    int domainOfNeed(const Needs& needs);

    Database& m_db;
    const DemoGenerator::Options& m_options;
    DemoStore m_store;
    demo::Draws m_rng;
    std::optional<Error> m_error;
    std::unordered_map<const EntityDef*, qint64> m_counts;
    std::vector<Desk> m_desks;
    std::array<qint64, 2> m_projects{}; // Women4Integration, Femminili Plurali
    int m_percent = -1;
};

Generator::Generator(Database& db, const DemoGenerator::Options& options)
    : m_db(db), m_options(options), m_store(db), m_rng(options.seed)
{}

Result<DemoGenerator::Summary> Generator::run()
{
    if (proceed(0)) {
        addDesks();
        addUsers();
        addProjects();
    }
    for (size_t i = 0; i < m_desks.size() && !m_error; ++i) {
        addServices(m_desks[i], int(i));
        addEmployers(m_desks[i]);
        addEvents(m_desks[i]);
        addPaths(m_desks[i]);
    }
    addPeople();
    addAttendance();
    if (m_error)
        return *m_error;
    DemoGenerator::Summary summary;
    for (const EntityDef* def : schema::entities())
        summary[QLatin1StringView(def->name)] = m_counts[def];
    return summary;
}

// Validates and writes a record with a seeded uuid; its id, or 0 after an error.
qint64 Generator::insert(Record record, qint64 deskId)
{
    if (m_error)
        return 0;
    record.setUuid(m_rng.uuid());
    record.setDeskId(deskId);
    return tally(m_store.insert(std::move(record)));
}

qint64 Generator::tally(const Result<Record>& created)
{
    if (!created) {
        m_error = created.error();
        return 0;
    }
    ++m_counts[&created->def()];
    return created->id();
}

// Reports progress; false once the work stops, by error or cancellation.
bool Generator::proceed(int percent)
{
    if (!m_error && percent != m_percent) {
        m_percent = percent;
        if (m_options.progress && !m_options.progress(percent))
            m_error = Error::invalid(
                Tr::tr("The demo data generation was cancelled; nothing was written."));
    }
    return !m_error;
}

// A domain the person needs help with: mostly one of her highest needs.
int Generator::domainOfNeed(const Needs& needs)
{
    std::vector<int> high;
    for (size_t i = 0; i < needs.size(); ++i) {
        if (needs[i] >= 2)
            high.push_back(int(i));
    }
    if (high.empty() || m_rng.chance(0.25))
        return m_rng.below(int(needs.size()));
    return high[size_t(m_rng.below(int(high.size())))];
}

// ---- desks, accounts, projects ----------------------------------------------

void Generator::addDesks()
{
    const auto cities = demo::cities();
    for (size_t i = 0; i < cities.size() && !m_error; ++i) {
        Desk& desk = m_desks.emplace_back();
        const demo::City& city = cities[i];
        desk.city = &city;
        desk.people = i == 0 ? m_options.people : m_options.people * kDeskShares[i] / 100;
        m_desks.front().people -= i == 0 ? 0 : desk.people;
        auto known = m_store.list(schema::def(Entity::Desk),
                                  {.field = "code", .equals = latin(city.code), .limit = 1});
        if (i == 0 && m_db.localDeskId() != 0) {
            desk.id = m_db.localDeskId(); // an existing desk plays the Milan part
        } else if (i > 0 && known && !known->empty()) {
            desk.id = known->front().id(); // a partner desk already known here
        } else {
            Record r(Entity::Desk);
            r.setUuid(m_rng.uuid());
            r.with(u"name", utf8(city.desk)).with(u"code", latin(city.code));
            r.with(u"city", utf8(city.city)).with(u"country", latin(city.country));
            r.with(u"neighbourhood", m_rng.items(city.neighbourhoods).front());
            desk.id = tally(m_store.addDesk(r, i == 0));
        }
    }
}

qint64 Generator::addUser(const QString& username, const QString& name, const char* role,
                          qint64 desk)
{
    if (m_error)
        return 0;
    if (auto existing = UserStore(m_db).byUsername(username))
        return existing->id();
    Record r(Entity::User);
    r.setUuid(m_rng.uuid());
    r.setDeskId(desk);
    r.with(u"username", username).with(u"full_name", name).with(u"role", latin(role));
    return tally(m_store.addUser(r.with(u"active", true), DemoGenerator::demoPassword()));
}

void Generator::addUsers()
{
    for (Desk& desk : m_desks) {
        const QStringList staff = utf8(desk.city->staff).split(u'|');
        const QString suffix = latin(desk.city->userSuffix);
        const QString tail = suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
        desk.operatorId = addUser(QStringLiteral("operator") + tail, staff[0], "operator", desk.id);
        desk.trainerId = addUser(QStringLiteral("trainer") + tail, staff[1], "trainer", desk.id);
        desk.coordinatorId = desk.operatorId;
        if (staff.size() < 4)
            continue;
        desk.coordinatorId =
            addUser(QStringLiteral("coordinator"), staff[2], "coordinator", desk.id);
        addUser(QStringLiteral("admin"), staff[3], "administrator", desk.id);
    }
}

void Generator::addProjects()
{
    const qint64 home = m_desks.front().id;
    for (size_t i = 0; i < demo::projects().size(); ++i) {
        const demo::Project& p = demo::projects()[i];
        Record r(Entity::Project);
        r.with(u"name", utf8(p.name)).with(u"funder", utf8(p.funder));
        r.with(u"start_date", latin(p.start)).with(u"end_date", latin(p.end));
        r.with(u"sites", utf8(p.sites)).with(u"description", utf8(p.description));
        m_projects[i] = insert(r, home);
        for (const QString& target : latin(p.targets).split(u'|')) {
            Record t(Entity::ProjectTarget);
            t.with(u"project_id", m_projects[i]).with(u"indicator", target.section(u':', 0, 0));
            insert(t.with(u"target", target.section(u':', 1)), home);
        }
    }
}

// ---- the city: services, employers, events, paths -----------------------------

void Generator::addServices(Desk& desk, int cityIndex)
{
    const demo::City& city = *desk.city;
    const QString languages = latin(city.language) + QLatin1StringView(",en");
    const demo::Community& largest = demo::community(m_rng.items(city.communities).front());
    const QString mother = m_rng.items(largest.languages).front();
    for (const demo::Service& s : demo::services()) {
        if (s.city != cityIndex)
            continue;
        Record r(Entity::Service);
        r.with(u"name", utf8(s.name)).with(u"category", latin(s.category));
        r.with(
            u"address",
            QStringLiteral("%1, %2 %3").arg(utf8(s.street), utf8(city.postcode), utf8(city.city)));
        r.with(u"city", utf8(city.city)).with(u"phone", m_rng.phone(city.landline));
        r.with(u"hours", m_rng.pick(demo::text::serviceHours));
        r.with(u"languages", m_rng.chance(0.4) ? languages + u',' + mother : languages);
        r.with(u"eligibility", utf8(demo::text::eligibility(s.category)));
        desk.services[s.category].push_back(insert(r, desk.id));
    }
}

void Generator::addEmployers(Desk& desk)
{
    const demo::City& city = *desk.city;
    const QStringList forms = utf8(city.employerForms).split(u'|'); // sector, name pairs
    for (int i = 10 + desk.people / 150; i > 0; --i) {
        const int form = 2 * m_rng.below(int(forms.size() / 2));
        Record r(Entity::Employer);
        r.with(u"name", forms[form + 1].arg(m_rng.pick(city.localFamilies)));
        r.with(u"sector", forms[form])
            .with(u"size", m_rng.pick("micro*7|small*7|medium*4|large*2"));
        r.with(u"contact_name",
               m_rng.pick(city.localGiven) + u' ' + m_rng.pick(city.localFamilies));
        r.with(u"phone", m_rng.phone(city.landline)).with(u"address", m_rng.address(city));
        const qint64 id = insert(r.with(u"city", utf8(city.city)), desk.id);
        desk.employers.push_back(id);
        // The first contact is an awareness meeting; what follows varies.
        QDate on = m_rng.date(QDate(2025, 1, 15), anchor().addDays(-30));
        for (int k = 0, n = m_rng.between(1, 4); k < n && on <= anchor(); ++k) {
            const QString kind = k == 0 ? QStringLiteral("awareness_meeting")
                                        : m_rng.pick("diversity_support*3|vacancy_shared*4|"
                                                     "visit*2|other");
            Record e(Entity::Engagement);
            e.with(u"employer_id", id).with(u"date", on).with(u"kind", kind);
            e.with(u"note", utf8(demo::text::engagementNotes(kind.toLatin1().constData())));
            insert(e, desk.id);
            on = on.addDays(m_rng.between(20, 120));
        }
    }
}

void Generator::addEvents(Desk& desk)
{
    const auto types = codes::set(u"event_type");
    for (int i = 0, count = 24 + desk.people / 1500; i < count; ++i) {
        const int n = int(types.size());
        const char* type = types[size_t(i < n ? i : m_rng.below(n))].code;
        const bool big =
            qstrcmp(type, "awareness_campaign") == 0 || qstrcmp(type, "public_event") == 0;
        // Headcounts by gender and by age band that add up to the same total.
        const int total = big ? m_rng.between(60, 400) : m_rng.between(8, 45);
        const int women = int(total * (0.6 + 0.3 * m_rng.unit()));
        const int nonBinary = m_rng.chance(0.3) ? std::min(total - women, m_rng.below(3)) : 0;
        const int young = int(total * 0.15 * m_rng.unit());
        const int adults = int(total * (0.15 + 0.2 * m_rng.unit()));
        const int older = int(total * (0.05 + 0.1 * m_rng.unit()));
        const QDate date = m_rng.date(QDate(2025, 2, 1), anchor());
        const bool plurali = &desk == &m_desks.front() && date > QDate(2025, 3, 1)
                             && date < QDate(2026, 9, 30) && m_rng.chance(0.25);
        Record r(Entity::Event);
        r.with(u"name", m_rng.pick(demo::text::eventNames(type))).with(u"type", latin(type));
        r.with(u"date", date).with(u"place", m_rng.pick(desk.city->venues));
        r.with(u"project_id", m_projects[plurali ? 1 : 0]);
        r.with(u"partners", m_rng.pick(desk.city->partners));
        r.with(u"women", women).with(u"men", total - women - nonBinary);
        r.with(u"non_binary", nonBinary).with(u"age_under_18", young).with(u"age_18_29", adults);
        r.with(u"age_30_54", total - young - adults - older).with(u"age_55_plus", older);
        insert(r, desk.id);
    }
}

void Generator::addPaths(Desk& desk)
{
    // Every type of path, then enough seats for the people who enrol, and some to spare.
    const int count = 9 + int(desk.people * kEnrolShare * 1.35 * 1.2 / 18.5);
    std::vector<Path> planned(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Path& p = planned[size_t(i)];
        p.type = i < 9 ? i : 0;
        for (int roll = m_rng.below(100); i >= 9 && roll >= kPathWeights[p.type]; ++p.type)
            roll -= kPathWeights[p.type];
        const int weeks = kPathSessions[p.type] - 1; // the last path ends by the project's end
        const QDate latest = std::min(QDate(2026, 10, 26), QDate(2026, 12, 31).addDays(-7 * weeks));
        p.start = m_rng.date(QDate(2025, 1, 13), latest);
        if (p.start.dayOfWeek() > 5)
            p.start = p.start.addDays(8 - p.start.dayOfWeek());
        p.end = p.start.addDays(7 * weeks);
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const Path& a, const Path& b) { return a.start < b.start; });
    for (Path& p : planned) {
        addSessions(desk, p);
        desk.paths.push_back(std::move(p));
    }
}

void Generator::addSessions(Desk& desk, Path& path)
{
    const demo::City& city = *desk.city;
    const char* type = codes::set(u"path_type")[size_t(path.type)].code;
    const bool longer = path.type == LanguageCourse || path.type == VocationalTraining;
    const int minutes = longer ? 60 * m_rng.between(2, 3) : 30 * m_rng.between(3, 5);
    const int sessions = int(path.start.daysTo(path.end) / 7) + 1;
    path.capacity = path.type == CityVisit ? 25 : m_rng.between(12, 25);
    path.threshold = path.type == VocationalTraining ? 80 : path.type == LanguageCourse ? 75 : 70;
    path.level = m_rng.pick("A1*2|A2*2|B1");
    QString name = m_rng.items(city.pathNames)[path.type];
    if (path.type == LanguageCourse)
        name += u' ' + path.level;
    const bool plurali = &desk == &m_desks.front() && path.start > QDate(2025, 3, 1)
                         && path.end < QDate(2026, 9, 30) && m_rng.chance(0.2);
    const QString place = m_rng.pick(city.venues);
    Record r(Entity::Path);
    r.with(u"name", QStringLiteral("%1 · %2").arg(name, path.start.toString(u"yyyy-MM")));
    r.with(u"type", latin(type)).with(u"project_id", m_projects[plurali ? 1 : 0]);
    r.with(u"trainer_id", desk.trainerId);
    r.with(u"other_trainers", when(m_rng.chance(0.3), m_rng.pick(demo::text::otherTrainers)));
    r.with(u"start_date", path.start).with(u"end_date", path.end);
    r.with(u"planned_hours", sessions * minutes / 60.0).with(u"capacity", path.capacity);
    r.with(u"place", place).with(u"language", latin(city.language));
    r.with(u"attendance_threshold", path.threshold);
    r.with(u"description",
           QStringLiteral("%1 weekly meetings of %2 minutes.").arg(sessions).arg(minutes));
    path.id = insert(r, desk.id);
    const QString start = m_rng.pick("09:00|09:30|10:00|14:00|14:30|17:30");
    const QStringList& topics = m_rng.items(demo::text::pathTopics(type));
    for (int k = 0; k < sessions; ++k) {
        Session s{0, path.start.addDays(7 * k), minutes, k > 0 && m_rng.chance(0.02)};
        Record rs(Entity::Session);
        rs.with(u"path_id", path.id).with(u"date", s.date).with(u"start_time", start);
        rs.with(u"minutes", minutes).with(u"place", place).with(u"cancelled", s.cancelled);
        rs.with(u"topic", QStringLiteral("%1. %2").arg(k + 1).arg(topics[k % topics.size()]));
        s.id = insert(rs, desk.id);
        path.sessions.push_back(s);
    }
}

// ---- people -------------------------------------------------------------------

void Generator::addPeople()
{
    const int total = std::max(1, m_options.people);
    int done = 0;
    for (Desk& desk : m_desks) {
        for (int i = 0; i < desk.people && proceed(5 + 50 * done / total); ++i, ++done)
            addPerson(desk);
    }
}

void Generator::addPerson(Desk& desk)
{
    Person p;
    p.desk = &desk;
    p.community = &demo::community(m_rng.pick(desk.city->communities));
    Record r(Entity::Person);
    r.setUuid(m_rng.uuid());
    r.setDeskId(desk.id);
    p.needs = demo::drawIntake(m_rng, *desk.city, *p.community, r);
    p.intake = r.date(u"intake_date");
    drawStatus(p, r);
    p.id = tally(m_store.create(r));
    if (m_error)
        return;
    addConsents(p);
    addAssessments(p);
    addGoals(p);
    addInterventions(p);
    addReferrals(p);
    addPlacement(p);
    addEnrolments(p);
}

void Generator::drawStatus(Person& p, Record& r)
{
    const Desk& desk = *p.desk;
    r.with(u"operator_id", m_rng.chance(0.85) ? desk.operatorId : desk.coordinatorId);
    r.with(u"referral_source",
           m_rng.pick("self*15|word_of_mouth*30|social_services*15|ngo*12|school*8|"
                      "health_service*6|employment_service*6|community_desk*6|other*2"));
    r.with(u"notes", when(m_rng.chance(0.12), m_rng.pick(demo::text::personNotes)));
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

void Generator::addConsents(const Person& p)
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
        if (!m_rng.chance(s.share))
            continue;
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

void Generator::addAssessments(const Person& p)
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
            r.set(QLatin1StringView(demo::domains()[d].field), needs[d]);
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

void Generator::addGoals(const Person& p)
{
    std::vector<int> chosen;
    for (int k = 0, count = m_rng.between(1, 3); k < 3 * count && int(chosen.size()) < count; ++k) {
        const int d = domainOfNeed(p.needs);
        if (std::find(chosen.begin(), chosen.end(), d) == chosen.end())
            chosen.push_back(d);
    }
    for (int d : chosen) {
        const QDate target = p.intake.addDays(m_rng.between(90, 365)); // may lie after the anchor
        QString status = m_rng.pick(target <= anchor() ? "achieved*5|in_progress*3|dropped*2"
                                                       : "open*4|in_progress*6");
        if (!p.closeReason.isEmpty() && (status == u"open" || status == u"in_progress"))
            status = QStringLiteral("dropped");
        const char* domain = demo::domains()[size_t(d)].code;
        Record r(Entity::PlanGoal);
        r.with(u"person_id", p.id).with(u"domain", latin(domain));
        r.with(u"goal", m_rng.pick(demo::text::goals(domain))).with(u"target_date", target);
        insert(r.with(u"status", status), p.desk->id);
    }
}

void Generator::addInterventions(const Person& p)
{
    const auto kinds = codes::set(u"intervention_kind");
    for (int i = m_rng.pick("0*3|1*4|2*5|3*4|4*2|5*2").toInt(); i > 0; --i) {
        const char* kind = m_rng.chance(0.7) ? demo::domains()[size_t(domainOfNeed(p.needs))].kind
                                             : kinds[size_t(m_rng.below(int(kinds.size())))].code;
        Record r(Entity::Intervention);
        r.with(u"person_id", p.id).with(u"kind", latin(kind));
        r.with(u"date", m_rng.date(p.intake, p.last));
        r.with(u"minutes", m_rng.pick("20|30*2|45|60*2|90").toInt());
        r.with(u"operator_id", p.desk->operatorId);
        insert(r.with(u"note", m_rng.pick(demo::text::interventionNotes(kind))), p.desk->id);
    }
}

void Generator::addReferrals(const Person& p)
{
    for (int i = m_rng.pick("0*3|1*4|2*2|3").toInt(); i > 0; --i) {
        const char* category = m_rng.chance(0.06)
                                   ? "transport"
                                   : demo::domains()[size_t(domainOfNeed(p.needs))].category;
        const std::vector<qint64>& services = p.desk->services[category];
        if (services.empty())
            continue;
        const QDate on = m_rng.date(p.intake, p.last);
        const QString status = on.daysTo(anchor()) < 21
                                   ? QStringLiteral("sent")
                                   : m_rng.pick("completed*45|accepted*25|declined*10|sent*10");
        const bool closed = status == u"completed" || status == u"declined";
        const char* outcomes =
            status == u"completed" ? demo::text::referralOutcomes : demo::text::referralRefusals;
        const QDate closedOn = m_rng.date(on.addDays(7), std::min(on.addDays(60), anchor()));
        Record r(Entity::Referral);
        r.with(u"person_id", p.id).with(u"referred_on", on).with(u"status", status);
        r.with(u"service_id", services[size_t(m_rng.below(int(services.size())))]);
        r.with(u"reason", m_rng.pick(demo::text::referralReasons(category)));
        r.with(u"outcome", when(closed, m_rng.pick(outcomes)));
        insert(r.with(u"closed_on", when(closed, closedOn)), p.desk->id);
    }
}

void Generator::addPlacement(const Person& p)
{
    const bool hired = p.closeReason == u"found_work";
    const QDate earliest = p.intake.addDays(30);
    if ((!hired && !m_rng.chance(0.15)) || earliest > p.last.addDays(-20))
        return;
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
    r.with(u"outcome_note", when(ended, m_rng.items(demo::text::placementNotes)[outcome]));
    r.with(u"followup_on", when(followed, followup));
    insert(r.with(u"followup_status", when(followed && m_rng.chance(0.9), m_rng.pick(situations))),
           p.desk->id);
}

// ---- paths: enrolments and attendance -------------------------------------------

void Generator::addEnrolments(const Person& p)
{
    if (!m_rng.chance(kEnrolShare))
        return;
    std::vector<Path>& paths = p.desk->paths;
    // Paths that start around her intake (or a little before: she joins late).
    const QDate until = p.closeReason.isEmpty()
                            ? std::min(p.intake.addDays(150), anchor().addDays(45))
                            : p.last.addDays(-14);
    auto before = [](const Path& path, const QDate& d) { return path.start < d; };
    const auto lo = std::lower_bound(paths.begin(), paths.end(), p.intake.addDays(-14), before);
    const auto hi = std::lower_bound(paths.begin(), paths.end(), until.addDays(1), before);
    if (hi <= lo)
        return;
    const int span = int(hi - lo);
    std::vector<const Path*> taken;
    const size_t wanted = m_rng.chance(0.35) ? 2 : 1;
    for (int probe = 0; probe < 12 && taken.size() < wanted; ++probe) {
        Path& path = lo[m_rng.below(span)];
        if (path.seats < path.capacity
            && std::find(taken.begin(), taken.end(), &path) == taken.end()) {
            taken.push_back(&path);
            addEnrolment(p, path, false);
        }
    }
    if (taken.empty() && m_rng.chance(0.3))
        addEnrolment(p, lo[m_rng.below(span)], true); // all full: a waiting list
}

void Generator::addEnrolment(const Person& p, Path& path, bool waiting)
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
                                                : m_rng.pick(demo::text::withdrawReasons);
        a.tail = std::min(2, a.eligible);
    } else if (a.eligible >= 4 && m_rng.chance(0.12)) {
        // A drop-out: she misses her last sessions, then withdraws.
        const int k = m_rng.between(3, a.eligible - 1);
        for (int seen = 0; const Session& s : path.sessions)
            ended = held(s) && ++seen == k ? s.date : ended;
        a = {a.personId, a.from, ended, a.seed, k, 3};
        reason = m_rng.pick(demo::text::withdrawReasons);
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
    if (insert(r, p.desk->id) && a.eligible > 0)
        path.attendees.push_back(a);
}

QString Generator::qualification(const Path& path, const demo::City& city)
{
    const QStringList& names = m_rng.items(city.qualifications);
    if (path.type == VocationalTraining)
        return m_rng.chance(0.85) ? names[0] : QString();
    if (path.type == LanguageCourse)
        return m_rng.chance(0.6) ? names[1] + u' ' + path.level : QString();
    return m_rng.chance(0.5) ? names[2] : QString();
}

void Generator::addAttendance()
{
    static const char* const kMarks[] = {"present", "absent", "excused"};
    qint64 total = 0, done = 0;
    for (const Desk& desk : m_desks)
        total += qint64(desk.paths.size());
    for (Desk& desk : m_desks) {
        for (const Path& path : desk.paths) {
            if (!proceed(55 + int(44 * done++ / std::max<qint64>(1, total))))
                return;
            // Session by session, so that rule checks find the same session in turn.
            std::vector<Habit> habits(path.attendees.begin(), path.attendees.end());
            for (const Session& s : path.sessions) {
                for (size_t i = 0; i < path.attendees.size(); ++i) {
                    if (!path.holds(s, path.attendees[i]))
                        continue;
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

} // namespace

DemoGenerator::DemoGenerator(Database& db) : m_db(db) {}

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options& options)
{
    if (options.people < 0 || options.people > kMaxPeople)
        return Error::invalid(
            Tr::tr("The number of people must be between 0 and %L1.").arg(kMaxPeople));
    auto people = PersonStore(m_db).count(schema::def(Entity::Person));
    if (!people)
        return people.error();
    if (*people > 0)
        return Error::invalid(Tr::tr("The database %1 already holds people; demo data can only be "
                                     "added to a database without people.")
                                  .arg(m_db.path()));
    const bool hadDesk = m_db.localDeskId() != 0;
    Transaction tx(m_db.connection());
    if (!tx.ok())
        return tx.error();
    auto summary = Generator(m_db, options).run();
    Status done = summary ? m_db.persistClock() : Status(summary.error());
    if (done.ok())
        done = tx.commit();
    if (!done.ok()) {
        // Still inside the transaction, so this write is rolled back with the rest.
        if (!hadDesk)
            m_db.setLocalDeskId(0);
        return done.error();
    }
    if (options.progress)
        options.progress(100);
    return summary;
}

} // namespace percorsi
