#include "core/domain/Codes.h"

#include <QCoreApplication>
#include <QStringList>

namespace percorsi::codes {

namespace {

#define C(code, label) {code, QT_TRANSLATE_NOOP("Codes", label)}

const Code kGender[] = {C("woman", "Woman"), C("man", "Man"), C("non_binary", "Non-binary")};

const Code kPermit[] = {
    C("none", "No permit"),
    C("asylum_seeker", "Asylum seeker"),
    C("refugee", "Refugee status"),
    C("subsidiary_protection", "Subsidiary protection"),
    C("special_protection", "Special or humanitarian protection"),
    C("temporary_protection", "Temporary protection"),
    C("family", "Family reasons"),
    C("work", "Work"),
    C("study", "Study"),
    C("long_term_resident", "Long-term resident (EU)"),
    C("eu_citizen", "EU citizen"),
    C("citizen", "Citizen of this country"),
    C("other", "Other"),
};

const Code kLanguageLevel[] = {C("none", "None"), C("A1", "A1"), C("A2", "A2"), C("B1", "B1"),
                               C("B2", "B2"),     C("C1", "C1"), C("C2", "C2")};

const Code kEmployment[] = {
    C("employed", "Employed"),
    C("self_employed", "Self-employed"),
    C("unemployed", "Unemployed"),
    C("long_term_unemployed", "Long-term unemployed"),
    C("inactive", "Inactive"),
    C("in_education", "Inactive, in education or training"),
};

const Code kHousing[] = {
    C("stable", "Stable housing"),
    C("hosted", "Hosted by family or friends"),
    C("reception_centre", "Reception centre"),
    C("shelter", "Shelter"),
    C("insecure", "Insecure or inadequate housing"),
    C("homeless", "Homeless"),
};

const Code kReferralSource[] = {
    C("self", "Came by herself"),
    C("word_of_mouth", "Word of mouth"),
    C("social_services", "Social services"),
    C("ngo", "Association or NGO"),
    C("school", "School"),
    C("health_service", "Health service"),
    C("employment_service", "Employment service"),
    C("community_desk", "Community desk"),
    C("other", "Other"),
};

const Code kPersonStatus[] = {C("active", "Active"), C("suspended", "Suspended"),
                              C("closed", "Closed")};

const Code kCloseReason[] = {
    C("completed", "Plan completed"), C("found_work", "Found work"),
    C("moved_away", "Moved away"),    C("lost_contact", "Lost contact"),
    C("withdrew", "Withdrew"),        C("other", "Other"),
};

const Code kExitSituation[] = {
    C("job_searching", "Engaged in job searching"),
    C("education_training", "In education or training"),
    C("qualification", "Gained a qualification"),
    C("employed", "In employment"),
    C("self_employed", "Self-employed"),
    C("inactive", "Inactive"),
};

const Code kConsentPurpose[] = {
    C("services", "Services"),
    C("data_sharing", "Data sharing with partners"),
    C("anonymous_reporting", "Anonymous reporting"),
    C("photos", "Photos"),
};

const Code kLegalBasis[] = {
    C("consent", "Consent"),
    C("contract", "Contract"),
    C("legal_obligation", "Legal obligation"),
    C("vital_interests", "Vital interests"),
    C("public_task", "Public task"),
    C("legitimate_interests", "Legitimate interests"),
};

const Code kNeedDomain[] = {
    C("language", "Language"),   C("work", "Work"),        C("housing", "Housing"),
    C("legal", "Legal"),         C("health", "Health"),    C("childcare", "Childcare"),
    C("digital", "Digital"),     C("social_network", "Social network"),
    C("income", "Income"),
};

const Code kGoalStatus[] = {C("open", "Open"), C("in_progress", "In progress"),
                            C("achieved", "Achieved"), C("dropped", "Dropped")};

const Code kPathType[] = {
    C("empowerment_group", "Empowerment group"),
    C("language_course", "Language course"),
    C("vocational_training", "Vocational training"),
    C("job_orientation", "Job orientation"),
    C("self_entrepreneurship", "Self-entrepreneurship"),
    C("city_visit", "City visit"),
    C("peer_learning", "Peer learning"),
    C("mentoring", "Mentoring"),
    C("art_workshop", "Art workshop"),
};

const Code kEnrolmentStatus[] = {C("enrolled", "Enrolled"), C("waiting", "Waiting list"),
                                 C("completed", "Completed"), C("withdrawn", "Withdrawn")};

const Code kAttendanceStatus[] = {C("present", "Present"), C("absent", "Absent"),
                                  C("excused", "Excused")};

const Code kInterventionKind[] = {
    C("legal", "Legal"),
    C("psychological", "Psychological"),
    C("social", "Social"),
    C("mediation", "Linguistic and cultural mediation"),
    C("orientation", "Orientation to services"),
    C("job_coaching", "Job coaching"),
    C("health", "Health"),
};

const Code kServiceCategory[] = {
    C("health", "Health"),       C("education", "Education"),
    C("social", "Social"),       C("housing", "Housing"),
    C("legal", "Legal"),         C("transport", "Transport"),
    C("sport_leisure", "Sport and leisure"),
    C("employment", "Employment"),
    C("other", "Other"),
};

const Code kReferralStatus[] = {C("sent", "Sent"), C("accepted", "Accepted"),
                                C("completed", "Completed"), C("declined", "Declined")};

const Code kEmployerSize[] = {C("micro", "Micro (under 10)"), C("small", "Small (10-49)"),
                             C("medium", "Medium (50-249)"), C("large", "Large (250 or more)")};

const Code kEngagementKind[] = {
    C("awareness_meeting", "Awareness meeting"),
    C("diversity_support", "Diversity-management support"),
    C("vacancy_shared", "Vacancy shared"),
    C("visit", "Visit"),
    C("other", "Other"),
};

const Code kPlacementType[] = {
    C("internship_curricular", "Curricular internship"),
    C("internship_extracurricular", "Extracurricular internship"),
    C("apprenticeship", "Apprenticeship"),
    C("fixed_term", "Fixed-term contract"),
    C("permanent", "Permanent contract"),
    C("self_employment", "Self-employment"),
    C("voucher", "Work voucher"),
};

const Code kPlacementStage[] = {C("proposed", "Proposed"), C("interview", "Interview"),
                                C("started", "Started"), C("ended", "Ended")};

const Code kPlacementOutcome[] = {C("hired", "Hired"), C("completed", "Completed"),
                                  C("interrupted", "Interrupted")};

const Code kFollowupStatus[] = {
    C("employed", "In employment"),
    C("self_employed", "Self-employed"),
    C("job_searching", "Job searching"),
    C("education_training", "In education or training"),
    C("inactive", "Inactive"),
};

const Code kFollowupReason[] = {C("programme_exit", "Left the programme"),
                                 C("placement_end", "Placement ended")};

const Code kVentureStage[] = {C("idea", "Idea"), C("plan", "Business plan"),
                              C("started", "Business started")};

const Code kEventType[] = {
    C("community_desk", "Community desk"),   C("open_day", "Open day"),
    C("awareness_campaign", "Awareness campaign"),
    C("city_visit", "City visit"),           C("workshop", "Workshop"),
    C("public_event", "Public event"),       C("other", "Other"),
};

const Code kRole[] = {C("operator", "Operator"), C("trainer", "Trainer"),
                      C("coordinator", "Coordinator"), C("administrator", "Administrator")};

const Code kTargetIndicator[] = {
    C("people_reached", "People reached"),
    C("women_share_pct", "Share of women (%)"),
    C("self_entrepreneurship_women", "Women in self-entrepreneurship training"),
    C("policy_makers", "Policy makers in co-design"),
    C("associations", "Associations in co-design"),
    C("officials", "Officials in co-design"),
    C("citizens_surveyed", "Citizens surveyed"),
    C("event_attendance", "People at community events"),
    C("campaign_reach", "People reached by the campaign"),
    C("placements", "Job placements"),
    C("hours_delivered", "Hours of training delivered"),
    C("completions", "Paths completed"),
};

#undef C

struct Set
{
    const char* name;
    std::span<const Code> codes;
};

const Set kSets[] = {
    {"gender", kGender},
    {"permit_type", kPermit},
    {"language_level", kLanguageLevel},
    {"employment_status", kEmployment},
    {"housing", kHousing},
    {"referral_source", kReferralSource},
    {"person_status", kPersonStatus},
    {"close_reason", kCloseReason},
    {"exit_situation", kExitSituation},
    {"consent_purpose", kConsentPurpose},
    {"legal_basis", kLegalBasis},
    {"need_domain", kNeedDomain},
    {"goal_status", kGoalStatus},
    {"path_type", kPathType},
    {"enrolment_status", kEnrolmentStatus},
    {"attendance_status", kAttendanceStatus},
    {"intervention_kind", kInterventionKind},
    {"service_category", kServiceCategory},
    {"referral_status", kReferralStatus},
    {"employer_size", kEmployerSize},
    {"engagement_kind", kEngagementKind},
    {"placement_type", kPlacementType},
    {"placement_stage", kPlacementStage},
    {"placement_outcome", kPlacementOutcome},
    {"followup_status", kFollowupStatus},
    {"event_type", kEventType},
    {"followup_reason", kFollowupReason},
    {"venture_stage", kVentureStage},
    {"role", kRole},
    {"target_indicator", kTargetIndicator},
};

const char* const kEu[] = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
                           "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
                           "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};

} // namespace

std::span<const Code> set(QAnyStringView setName)
{
    for (const Set& s : kSets) {
        if (QAnyStringView::equal(setName, QLatin1StringView(s.name)))
            return s.codes;
    }
    return {};
}

bool contains(QAnyStringView setName, QAnyStringView code)
{
    for (const Code& c : set(setName)) {
        if (QAnyStringView::equal(code, QLatin1StringView(c.code)))
            return true;
    }
    return false;
}

QString label(QAnyStringView setName, QAnyStringView code)
{
    for (const Code& c : set(setName)) {
        if (QAnyStringView::equal(code, QLatin1StringView(c.code)))
            return QCoreApplication::translate("Codes", c.label);
    }
    return code.toString();
}

QStringList setNames()
{
    QStringList names;
    for (const Set& s : kSets)
        names << QLatin1StringView(s.name);
    return names;
}

bool isEuCountry(QAnyStringView countryCode)
{
    for (const char* eu : kEu) {
        if (QAnyStringView::equal(countryCode, QLatin1StringView(eu)))
            return true;
    }
    return false;
}

} // namespace percorsi::codes
