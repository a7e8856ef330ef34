#include "core/storage/Checker.h"

#include <QCoreApplication>

#include "core/domain/Codes.h"
#include "core/domain/Schema.h"
#include "core/storage/Database.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
};

std::string quotedCodes(const char* set)
{
    std::string list;
    for (const Code& c : codes::set(QLatin1StringView(set)))
        list += (list.empty() ? "'" : ", '") + std::string(c.code) + "'";
    return list;
}

} // namespace

Checker::Checker(Database& db) : m_db(db) {}

Result<Checker::Report> Checker::run()
{
    Report report;
    if (Status st = sqliteChecks(report.damage); !st.ok())
        return st.error();
    if (!report.damage.isEmpty())
        return report; // the invariants mean little over a damaged file
    fieldChecks(report.invariants);
    ruleChecks(report.invariants);
    return report;
}

Status Checker::sqliteChecks(QStringList& problems)
{
    Connection& c = m_db.connection();
    Statement integrity = c.prepare("PRAGMA integrity_check");
    while (integrity.next()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            problems << Tr::tr("SQLite integrity: %1").arg(line);
    }
    if (!integrity.ok())
        return Error::io(Tr::tr("The database %1 is damaged and cannot be checked (%2).")
                             .arg(m_db.path(), integrity.error().message()));
    Statement fk = c.prepare("PRAGMA foreign_key_check");
    while (fk.next())
        problems << Tr::tr("Record %1 of %2 refers to a missing %3.")
                        .arg(fk.int64(1))
                        .arg(fk.text(0), fk.text(2));
    if (!fk.ok())
        return fk.error();
    return {};
}

void Checker::countProblem(const std::string& sql, const QString& what, QStringList& problems)
{
    auto n = m_db.connection().scalar(sql);
    if (!n)
        problems << Tr::tr("Cannot check %1: %2").arg(what, n.error().message());
    else if (*n > 0)
        problems << Tr::tr("%1: %2 record(s)").arg(what).arg(*n);
}

void Checker::fieldChecks(QStringList& problems)
{
    for (const EntityDef* def : schema::entities()) {
        const std::string from = std::string("SELECT count(*) FROM ") + def->table + " WHERE ";
        const QString entity = QLatin1StringView(def->name);
        countProblem(from + "length(uuid) <> 36", Tr::tr("%1 with a malformed uuid").arg(entity),
                     problems);
        countProblem(std::string("SELECT count(*) FROM tombstone tb JOIN ") + def->table
                         + " t ON t.uuid = tb.uuid WHERE tb.entity = '" + def->name + "'",
                     Tr::tr("%1 alive under a tombstone").arg(entity), problems);
        for (const FieldDef& f : def->fields) {
            const QString where = QStringLiteral("%1.%2").arg(entity, QLatin1StringView(f.name));
            const std::string col = f.name;
            if (f.required)
                countProblem(from + col + " IS NULL OR " + col + " = ''",
                             Tr::tr("%1 empty").arg(where), problems);
            if (f.type == FieldType::Code)
                countProblem(from + col + " IS NOT NULL AND " + col + " NOT IN ("
                                 + quotedCodes(f.codes) + ")",
                             Tr::tr("%1 with an unknown code").arg(where), problems);
            if (f.type == FieldType::Date)
                countProblem(from + col + " IS NOT NULL AND date(" + col + ") IS NOT " + col,
                             Tr::tr("%1 not a valid date").arg(where), problems);
        }
    }
}

void Checker::ruleChecks(QStringList& problems)
{
    countProblem("SELECT count(*) FROM meta m LEFT JOIN desk d ON d.id = CAST(m.value AS INTEGER) "
                 "WHERE m.key = 'local_desk' AND d.id IS NULL",
                 Tr::tr("the local desk is missing"), problems);
    countProblem("SELECT count(*) FROM person WHERE status = 'closed' AND exit_date IS NULL",
                 Tr::tr("closed cases without an exit date"), problems);
    countProblem("SELECT count(*) FROM person WHERE exit_date < intake_date",
                 Tr::tr("people who left before their intake"), problems);
    for (const char* table : {"project", "path", "placement"})
        countProblem(std::string("SELECT count(*) FROM ") + table + " WHERE end_date < start_date",
                     Tr::tr("%1 ending before it starts").arg(QLatin1StringView(table)), problems);
    countProblem("SELECT count(*) FROM session s JOIN path p ON p.id = s.path_id "
                 "WHERE s.date < p.start_date OR s.date > p.end_date",
                 Tr::tr("sessions outside their path's dates"), problems);
    countProblem("SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id "
                 "WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.path_id = s.path_id "
                 "AND e.person_id = a.person_id AND e.status <> 'waiting')",
                 Tr::tr("attendance of people not enrolled in the path"), problems);
    countProblem("SELECT count(*) FROM person p LEFT JOIN person_fts f ON f.rowid = p.id "
                 "WHERE f.rowid IS NULL OR f.name IS NOT fold(p.given_name || ' ' || "
                 "p.family_name || ' ' || coalesce(p.preferred_name, ''))",
                 Tr::tr("people missing from the search index or indexed under another name"),
                 problems);
    countProblem("SELECT count(*) FROM person_fts f WHERE NOT EXISTS "
                 "(SELECT 1 FROM person p WHERE p.id = f.rowid)",
                 Tr::tr("search index entries of no person"), problems);
    countProblem("SELECT count(*) FROM person p LEFT JOIN report_facts r ON r.person_id = p.id "
                 "WHERE r.facts IS NOT report_facts(p.intake_date, p.desk_id, p.gender, "
                 "p.birth_date, p.birth_year, p.citizenships, p.country_of_birth, "
                 "p.employment_status, p.housing, p.status, p.exit_date, p.exit_situation, "
                 "p.education_isced, p.disability, p.minority)",
                 Tr::tr("people whose facts for the reports are missing or out of date"), problems);
    countProblem("SELECT count(*) FROM report_facts r WHERE NOT EXISTS "
                 "(SELECT 1 FROM person p WHERE p.id = r.person_id)",
                 Tr::tr("facts for the reports of no person"), problems);
    // Hours are added and taken off as marks change: a rounding error is no problem.
    countProblem("SELECT count(*) FROM path_tally_now n FULL JOIN path_tally t ON t.path_id = n.path_id "
                 "WHERE t.path_id IS NULL OR n.path_id IS NULL OR t.first_on IS NOT n.first_on "
                 "OR t.last_on IS NOT n.last_on OR t.minutes IS NOT n.minutes "
                 "OR t.recorded IS NOT n.recorded OR t.present IS NOT n.present "
                 "OR t.untimed_minutes IS NOT n.untimed_minutes "
                 "OR abs(t.present_hours - n.present_hours) > 1e-6",
                 Tr::tr("paths whose attendance tally is missing or out of date"), problems);
}

} // namespace percorsi
