#pragma once

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QDate>
#include <QString>

#include "core/demo/DemoData.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/PersonStore.h"

// The inside of DemoGenerator: what it remembers of the records it wrote
// (desks, paths, sessions, people) and the writer that creates them.
namespace percorsi::demo {

constexpr int kDeskShares[] = {30, 25, 25, 20}; // percent of the people, per desk
constexpr double kEnrolShare = 0.6;             // people enrolled in at least one path
// Per path type, in the order of its code set: share of the paths, weekly sessions.
constexpr int kPathWeights[] = {12, 30, 15, 15, 6, 4, 7, 5, 6};
constexpr int kPathSessions[] = {12, 24, 24, 12, 16, 6, 10, 10, 12};
enum PathType { LanguageCourse = 1, VocationalTraining = 2, SelfEntrepreneurship = 4, CityVisit = 5 };

inline QDate anchor()
{
    return DemoGenerator::anchorDate();
}

inline QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

inline QString utf8(const char* text)
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
        if (--m_left < m_tail) return m_rng.chance(0.7) ? Absent : Excused;
        if (m_rng.unit() < m_reliability) return Present;
        return m_rng.chance(0.55) ? Absent : Excused;
    }

private:
    Rng m_rng;
    int m_left;
    int m_tail;
    double m_reliability = 1;
};

struct Desk
{
    const City* city = nullptr;
    qint64 id = 0, operatorId = 0, trainerId = 0, coordinatorId = 0;
    int people = 0;
    std::unordered_map<std::string, std::vector<qint64>> services; // by category
    std::vector<qint64> employers;
    std::vector<Path> paths; // by start date
    std::vector<std::pair<QDate, qint64>> events;
};

struct Person
{
    qint64 id = 0;
    Desk* desk = nullptr;
    const Community* community = nullptr;
    QDate intake;
    QDate last; // the exit date, or the anchor
    QString closeReason;
    Needs needs{};
};

// The stores the generator writes through. DeskStore and UserStore create
// records with random uuids; the demo needs seeded ones, so desks and users

class Writer
{
public:
    Writer(Database& db, const DemoGenerator::Options& options);
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
    void addVenture(const Person& p, const Path& path, const QDate& enrolled);
    void addEventVisit(const Person& p);
    void addExitFollowup(const Person& p);
    void addAttendance();

    qint64 insert(Record record, qint64 deskId);
    qint64 tally(const Result<Record>& created);
    bool proceed(int percent);
    QString qualification(const Path& path, const City& city);
    int domainOfNeed(const Needs& needs);

    Database& m_db;
    const DemoGenerator::Options& m_options;
    PersonStore m_store;
    Draws m_rng;
    std::optional<Error> m_error;
    std::unordered_map<const EntityDef*, qint64> m_counts;
    std::vector<Desk> m_desks;
    std::array<qint64, 2> m_projects{}; // Women4Integration, Femminili Plurali
    int m_percent = -1;
};

} // namespace percorsi::demo
