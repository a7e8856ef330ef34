#include "core/reports/ReportRows.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/domain/Codes.h"

namespace percorsi {

namespace {

struct Label
{
    const char* code;
    const char* text;
};

// Labels of the report's own codes (sections, age bands, ESF+ indicators …).
const Label kLabels[] = {
    {"people", QT_TRANSLATE_NOOP("Report", "People reached")},
    {"activities", QT_TRANSLATE_NOOP("Report", "Paths and attendance")},
    {"referrals", QT_TRANSLATE_NOOP("Report", "Referrals by outcome")},
    {"placements", QT_TRANSLATE_NOOP("Report", "Placements")},
    {"followups", QT_TRANSLATE_NOOP("Report", "Follow-ups")},
    {"events", QT_TRANSLATE_NOOP("Report", "Events")},
    {"scales", QT_TRANSLATE_NOOP("Report", "Needs and empowerment: entry and latest")},
    {"targets", QT_TRANSLATE_NOOP("Report", "Targets")},
    {"esf", QT_TRANSLATE_NOOP("Report", "ESF+ common indicators")},
    {"total", QT_TRANSLATE_NOOP("Report", "People reached")},
    {"gender", QT_TRANSLATE_NOOP("Report", "Gender")},
    {"age", QT_TRANSLATE_NOOP("Report", "Age band")},
    {"citizenship", QT_TRANSLATE_NOOP("Report", "Citizenship")},
    {"status", QT_TRANSLATE_NOOP("Report", "Status")},
    {"desk", QT_TRANSLATE_NOOP("Report", "Desk")},
    {"under_18", QT_TRANSLATE_NOOP("Report", "Under 18")},
    {"18_29", QT_TRANSLATE_NOOP("Report", "18-29")},
    {"30_54", QT_TRANSLATE_NOOP("Report", "30-54")},
    {"55_plus", QT_TRANSLATE_NOOP("Report", "55 and over")},
    {"unknown", QT_TRANSLATE_NOOP("Report", "Not known")},
    {"national", QT_TRANSLATE_NOOP("Report", "Citizen of the desk's country")},
    {"eu", QT_TRANSLATE_NOOP("Report", "Other EU citizen")},
    {"third_country", QT_TRANSLATE_NOOP("Report", "Third-country nationals")},
    {"hours_delivered", QT_TRANSLATE_NOOP("Report", "Hours delivered")},
    {"hours_attended", QT_TRANSLATE_NOOP("Report", "Hours attended")},
    {"attendance_rate", QT_TRANSLATE_NOOP("Report", "Attendance rate (%)")},
    {"completion_rate", QT_TRANSLATE_NOOP("Report", "Completion rate (%)")},
    {"completions", QT_TRANSLATE_NOOP("Report", "Enrolments completed")},
    {"enrolments_ended", QT_TRANSLATE_NOOP("Report", "Enrolments in paths ended")},
    {"self_entrepreneurship_women",
     QT_TRANSLATE_NOOP("Report", "Women in self-entrepreneurship training")},
    {"proposed", QT_TRANSLATE_NOOP("Report", "Placements proposed")},
    {"started", QT_TRANSLATE_NOOP("Report", "Placements started")},
    {"hired", QT_TRANSLATE_NOOP("Report", "Hired")},
    {"internships", QT_TRANSLATE_NOOP("Report", "Internships")},
    {"hired_after_internship", QT_TRANSLATE_NOOP("Report", "Hired after an internship")},
    {"due", QT_TRANSLATE_NOOP("Report", "Follow-ups due")},
    {"done", QT_TRANSLATE_NOOP("Report", "Follow-ups done")},
    {"improved", QT_TRANSLATE_NOOP("Report", "Improved labour-market situation")},
    {"events", QT_TRANSLATE_NOOP("Report", "Events held")},
    {"headcount", QT_TRANSLATE_NOOP("Report", "People at events")},
    {"unemployed", QT_TRANSLATE_NOOP("Report", "Unemployed, including long-term unemployed")},
    {"long_term_unemployed", QT_TRANSLATE_NOOP("Report", "Long-term unemployed")},
    {"inactive", QT_TRANSLATE_NOOP("Report", "Inactive")},
    {"employed", QT_TRANSLATE_NOOP("Report", "Employed, including self-employed")},
    {"below_18", QT_TRANSLATE_NOOP("Report", "Below 18 years of age")},
    {"age_18_29", QT_TRANSLATE_NOOP("Report", "Between 18 and 29 years of age")},
    {"age_55_plus", QT_TRANSLATE_NOOP("Report", "55 years of age and over")},
    {"isced_0_2",
     QT_TRANSLATE_NOOP("Report", "With lower secondary education or less (ISCED 0-2)")},
    {"isced_3_4",
     QT_TRANSLATE_NOOP("Report", "With upper secondary or post-secondary education (ISCED 3-4)")},
    {"isced_5_8", QT_TRANSLATE_NOOP("Report", "With tertiary education (ISCED 5-8)")},
    {"participants", QT_TRANSLATE_NOOP("Report", "Total number of participants")},
    {"disability", QT_TRANSLATE_NOOP("Report", "Participants with disabilities")},
    {"foreign_background", QT_TRANSLATE_NOOP("Report", "Participants with a foreign background")},
    {"minority", QT_TRANSLATE_NOOP("Report", "Participants from minorities")},
    {"homeless_excluded", QT_TRANSLATE_NOOP("Report", "Homeless or affected by housing exclusion")},
    {"leaving_job_searching", QT_TRANSLATE_NOOP("Report", "Engaged in job searching upon leaving")},
    {"leaving_education_training",
     QT_TRANSLATE_NOOP("Report", "In education or training upon leaving")},
    {"leaving_qualification", QT_TRANSLATE_NOOP("Report", "Gaining a qualification upon leaving")},
    {"leaving_employed",
     QT_TRANSLATE_NOOP("Report", "In employment, including self-employment, upon leaving")},
    {"six_months_employed", QT_TRANSLATE_NOOP("Report", "In employment six months after leaving")},
    {"six_months_improved",
     QT_TRANSLATE_NOOP("Report", "Improved labour-market situation six months after leaving")},
    {"need_language", QT_TRANSLATE_NOOP("Report", "Need: language")},
    {"need_work", QT_TRANSLATE_NOOP("Report", "Need: work")},
    {"need_housing", QT_TRANSLATE_NOOP("Report", "Need: housing")},
    {"need_legal", QT_TRANSLATE_NOOP("Report", "Need: legal")},
    {"need_health", QT_TRANSLATE_NOOP("Report", "Need: health")},
    {"need_childcare", QT_TRANSLATE_NOOP("Report", "Need: childcare")},
    {"need_digital", QT_TRANSLATE_NOOP("Report", "Need: digital")},
    {"need_social", QT_TRANSLATE_NOOP("Report", "Need: social network")},
    {"need_income", QT_TRANSLATE_NOOP("Report", "Need: income")},
    {"self_esteem", QT_TRANSLATE_NOOP("Report", "Self-esteem")},
    {"autonomy", QT_TRANSLATE_NOOP("Report", "Autonomy")},
    {"services_knowledge", QT_TRANSLATE_NOOP("Report", "Knowledge of services")},
};

ReportRow row(const char* section, const QString& code, const QString& label, double value,
              bool isCount = true)
{
    return {QLatin1StringView(section), code, label, value, isCount, std::nullopt, std::nullopt};
}

void addTally(std::vector<ReportRow>& rows, const char* section, const char* prefix,
              const char* codeSet, const Tally& tally)
{
    for (const auto& [code, n] : tally) {
        const QString label =
            codeSet ? codes::label(QLatin1StringView(codeSet), code) : ReportRows::label(code);
        rows.push_back(row(section, QLatin1StringView(prefix) + u'.' + code, label, double(n)));
    }
}

double percent(double share)
{
    return 100.0 * share;
}

} // namespace

QString ReportRows::label(const QString& code)
{
    for (const Label& l : kLabels) {
        if (code == QLatin1StringView(l.code)) return QCoreApplication::translate("Report", l.text);
    }
    return code;
}

QString ReportRows::sectionLabel(const QString& section)
{
    return label(section);
}

QString ReportRows::cell(double value, bool isCount, bool suppress)
{
    if (!isCount) return QString::number(value, 'f', 1);
    if (suppress && value >= 1 && value < 5) return QStringLiteral("<5");
    return QString::number(qint64(value));
}

std::vector<ReportRow> ReportRows::build(const Indicators& in)
{
    std::vector<ReportRow> rows;
    addTargetsAndEsf(in, rows);
    addPeople(in, rows);
    addActivities(in, rows);
    addOutcomes(in, rows);
    addEventsAndScales(in, rows);
    return rows;
}

void ReportRows::addPeople(const Indicators& in, std::vector<ReportRow>& rows)
{
    rows.push_back(
        row("people", QStringLiteral("total"), label(QStringLiteral("total")), double(in.people)));
    addTally(rows, "people", "gender", "gender", in.byGender);
    addTally(rows, "people", "age", nullptr, in.byAgeBand);
    addTally(rows, "people", "citizenship", nullptr, in.byCitizenship);
    addTally(rows, "people", "status", "person_status", in.byStatus);
    for (const auto& [desk, n] : in.byDesk)
        rows.push_back(row("people", QStringLiteral("desk.") + desk, desk, double(n)));
}

void ReportRows::addActivities(const Indicators& in, std::vector<ReportRow>& rows)
{
    const auto add = [&](const char* code, double value, bool isCount) {
        rows.push_back(row("activities", QLatin1StringView(code), label(QLatin1StringView(code)),
                           value, isCount));
    };
    add("hours_delivered", in.hoursDelivered, false);
    add("hours_attended", in.hoursAttended, false);
    add("attendance_rate", percent(in.attendance.value()), false);
    for (const auto& [type, rate] : in.attendanceByPathType)
        rows.push_back(row("activities", QStringLiteral("attendance_rate.") + type,
                           codes::label(u"path_type", type) + QStringLiteral(" (%)"),
                           percent(rate.value()), false));
    add("enrolments_ended", double(in.enrolmentsEnded), true);
    add("completions", double(in.completions), true);
    add("completion_rate", percent(in.completionRate()), false);
    add("self_entrepreneurship_women", double(in.selfEntrepreneurshipWomen), true);
}

void ReportRows::addOutcomes(const Indicators& in, std::vector<ReportRow>& rows)
{
    addTally(rows, "referrals", "status", "referral_status", in.referralsByStatus);
    const PlacementFigures& p = in.placements;
    addTally(rows, "placements", "type", "placement_type", p.byType);
    addTally(rows, "placements", "stage", "placement_stage", p.byStage);
    for (const auto& [code, n] : {std::pair{"proposed", p.proposed},
                                  {"started", p.started},
                                  {"hired", p.hired},
                                  {"internships", p.internships},
                                  {"hired_after_internship", p.hiredAfterInternship}})
        rows.push_back(
            row("placements", QLatin1StringView(code), label(QLatin1StringView(code)), double(n)));
    const FollowupFigures& f = in.followups;
    for (const auto& [code, n] :
         {std::pair{"due", f.due}, {"done", f.done}, {"improved", f.improved}})
        rows.push_back(
            row("followups", QLatin1StringView(code), label(QLatin1StringView(code)), double(n)));
    addTally(rows, "followups", "situation", "followup_status", f.doneBySituation);
}

void ReportRows::addEventsAndScales(const Indicators& in, std::vector<ReportRow>& rows)
{
    const EventFigures& e = in.events;
    rows.push_back(
        row("events", QStringLiteral("events"), label(QStringLiteral("events")), double(e.events)));
    ReportRow heads = row("events", QStringLiteral("headcount"), label(QStringLiteral("headcount")),
                          double(e.headcount()));
    heads.genders = ByGender{e.women, e.men, e.nonBinary};
    rows.push_back(heads);
    addTally(rows, "events", "type", "event_type", e.headcountByType);
    for (const ScaleChange& s : in.scales) {
        const QString name = label(s.field);
        rows.push_back(row("scales", s.field + QStringLiteral(".entry"),
                           QCoreApplication::translate("Report", "%1 at entry").arg(name), s.entry,
                           false));
        rows.push_back(row("scales", s.field + QStringLiteral(".latest"),
                           QCoreApplication::translate("Report", "%1, latest").arg(name), s.latest,
                           false));
    }
}

void ReportRows::addTargetsAndEsf(const Indicators& in, std::vector<ReportRow>& rows)
{
    for (const TargetProgress& t : in.targets) {
        ReportRow r = row("targets", t.indicator, codes::label(u"target_indicator", t.indicator),
                          t.actual.value_or(0),
                          t.indicator != u"women_share_pct" && t.indicator != u"hours_delivered");
        r.target = t.target;
        if (!t.actual) r.value = -1; // not recorded in this database
        rows.push_back(r);
    }
    for (const EsfRow& e : in.esf) {
        ReportRow r = row("esf", e.code, label(e.code), double(e.count.total()));
        r.genders = e.count;
        rows.push_back(r);
    }
}

} // namespace percorsi
