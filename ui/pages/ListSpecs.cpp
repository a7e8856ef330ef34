#include "ui/pages/ListSpecs.h"

#include "core/domain/Record.h"
#include "ui/format/FieldFormatter.h"
#include "ui/format/FieldLabels.h"

namespace percorsi {

namespace {

// Wide enough for the longest date of the locale's short format ("28 Dec 2000").
int dateWidth()
{
    return int(FieldFormatter::date(QDate(2000, 12, 28)).size()) + 2;
}

RecordColumn field(const char* name, int widthChars = 12)
{
    return RecordColumn::of(name, FieldLabels::label(QLatin1StringView(name)), widthChars);
}

RecordColumn dateField(const char* name)
{
    return field(name, dateWidth());
}

} // namespace

QString ListSpecs::count(qint64 n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(FieldFormatter::number(n));
}

RecordListPage::Spec ListSpecs::paths()
{
    return {&schema::def(Entity::Path),
            tr("Paths"),
            tr("Courses, groups, orientation and other activities with a calendar."),
            {field("name", 38), field("type", 21), field("project_id", 19), field("trainer_id", 20),
             dateField("start_date"), dateField("end_date"),
             RecordColumn::of("planned_hours", tr("Hours", "planned hours of a path"), 5),
             field("place", 16)},
            "start_date",
            true,
            [](qint64 n) { return count(n, tr("1 path"), tr("%1 paths")); }};
}

RecordListPage::Spec ListSpecs::sessions()
{
    return {&schema::def(Entity::Session),
            tr("Attendance"),
            tr("Sessions of every path, newest first."),
            {dateField("date"), field("start_time", 6), field("path_id", 42), field("topic", 30),
             field("minutes", 6), field("cancelled", 6), field("place", 24)},
            "date",
            true,
            [](qint64 n) { return count(n, tr("1 session"), tr("%1 sessions")); }};
}

RecordListPage::Spec ListSpecs::services()
{
    return {&schema::def(Entity::Service),
            tr("Services"),
            tr("The shared directory of local services people are referred to."),
            {field("name", 38), field("category", 14), field("address", 32), field("city", 11),
             field("phone", 19), field("hours", 24), field("languages", 20),
             field("eligibility", 30)},
            "name",
            false,
            [](qint64 n) { return count(n, tr("1 service"), tr("%1 services")); }};
}

RecordListPage::Spec ListSpecs::employers()
{
    return {&schema::def(Entity::Employer),
            tr("Employers"),
            tr("Companies engaged in placements, awareness and diversity management."),
            {field("name", 30), field("sector", 22), field("size", 22), field("contact_name", 20),
             field("phone", 19), field("email", 26), field("city", 12)},
            "name",
            false,
            [](qint64 n) { return count(n, tr("1 employer"), tr("%1 employers")); }};
}

RecordListPage::Spec ListSpecs::events()
{
    auto total = [](const Record& r, FieldFormatter&) {
        const qint64 n = r.integer("women") + r.integer("men") + r.integer("non_binary");
        return FieldFormatter::number(n);
    };
    return {&schema::def(Entity::Event),
            tr("Events"),
            tr("Community events and their headcounts, newest first."),
            {dateField("date"), field("name", 36), field("type", 20), field("women", 6),
             field("men", 6), field("non_binary", 6),
             RecordColumn::computed(tr("Total"), total, 6, true), field("place", 30)},
            "date",
            true,
            [](qint64 n) { return count(n, tr("1 event"), tr("%1 events")); }};
}

std::vector<RecordColumn> ListSpecs::peopleColumns()
{
    auto birth = [](const Record& r, FieldFormatter& format) {
        return r.isNull("birth_date") ? format.display(r, "birth_year")
                                      : format.display(r, "birth_date");
    };
    return {
        field("case_number", 14),          field("family_name", 20),
        field("given_name", 18),           RecordColumn::computed(tr("Birth"), birth, dateWidth()),
        field("country_of_birth", 18),     field("status", 12),
        RecordColumn::desk(tr("Desk"), 18), dateField("intake_date")};
}

std::vector<RecordColumn> ListSpecs::deskColumns(qint64 localDeskId)
{
    auto local = [localDeskId](const Record& r, FieldFormatter&) {
        return r.id() == localDeskId ? tr("This desk") : QString();
    };
    return {field("name", 24),    field("code", 10),
            field("city", 16),    field("neighbourhood", 18),
            field("country", 14), RecordColumn::computed(tr("Local"), local, 10)};
}

} // namespace percorsi
