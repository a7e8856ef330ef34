#include "ui/print/SheetData.h"

#include <map>

#include <QTime>

#include "core/domain/Codes.h"
#include "core/storage/AttendanceStore.h"
#include "core/storage/Database.h"
#include "core/storage/PathStore.h"

namespace percorsi {

namespace {

QString markLetter(const QString& status)
{
    if (status == u"present") return SheetData::tr("P", "present");
    if (status == u"absent") return SheetData::tr("A", "absent");
    return status.isEmpty() ? QString() : SheetData::tr("E", "excused");
}

SheetData::Session sessionOf(const Record& s)
{
    const QTime start = QTime::fromString(s.text(u"start_time"), u"HH:mm");
    const int minutes = int(s.integer(u"minutes"));
    return {s.id(),
            s.date(u"date"),
            s.text(u"start_time"),
            start.addSecs(60 * minutes).toString(u"HH:mm"),
            s.text(u"place"),
            s.text(u"topic"),
            minutes / 60.0};
}

} // namespace

Result<SheetData> SheetData::load(Database& db, qint64 pathId)
{
    PathStore paths(db);
    auto summary = paths.summary(pathId);
    auto sessions = paths.sessions(pathId);
    auto people = paths.enrolments(pathId);
    auto marks = AttendanceStore(db).ofPath(pathId);
    auto tallies = AttendanceStore(db).talliesOfPath(pathId);
    if (!summary || !sessions || !people || !marks || !tallies)
        return Error::io(tr("The path's register cannot be read."));
    SheetData d;
    const Record& p = summary->path;
    d.desk = paths.labelOf(schema::def(Entity::Desk), p.deskId());
    d.project = summary->project;
    d.funder = summary->funder;
    d.path = p.text(u"name");
    for (const Code& c : codes::set(u"path_type")) {
        if (p.text(u"type") == QLatin1StringView(c.code))
            d.pathType = QCoreApplication::translate("Codes", c.label);
    }
    d.trainer = summary->trainer;
    if (!p.text(u"other_trainers").isEmpty())
        d.trainer +=
            (d.trainer.isEmpty() ? QString() : QStringLiteral(", ")) + p.text(u"other_trainers");
    d.place = p.text(u"place");
    d.start = p.date(u"start_date");
    d.end = p.date(u"end_date");
    d.plannedHours = p.value(u"planned_hours").toDouble();
    d.threshold = int(p.integer(u"attendance_threshold"));
    std::map<qint64, size_t> column;
    for (const Record& s : sessions.value()) {
        if (s.integer(u"cancelled")) continue;
        column[s.id()] = d.sessions.size();
        d.sessions.push_back(sessionOf(s));
    }
    std::map<qint64, size_t> row;
    for (const PathStore::Enrolled& e : people.value()) {
        const QString status = e.enrolment.text(u"status");
        if (status != u"enrolled" && status != u"completed") continue;
        const qint64 id = e.enrolment.integer(u"person_id");
        row[id] = d.people.size();
        Person person{id,
                      e.name,
                      e.fullName,
                      e.caseNumber,
                      e.enrolment.text(u"qualification"),
                      std::vector<QString>(d.sessions.size()),
                      0,
                      0};
        if (const auto t = tallies->find(id); t != tallies->end())
            person.hours = t->second.hours, person.rate = t->second.rate();
        d.people.push_back(std::move(person));
    }
    for (const Record& a : marks.value()) {
        const auto r = row.find(a.integer(u"person_id"));
        const auto c = column.find(a.integer(u"session_id"));
        if (r != row.end() && c != column.end())
            d.people[r->second].marks[c->second] = markLetter(a.text(u"status"));
    }
    return d;
}

int SheetData::indexOf(qint64 sessionId) const
{
    for (size_t i = 0; i < sessions.size(); ++i) {
        if (sessions[i].id == sessionId) return int(i);
    }
    return -1;
}

std::vector<const SheetData::Person*> SheetData::certified() const
{
    std::vector<const Person*> out;
    for (const Person& p : people) {
        if (p.rate * 100 + 1e-9 >= threshold && p.hours > 0) out.push_back(&p);
    }
    return out;
}

} // namespace percorsi
