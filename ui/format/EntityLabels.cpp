#include "ui/format/EntityLabels.h"

#include "core/domain/Schema.h"

namespace percorsi {

namespace {

struct Label
{
    const char* entity;
    const char* text;
    const char* description;
};

// clang-format off
#define L(entity, text, description)                                                               \
    {entity, QT_TRANSLATE_NOOP("EntityLabels", text),                                              \
     QT_TRANSLATE_NOOP("EntityLabels", description)}

const Label kLabels[] = {
    L("desk", "Desks",
      "An office of the programme: this one and those met through sync"),
    L("user", "Users",
      "An operator, trainer, coordinator or administrator"),
    L("project", "Projects",
      "A funded programme with its period and funder"),
    L("project_target", "Project targets",
      "A target of a project's indicator"),
    L("person", "People",
      "A person the programme serves"),
    L("consent", "Consents",
      "A consent given by a person, per purpose"),
    L("assessment", "Assessments",
      "A social screening: needs and self-rated empowerment"),
    L("plan_goal", "Plan goals",
      "A goal of a person's individual plan"),
    L("path", "Paths",
      "A course, group or activity with a calendar"),
    L("session", "Sessions",
      "One meeting of a path"),
    L("enrolment", "Enrolments",
      "A person taking part in a path"),
    L("attendance", "Attendance records",
      "A person's presence at a session"),
    L("intervention", "Interventions",
      "Individual support: legal, psychological, social …"),
    L("service", "Services",
      "A local service in the shared directory"),
    L("referral", "Referrals",
      "A person sent to a service, and the outcome"),
    L("employer", "Employers",
      "A company engaged with the programme"),
    L("engagement", "Employer engagements",
      "An awareness or diversity action with an employer"),
    L("placement", "Placements",
      "An internship, voucher or job of a person"),
    L("event", "Events",
      "A community event and its headcount"),
};

#undef L
// clang-format on

const Label* find(const EntityDef& entity)
{
    for (const Label& l : kLabels) {
        if (QLatin1StringView(entity.name) == QLatin1StringView(l.entity)) return &l;
    }
    return nullptr;
}

} // namespace

QString EntityLabels::plural(const EntityDef& entity)
{
    const Label* l = find(entity);
    return l ? tr(l->text) : entity.displayName();
}

QString EntityLabels::description(const EntityDef& entity)
{
    const Label* l = find(entity);
    return l ? tr(l->description) : QString();
}

} // namespace percorsi
