#include "core/exchange/ListSheets.h"

#include <map>

#include <QCoreApplication>

#include "core/domain/Codes.h"
#include "core/domain/Validator.h"
#include "core/storage/AttendanceStore.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("percorsi::ListSheets", text);
}

// A field's value as a person reads it: code labels rather than codes.
QString shown(const Record& record, const char* field)
{
    const FieldDef* def = record.def().field(QLatin1StringView(field));
    const QString value = record.text(QLatin1StringView(field));
    if (def && def->codes && def->type == FieldType::Code && !value.isEmpty())
        return codes::label(QLatin1StringView(def->codes), value);
    return value;
}

const char* const kPersonFields[] = {"case_number",   "given_name",       "family_name", "gender",
                                     "birth_date",    "country_of_birth", "phone",       "email",
                                     "neighbourhood", "intake_date",      "status"};

} // namespace

ListSheets::ListSheets(Database& db) : m_db(db) {}

Result<Sheet> ListSheets::people(const std::vector<qint64>& ids)
{
    RecordStore store(m_db);
    const EntityDef& def = schema::def(Entity::Person);
    std::vector<Record> people;
    if (ids.empty()) {
        auto all = store.list(def, {.field = nullptr, .equals = {}, .orderBy = "family_name"});
        if (!all) return all.error();
        people = std::move(all).value();
    }
    for (qint64 id : ids) {
        auto person = store.get(def, id);
        if (!person) return person.error();
        people.push_back(std::move(person).value());
    }
    Sheet sheet{tr("People"), {}, {}};
    for (const char* f : kPersonFields)
        sheet.header << Validator::fieldLabel(*def.field(QLatin1StringView(f)));
    for (const Record& p : people) {
        QStringList row;
        for (const char* f : kPersonFields)
            row << shown(p, f);
        sheet.rows.push_back(row);
    }
    return sheet;
}

Result<Sheet> ListSheets::attendanceRegister(qint64 pathId)
{
    AttendanceStore store(m_db);
    auto path = store.get(schema::def(Entity::Path), pathId);
    if (!path) return path.error();
    auto sessions = store.list(schema::def(Entity::Session),
                               {.field = "path_id", .equals = pathId, .orderBy = "date"});
    auto enrolments =
        store.list(schema::def(Entity::Enrolment), {.field = "path_id", .equals = pathId});
    auto marks = store.ofPath(pathId);
    if (!sessions || !enrolments || !marks)
        return !sessions ? sessions.error() : !enrolments ? enrolments.error() : marks.error();
    std::map<qint64, int> column; // session id -> column
    Sheet sheet{path->text("name"), {tr("Case number"), tr("Name")}, {}};
    for (const Record& s : *sessions) {
        column[s.id()] = int(sheet.header.size());
        sheet.header << s.text("date") + QLatin1Char(' ') + s.text("start_time");
    }
    std::map<qint64, size_t> rowOf; // person id -> row
    auto rowFor = [&](qint64 person) -> QStringList& {
        auto [it, added] = rowOf.try_emplace(person, sheet.rows.size());
        if (added) {
            auto p = store.get(schema::def(Entity::Person), person);
            QStringList row{p ? p->text("case_number") : QString(), personName(person)};
            while (row.size() < sheet.header.size())
                row << QString();
            sheet.rows.push_back(row);
        }
        return sheet.rows[it->second];
    };
    for (const Record& e : *enrolments)
        rowFor(e.integer("person_id"));
    for (const Record& m : *marks)
        if (auto c = column.find(m.integer("session_id")); c != column.end())
            rowFor(m.integer("person_id"))[c->second] = shown(m, "status");
    return sheet;
}

Result<Sheet> ListSheets::placements()
{
    RecordStore store(m_db);
    auto all = store.list(schema::def(Entity::Placement),
                          {.field = nullptr, .equals = {}, .orderBy = "start_date"});
    if (!all) return all.error();
    Sheet sheet{tr("Placements"),
                {tr("Person"), tr("Employer"), tr("Type"), tr("Stage"), tr("Start"), tr("End"),
                 tr("Hours per week"), tr("Outcome")},
                {}};
    for (const Record& p : *all)
        sheet.rows.push_back(
            {personName(p.integer("person_id")),
             store.labelOf(schema::def(Entity::Employer), p.integer("employer_id")),
             shown(p, "type"), shown(p, "stage"), p.text("start_date"), p.text("end_date"),
             p.text("hours_per_week"), shown(p, "outcome")});
    return sheet;
}

QString ListSheets::personName(qint64 id)
{
    auto p = RecordStore(m_db).get(schema::def(Entity::Person), id);
    return p ? p->text("given_name") + QLatin1Char(' ') + p->text("family_name") : QString();
}

} // namespace percorsi
