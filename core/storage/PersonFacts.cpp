#include "core/storage/PersonFacts.h"

#include <QCoreApplication>

#include "core/security/AccessPolicy.h"
#include "core/storage/AttendanceStore.h"
#include "core/storage/Database.h"
#include "core/storage/PersonQuery.h"

namespace percorsi {

namespace {

// One branch per record type: (entity, id, date, what), all for person ?1.
const char kHistory[] =
    "SELECT 'person', id, intake_date, 'intake' FROM person WHERE id = ?1"
    " UNION ALL SELECT 'person', id, exit_date, close_reason FROM person"
    "  WHERE id = ?1 AND exit_date IS NOT NULL"
    " UNION ALL SELECT 'consent', id, given_on, purpose FROM consent WHERE person_id = ?1"
    " UNION ALL SELECT 'assessment', id, assessed_on, '' FROM assessment WHERE person_id = ?1"
    " UNION ALL SELECT 'plan_goal', id, coalesce(target_date, ''), goal FROM plan_goal"
    "  WHERE person_id = ?1"
    " UNION ALL SELECT 'enrolment', e.id, e.enrolled_on, p.name FROM enrolment e"
    "  JOIN path p ON p.id = e.path_id WHERE e.person_id = ?1"
    " UNION ALL SELECT 'attendance', a.id, s.date, a.status FROM attendance a"
    "  JOIN session s ON s.id = a.session_id WHERE a.person_id = ?1"
    " UNION ALL SELECT 'intervention', id, date, kind FROM intervention WHERE person_id = ?1"
    " UNION ALL SELECT 'referral', r.id, r.referred_on, s.name FROM referral r"
    "  JOIN service s ON s.id = r.service_id WHERE r.person_id = ?1"
    " UNION ALL SELECT 'placement', id, coalesce(start_date, ''), type FROM placement"
    "  WHERE person_id = ?1"
    " ORDER BY 3 DESC, 1, 2 DESC";

// An absence recent enough for a run of absences to be an alert (as the People filter has it).
const char kRecentAbsence[] =
    "SELECT 1 FROM attendance a JOIN session s ON s.id = a.session_id"
    " WHERE a.person_id = ?1 AND a.status = 'absent' AND s.cancelled = 0 AND s.date >= ?2 LIMIT 1";

} // namespace

PersonFacts::PersonFacts(Database& db) : m_db(db) {}

// Her history and alerts are details; attendance is also what a trainer sees.
Status PersonFacts::admit(qint64 personId, bool details)
{
    AccessPolicy policy(m_db);
    if (policy.seesPerson(personId) && (!details || policy.readsPersonDetails()))
        return {};
    return Error(Error::Kind::Denied,
                 QCoreApplication::translate("PersonFacts",
                                             "Your role does not allow reading this person's "
                                             "history."));
}

Result<std::vector<PersonFacts::Event>> PersonFacts::history(qint64 personId)
{
    if (Status st = admit(personId, true); !st.ok())
        return st.error();
    Statement st = m_db.connection().prepare(kHistory);
    st.bind(1, personId);
    std::vector<Event> out;
    while (st.next())
        out.push_back({st.text(0), st.int64(1), QDate::fromString(st.text(2), Qt::ISODate),
                       st.text(3)});
    if (!st.ok())
        return st.error();
    return out;
}

Result<int> PersonFacts::consecutiveAbsences(qint64 personId)
{
    // One definition for the register, the profile and the People filter.
    return AttendanceStore(m_db).consecutiveAbsences(personId);
}

Result<PersonFacts::Alerts> PersonFacts::alerts(qint64 personId)
{
    if (Status st = admit(personId, true); !st.ok())
        return st.error();
    const QDate today = m_db.today();
    Alerts alerts;
    Statement st = m_db.connection().prepare(
        "SELECT permit_expiry FROM person WHERE id = ?1 AND permit_expiry BETWEEN ?2 AND ?3");
    st.bind(1, personId).bind(2, today.toString(Qt::ISODate));
    st.bind(3, today.addDays(PersonQuery::kPermitWarningDays).toString(Qt::ISODate));
    if (st.next())
        alerts.permitExpiry = QDate::fromString(st.text(0), Qt::ISODate);
    if (!st.ok())
        return st.error();
    Statement due = m_db.connection().prepare(
        "SELECT count(*) FROM followup WHERE person_id = ?1 AND due_on <= ?2"
        " AND done_on IS NULL");
    due.bind(1, personId).bind(2, today.toString(Qt::ISODate));
    if (!due.next())
        return due.error();
    alerts.followUpsDue = int(due.int64(0));
    Statement recent = m_db.connection().prepare(kRecentAbsence);
    recent.bind(1, personId);
    recent.bind(2, today.addDays(-PersonQuery::kRecentAbsenceDays).toString(Qt::ISODate));
    const bool recentAbsence = recent.next();
    if (!recent.ok())
        return recent.error();
    if (recentAbsence) {
        auto absences = consecutiveAbsences(personId);
        if (!absences)
            return absences.error();
        alerts.absencesInARow = *absences;
    }
    return alerts;
}

Result<std::vector<PersonFacts::PathAttendance>> PersonFacts::attendance(qint64 personId)
{
    if (Status st = admit(personId, false); !st.ok())
        return st.error();
    Statement st = m_db.connection().prepare(
        "SELECT id, path_id FROM enrolment WHERE person_id = ?1 ORDER BY enrolled_on DESC");
    st.bind(1, personId);
    std::vector<std::pair<qint64, qint64>> enrolments;
    while (st.next())
        enrolments.emplace_back(st.int64(0), st.int64(1));
    if (!st.ok())
        return st.error();
    // The register's own tally, so that the profile and the register agree.
    AttendanceStore attendance(m_db);
    std::vector<PathAttendance> out;
    for (const auto& [enrolment, path] : enrolments) {
        const AttendanceStore::Tally t = attendance.tallyOf(personId, path);
        out.push_back({enrolment, path, t.present, t.recorded()});
    }
    return out;
}

} // namespace percorsi
