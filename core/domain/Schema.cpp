#include "core/domain/Schema.h"

#include <cstring>

#include <QCoreApplication>

namespace percorsi {

using T = FieldType;

int EntityDef::indexOf(QAnyStringView name) const
{
    // Field names are ASCII: one of another length, or another first letter,
    // is not it, and most are told apart so without a full comparison.
    const qsizetype size = name.size();
    if (size == 0)
        return -1;
    if (name.size_bytes() == size) { // bytes (a literal, as most callers give): compared so
        const char* text = static_cast<const char*>(name.data());
        for (size_t i = 0; i < fields.size(); ++i) {
            const char* f = fields[i].name;
            if (f[0] == text[0] && std::strncmp(f, text, size_t(size)) == 0
                && strnlen(f, size_t(size) + 1) == size_t(size))
                return int(i);
        }
        return -1;
    }
    const char16_t first = name.front().unicode();
    for (size_t i = 0; i < fields.size(); ++i) {
        const char* f = fields[i].name;
        if (char16_t(uchar(f[0])) != first || qsizetype(std::strlen(f)) != size)
            continue;
        if (QAnyStringView::equal(name, QLatin1StringView(f, size)))
            return int(i);
    }
    return -1;
}

const FieldDef* EntityDef::field(QAnyStringView name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &fields[size_t(i)];
}

QString EntityDef::displayName() const
{
    return QCoreApplication::translate("Entity", name);
}

namespace {

// Common shapes, so that each entity reads as a list of its own fields.
FieldDef text(const char* name, bool required = false, int maxLength = 0)
{
    return {.name = name, .type = T::Text, .required = required, .maxLength = maxLength};
}
FieldDef longText(const char* name)
{
    return {.name = name, .type = T::LongText};
}
FieldDef code(const char* name, const char* set, bool required = false)
{
    return {.name = name, .type = T::Code, .required = required, .codes = set};
}
FieldDef date(const char* name, bool required = false)
{
    return {.name = name, .type = T::Date, .required = required};
}
FieldDef integer(const char* name, double min, double max, bool required = false)
{
    return {.name = name, .type = T::Integer, .required = required, .min = min, .max = max};
}
FieldDef ref(const char* name, const char* entity, bool required = false, bool owner = false)
{
    return {.name = name, .type = T::Ref, .required = required, .ref = entity, .owner = owner};
}
FieldDef owner(const char* name, const char* entity)
{
    return ref(name, entity, true, true);
}
FieldDef flag(const char* name, const char* defaultValue = nullptr)
{
    return {.name = name, .type = T::Bool, .defaultValue = defaultValue};
}
FieldDef need(const char* name)
{
    return integer(name, 0, 3);
}
FieldDef scale(const char* name)
{
    return integer(name, 1, 5);
}

// The names below are marked for translation in the "Entity" context.
[[maybe_unused]] const char* const kEntityNames[] = {
    QT_TRANSLATE_NOOP("Entity", "desk"),       QT_TRANSLATE_NOOP("Entity", "user"),
    QT_TRANSLATE_NOOP("Entity", "project"),    QT_TRANSLATE_NOOP("Entity", "project_target"),
    QT_TRANSLATE_NOOP("Entity", "person"),     QT_TRANSLATE_NOOP("Entity", "consent"),
    QT_TRANSLATE_NOOP("Entity", "assessment"), QT_TRANSLATE_NOOP("Entity", "plan_goal"),
    QT_TRANSLATE_NOOP("Entity", "path"),       QT_TRANSLATE_NOOP("Entity", "session"),
    QT_TRANSLATE_NOOP("Entity", "enrolment"),  QT_TRANSLATE_NOOP("Entity", "attendance"),
    QT_TRANSLATE_NOOP("Entity", "intervention"), QT_TRANSLATE_NOOP("Entity", "service"),
    QT_TRANSLATE_NOOP("Entity", "referral"),   QT_TRANSLATE_NOOP("Entity", "employer"),
    QT_TRANSLATE_NOOP("Entity", "engagement"), QT_TRANSLATE_NOOP("Entity", "placement"),
    QT_TRANSLATE_NOOP("Entity", "event"),      QT_TRANSLATE_NOOP("Entity", "followup"),
    QT_TRANSLATE_NOOP("Entity", "venture"),    QT_TRANSLATE_NOOP("Entity", "event_participant"),
};

std::vector<EntityDef> buildDefs()
{
    std::vector<EntityDef> d;
    d.push_back({"desk", "desk", "name",
                 {text("name", true, 100),
                  {.name = "code", .type = T::Text, .required = true, .maxLength = 12},
                  text("city", false, 100), text("neighbourhood", false, 100),
                  {.name = "country", .type = T::Country},
                  {.name = "next_case", .type = T::Integer, .min = 1, .max = 999999,
                   .synced = false, .derived = true}},
                 false});
    d.push_back({"user", "app_user", "full_name",
                 {{.name = "username", .type = T::Text, .required = true, .maxLength = 32},
                  text("full_name", true, 100), code("role", "role", true), flag("active", "1"),
                  {.name = "password_hash", .type = T::Text, .maxLength = 256,
                   .synced = false, .derived = true}}});
    d.push_back({"project", "project", "name",
                 {text("name", true, 150), text("funder", false, 150), date("start_date", true),
                  date("end_date", true), text("sites", false, 300), longText("description")}});
    d.push_back({"project_target", "project_target", "indicator",
                 {owner("project_id", "project"), code("indicator", "target_indicator", true),
                  integer("target", 0, 100000000, true), text("note", false, 300)}});
    d.push_back({"person", "person", "family_name",
                 {{.name = "case_number", .type = T::Text, .maxLength = 20, .derived = true},
                  text("given_name", true, 100), text("family_name", true, 100),
                  text("preferred_name", false, 100), code("gender", "gender", true),
                  date("birth_date"), {.name = "birth_year", .type = T::Year},
                  {.name = "country_of_birth", .type = T::Country},
                  {.name = "citizenships", .type = T::CountryList},
                  {.name = "languages", .type = T::LanguageList},
                  {.name = "arrival_year", .type = T::Year}, code("permit_type", "permit_type"),
                  date("permit_expiry"), {.name = "phone", .type = T::Phone},
                  {.name = "email", .type = T::Email}, text("address", false, 200),
                  text("neighbourhood", false, 100), integer("household_size", 1, 30),
                  integer("children", 0, 20), flag("childcare_need"),
                  integer("education_isced", 0, 8), code("language_level", "language_level"),
                  code("employment_status", "employment_status"), flag("disability"),
                  flag("minority"), code("housing", "housing"),
                  code("referral_source", "referral_source"), date("intake_date", true),
                  ref("operator_id", "user"), code("status", "person_status", true),
                  code("close_reason", "close_reason"), date("exit_date"),
                  code("exit_situation", "exit_situation"), longText("notes")}});
    d.push_back({"consent", "consent", "purpose",
                 {owner("person_id", "person"), code("purpose", "consent_purpose", true),
                  code("legal_basis", "legal_basis", true), date("given_on", true),
                  date("expires_on"), date("withdrawn_on")}});
    d.push_back({"assessment", "assessment", "assessed_on",
                 {owner("person_id", "person"), date("assessed_on", true),
                  ref("operator_id", "user"), need("need_language"), need("need_work"),
                  need("need_housing"), need("need_legal"), need("need_health"),
                  need("need_childcare"), need("need_digital"), need("need_social"),
                  need("need_income"), scale("self_esteem"), scale("autonomy"),
                  scale("services_knowledge"), longText("notes")}});
    d.push_back({"plan_goal", "plan_goal", "goal",
                 {owner("person_id", "person"), code("domain", "need_domain", true),
                  text("goal", true, 300), date("target_date"),
                  code("status", "goal_status", true), longText("notes")}});
    d.push_back({"path", "path", "name",
                 {text("name", true, 150), code("type", "path_type", true),
                  ref("project_id", "project"), ref("trainer_id", "user"),
                  text("other_trainers", false, 200), date("start_date", true),
                  date("end_date", true),
                  {.name = "planned_hours", .type = T::Decimal, .min = 0, .max = 5000},
                  integer("capacity", 1, 1000), text("place", false, 200),
                  {.name = "language", .type = T::LanguageList},
                  integer("attendance_threshold", 0, 100), longText("description")}});
    d.push_back({"session", "session", "date",
                 {owner("path_id", "path"), date("date", true),
                  {.name = "start_time", .type = T::Time, .required = true},
                  integer("minutes", 1, 720, true), text("place", false, 200),
                  text("topic", false, 200), flag("cancelled", "0")}});
    d.push_back({"enrolment", "enrolment", "enrolled_on",
                 {owner("path_id", "path"), owner("person_id", "person"),
                  date("enrolled_on", true), code("status", "enrolment_status", true),
                  date("ended_on"), text("withdraw_reason", false, 300),
                  text("qualification", false, 200)}});
    d.push_back({"attendance", "attendance", "status",
                 {owner("session_id", "session"), owner("person_id", "person"),
                  code("status", "attendance_status", true),
                  {.name = "hours", .type = T::Decimal, .min = 0, .max = 12}}});
    d.push_back({"intervention", "intervention", "kind",
                 {owner("person_id", "person"), code("kind", "intervention_kind", true),
                  date("date", true), integer("minutes", 1, 1440), ref("operator_id", "user"),
                  longText("note")}});
    d.push_back({"service", "service", "name",
                 {text("name", true, 150), code("category", "service_category", true),
                  text("address", false, 200), text("city", false, 100),
                  {.name = "phone", .type = T::Phone}, {.name = "email", .type = T::Email},
                  text("website", false, 200), text("hours", false, 200),
                  {.name = "languages", .type = T::LanguageList},
                  text("eligibility", false, 300), longText("notes")}});
    d.push_back({"referral", "referral", "referred_on",
                 {owner("person_id", "person"), ref("service_id", "service", true),
                  date("referred_on", true), text("reason", false, 300),
                  code("status", "referral_status", true), text("outcome", false, 300),
                  date("closed_on")}});
    d.push_back({"employer", "employer", "name",
                 {text("name", true, 150), text("sector", false, 100),
                  code("size", "employer_size"), text("contact_name", false, 100),
                  {.name = "phone", .type = T::Phone}, {.name = "email", .type = T::Email},
                  text("address", false, 200), text("city", false, 100), longText("notes")}});
    d.push_back({"engagement", "engagement", "kind",
                 {owner("employer_id", "employer"), date("date", true),
                  code("kind", "engagement_kind", true), longText("note")}});
    d.push_back({"placement", "placement", "type",
                 {owner("person_id", "person"), ref("employer_id", "employer"),
                  code("type", "placement_type", true), code("stage", "placement_stage", true),
                  date("start_date"), date("end_date"),
                  {.name = "hours_per_week", .type = T::Decimal, .min = 1, .max = 60},
                  code("outcome", "placement_outcome"), text("outcome_note", false, 300)}});
    d.push_back({"event", "event", "name",
                 {text("name", true, 150), code("type", "event_type", true),
                  date("date", true), text("place", false, 200), ref("project_id", "project"),
                  text("partners", false, 300), integer("women", 0, 1000000),
                  integer("men", 0, 1000000), integer("non_binary", 0, 1000000),
                  integer("age_under_18", 0, 1000000), integer("age_18_29", 0, 1000000),
                  integer("age_30_54", 0, 1000000), integer("age_55_plus", 0, 1000000),
                  longText("notes")}});
    d.push_back({"followup", "followup", "due_on",
                 {owner("person_id", "person"), ref("placement_id", "placement"),
                  code("reason", "followup_reason", true), date("due_on", true), date("done_on"),
                  code("situation", "followup_status"), flag("improved"),
                  text("note", false, 300)}});
    d.push_back({"venture", "venture", "business_idea",
                 {owner("person_id", "person"), text("business_idea", true, 300),
                  text("sector", false, 100), text("training", false, 300),
                  ref("path_id", "path"), code("stage", "venture_stage", true),
                  date("started_on"), longText("support")}});
    d.push_back({"event_participant", "event_participant", "person_id",
                 {owner("event_id", "event"), owner("person_id", "person")}});
    return d;
}

const std::vector<EntityDef>& defs()
{
    static const std::vector<EntityDef> all = buildDefs();
    return all;
}

} // namespace

namespace schema {

const EntityDef& def(Entity entity)
{
    return defs()[size_t(entity)];
}

const std::vector<const EntityDef*>& entities()
{
    static const std::vector<const EntityDef*> all = [] {
        std::vector<const EntityDef*> v;
        for (const EntityDef& d : defs())
            v.push_back(&d);
        return v;
    }();
    return all;
}

const EntityDef* find(QAnyStringView name)
{
    for (const EntityDef& d : defs()) {
        if (QAnyStringView::equal(name, QLatin1StringView(d.name)))
            return &d;
    }
    return nullptr;
}

} // namespace schema
} // namespace percorsi
