#include "ui/format/FieldLabels.h"

namespace percorsi {

namespace {

struct Label
{
    const char* field;
    const char* text;
};

// clang-format off
#define L(field, text) {field, QT_TRANSLATE_NOOP("FieldLabels", text)}

const Label kLabels[] = {
    L("active", "Active"),
    L("address", "Address"),
    L("age_18_29", "Aged 18-29"),
    L("age_30_54", "Aged 30-54"),
    L("age_55_plus", "Aged 55+"),
    L("age_under_18", "Under 18"),
    L("arrival_year", "Year of arrival"),
    L("assessed_on", "Assessed on"),
    L("attendance_threshold", "Attendance threshold (%)"),
    L("autonomy", "Autonomy"),
    L("birth_date", "Birth date"),
    L("birth_year", "Birth year"),
    L("business_idea", "Business idea"),
    L("cancelled", "Cancelled"),
    L("capacity", "Capacity"),
    L("case_number", "Case number"),
    L("category", "Category"),
    L("childcare_need", "Needs childcare"),
    L("children", "Children"),
    L("citizenships", "Citizenships"),
    L("city", "City"),
    L("close_reason", "Reason for closing"),
    L("closed_on", "Closed on"),
    L("code", "Code"),
    L("contact_name", "Contact person"),
    L("country", "Country"),
    L("country_of_birth", "Country of birth"),
    L("date", "Date"),
    L("description", "Description"),
    L("disability", "Disability"),
    L("domain", "Domain"),
    L("done_on", "Done on"),
    L("due_on", "Due on"),
    L("education_isced", "Education (ISCED level)"),
    L("eligibility", "Eligibility"),
    L("email", "Email"),
    L("employer_id", "Employer"),
    L("employment_status", "Employment status at entry"),
    L("end_date", "End"),
    L("ended_on", "Ended on"),
    L("enrolled_on", "Enrolled on"),
    L("event_id", "Event"),
    L("exit_date", "Exit date"),
    L("exit_situation", "Situation at exit"),
    L("expires_on", "Expires on"),
    L("family_name", "Family name"),
    L("full_name", "Full name"),
    L("funder", "Funder"),
    L("gender", "Gender"),
    L("given_name", "Given name"),
    L("given_on", "Given on"),
    L("goal", "Goal"),
    L("hours", "Hours"),
    L("hours_per_week", "Hours per week"),
    L("household_size", "Household size"),
    L("housing", "Housing"),
    L("improved", "Improved labour-market situation"),
    L("indicator", "Indicator"),
    L("intake_date", "Intake date"),
    L("kind", "Kind"),
    L("language", "Language"),
    L("language_level", "Local-language level"),
    L("languages", "Languages"),
    L("legal_basis", "Legal basis"),
    L("men", "Men"),
    L("minority", "Minority background"),
    L("minutes", "Minutes"),
    L("name", "Name"),
    L("need_childcare", "Need: childcare"),
    L("need_digital", "Need: digital skills"),
    L("need_health", "Need: health"),
    L("need_housing", "Need: housing"),
    L("need_income", "Need: income"),
    L("need_language", "Need: language"),
    L("need_legal", "Need: legal"),
    L("need_social", "Need: social network"),
    L("need_work", "Need: work"),
    L("neighbourhood", "Neighbourhood"),
    L("next_case", "Next case number"),
    L("non_binary", "Non-binary"),
    L("note", "Note"),
    L("notes", "Notes"),
    L("operator_id", "Operator"),
    L("other_trainers", "Other trainers"),
    L("outcome", "Outcome"),
    L("outcome_note", "Outcome note"),
    L("partners", "Partners"),
    L("path_id", "Path"),
    L("permit_expiry", "Permit expiry"),
    L("permit_type", "Residence permit"),
    L("person_id", "Person"),
    L("phone", "Phone"),
    L("place", "Place"),
    L("placement_id", "Placement"),
    L("planned_hours", "Planned hours"),
    L("preferred_name", "Preferred name"),
    L("project_id", "Project"),
    L("purpose", "Purpose"),
    L("qualification", "Qualification"),
    L("reason", "Reason"),
    L("referral_source", "Referred by"),
    L("referred_on", "Referred on"),
    L("role", "Role"),
    L("sector", "Sector"),
    L("self_esteem", "Self-esteem"),
    L("service_id", "Service"),
    L("services_knowledge", "Knowledge of services"),
    L("session_id", "Session"),
    L("sites", "Sites"),
    L("situation", "Situation"),
    L("size", "Size"),
    L("stage", "Stage"),
    L("start_date", "Start"),
    L("start_time", "Start time"),
    L("started_on", "Started on"),
    L("status", "Status"),
    L("support", "Support given"),
    L("target", "Target"),
    L("target_date", "Target date"),
    L("topic", "Topic"),
    L("trainer_id", "Trainer"),
    L("training", "Training followed"),
    L("type", "Type"),
    L("username", "User name"),
    L("website", "Website"),
    L("withdraw_reason", "Reason for withdrawing"),
    L("withdrawn_on", "Withdrawn on"),
    L("women", "Women"),
};

#undef L
// clang-format on

} // namespace

QString FieldLabels::label(QLatin1StringView field)
{
    for (const Label& l : kLabels) {
        if (field == QLatin1StringView(l.field)) return tr(l.text);
    }
    return humanize(field);
}

// A field added to the schema without a label here still reads acceptably.
QString FieldLabels::humanize(QLatin1StringView field)
{
    QString text = QString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

} // namespace percorsi
