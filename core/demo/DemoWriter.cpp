#include "core/demo/DemoWriter.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringList>

#include "core/domain/Codes.h"
#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
#include "core/storage/UserStore.h"

namespace percorsi::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

} // namespace

Writer::Writer(Database& db, const DemoGenerator::Options& options)
    : m_db(db), m_options(options), m_store(db), m_rng(options.seed)
{}

Result<DemoGenerator::Summary> Writer::run()
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
    if (m_error) return *m_error;
    DemoGenerator::Summary summary;
    for (const EntityDef* def : schema::entities())
        summary[QLatin1StringView(def->name)] = m_counts[def];
    return summary;
}

// Validates and writes a record with a seeded uuid; its id, or 0 after an error.
qint64 Writer::insert(Record record, qint64 deskId)
{
    if (m_error) return 0;
    record.setUuid(m_rng.uuid());
    record.setDeskId(deskId);
    return tally(m_store.insert(std::move(record)));
}

qint64 Writer::tally(const Result<Record>& created)
{
    if (!created) {
        m_error = created.error();
        return 0;
    }
    ++m_counts[&created->def()];
    return created->id();
}

// Reports progress; false once the work stops, by error or cancellation.
bool Writer::proceed(int percent)
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
int Writer::domainOfNeed(const Needs& needs)
{
    std::vector<int> high;
    for (size_t i = 0; i < needs.size(); ++i) {
        if (needs[i] >= 2) high.push_back(int(i));
    }
    if (high.empty() || m_rng.chance(0.25)) return m_rng.below(int(needs.size()));
    return high[size_t(m_rng.below(int(high.size())))];
}

// ---- desks, accounts, projects ----------------------------------------------

void Writer::addDesks()
{
    const auto all = cities();
    for (size_t i = 0; i < all.size() && !m_error; ++i) {
        Desk& desk = m_desks.emplace_back();
        const City& city = all[i];
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
            DeskStore desks(m_db);
            desk.id = tally(i == 0 ? desks.createLocal(r) : desks.create(r));
        }
    }
}

qint64 Writer::addUser(const QString& username, const QString& name, const char* role, qint64 desk)
{
    if (m_error) return 0;
    if (auto existing = UserStore(m_db).byUsername(username)) return existing->id();
    return tally(UserStore(m_db).create(username, name, latin(role), DemoGenerator::demoPassword(),
                                        desk, m_rng.uuid()));
}

void Writer::addUsers()
{
    for (Desk& desk : m_desks) {
        const QStringList staff = utf8(desk.city->staff).split(u'|');
        const QString suffix = latin(desk.city->userSuffix);
        const QString tail = suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix;
        desk.operatorId = addUser(QStringLiteral("operator") + tail, staff[0], "operator", desk.id);
        desk.trainerId = addUser(QStringLiteral("trainer") + tail, staff[1], "trainer", desk.id);
        desk.coordinatorId = desk.operatorId;
        if (staff.size() < 4) continue;
        desk.coordinatorId =
            addUser(QStringLiteral("coordinator"), staff[2], "coordinator", desk.id);
        addUser(QStringLiteral("admin"), staff[3], "administrator", desk.id);
    }
}

void Writer::addProjects()
{
    const qint64 home = m_desks.front().id;
    for (size_t i = 0; i < projects().size(); ++i) {
        const Project& p = projects()[i];
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

void Writer::addServices(Desk& desk, int cityIndex)
{
    const City& city = *desk.city;
    const QString languages = latin(city.language) + QLatin1StringView(",en");
    const Community& largest = community(m_rng.items(city.communities).front());
    const QString mother = m_rng.items(largest.languages).front();
    for (const Service& s : services()) {
        if (s.city != cityIndex) continue;
        Record r(Entity::Service);
        r.with(u"name", utf8(s.name)).with(u"category", latin(s.category));
        r.with(
            u"address",
            QStringLiteral("%1, %2 %3").arg(utf8(s.street), utf8(city.postcode), utf8(city.city)));
        r.with(u"city", utf8(city.city)).with(u"phone", m_rng.phone(city.landline));
        r.with(u"hours", m_rng.pick(text::serviceHours));
        r.with(u"languages", m_rng.chance(0.4) ? languages + u',' + mother : languages);
        r.with(u"eligibility", utf8(text::eligibility(s.category)));
        desk.services[s.category].push_back(insert(r, desk.id));
    }
}

void Writer::addEmployers(Desk& desk)
{
    const City& city = *desk.city;
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
            e.with(u"note", utf8(text::engagementNotes(kind.toLatin1().constData())));
            insert(e, desk.id);
            on = on.addDays(m_rng.between(20, 120));
        }
    }
}

void Writer::addEvents(Desk& desk)
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
        const bool plurali = &desk == &m_desks.front() && date > QDate(2025, 3, 1) &&
                             date < QDate(2026, 9, 30) && m_rng.chance(0.25);
        Record r(Entity::Event);
        r.with(u"name", m_rng.pick(text::eventNames(type))).with(u"type", latin(type));
        r.with(u"date", date).with(u"place", m_rng.pick(desk.city->venues));
        r.with(u"project_id", m_projects[plurali ? 1 : 0]);
        r.with(u"partners", m_rng.pick(desk.city->partners));
        r.with(u"women", women).with(u"men", total - women - nonBinary);
        r.with(u"non_binary", nonBinary).with(u"age_under_18", young).with(u"age_18_29", adults);
        r.with(u"age_30_54", total - young - adults - older).with(u"age_55_plus", older);
        desk.events.emplace_back(date, insert(r, desk.id));
    }
}

void Writer::addPaths(Desk& desk)
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
        if (p.start.dayOfWeek() > 5) p.start = p.start.addDays(8 - p.start.dayOfWeek());
        p.end = p.start.addDays(7 * weeks);
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const Path& a, const Path& b) { return a.start < b.start; });
    for (Path& p : planned) {
        addSessions(desk, p);
        desk.paths.push_back(std::move(p));
    }
}

void Writer::addSessions(Desk& desk, Path& path)
{
    const City& city = *desk.city;
    const char* type = codes::set(u"path_type")[size_t(path.type)].code;
    const bool longer = path.type == LanguageCourse || path.type == VocationalTraining;
    const int minutes = longer ? 60 * m_rng.between(2, 3) : 30 * m_rng.between(3, 5);
    const int sessions = int(path.start.daysTo(path.end) / 7) + 1;
    path.capacity = path.type == CityVisit ? 25 : m_rng.between(12, 25);
    path.threshold = path.type == VocationalTraining ? 80 : path.type == LanguageCourse ? 75 : 70;
    path.level = m_rng.pick("A1*2|A2*2|B1");
    QString name = m_rng.items(city.pathNames)[path.type];
    if (path.type == LanguageCourse) name += u' ' + path.level;
    const bool plurali = &desk == &m_desks.front() && path.start > QDate(2025, 3, 1) &&
                         path.end < QDate(2026, 9, 30) && m_rng.chance(0.2);
    const QString place = m_rng.pick(city.venues);
    Record r(Entity::Path);
    r.with(u"name", QStringLiteral("%1 · %2").arg(name, path.start.toString(u"yyyy-MM")));
    r.with(u"type", latin(type)).with(u"project_id", m_projects[plurali ? 1 : 0]);
    r.with(u"trainer_id", desk.trainerId);
    r.with(u"other_trainers", when(m_rng.chance(0.3), m_rng.pick(text::otherTrainers)));
    r.with(u"start_date", path.start).with(u"end_date", path.end);
    r.with(u"planned_hours", sessions * minutes / 60.0).with(u"capacity", path.capacity);
    r.with(u"place", place).with(u"language", latin(city.language));
    r.with(u"attendance_threshold", path.threshold);
    r.with(u"description",
           QStringLiteral("%1 weekly meetings of %2 minutes.").arg(sessions).arg(minutes));
    path.id = insert(r, desk.id);
    const QString start = m_rng.pick("09:00|09:30|10:00|14:00|14:30|17:30");
    const QStringList& topics = m_rng.items(text::pathTopics(type));
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

} // namespace percorsi::demo
