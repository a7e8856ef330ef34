#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "core/reports/Indicators.h"

namespace percorsi {

// One line of the progress summary and its exports: a figure with its
// label, its split by gender (ESF+ rows) and its target. Exports, the PDF and
// the JSON all read these rows, so they cannot disagree.
struct ReportRow
{
    QString section; // section code: people, activities, referrals, placements …
    QString code;    // indicator code within the section (stable, for machines)
    QString label;   // translated
    double value = 0;
    bool isCount = true; // counts of people are suppressed under 5 for funders
    std::optional<ByGender> genders;
    std::optional<qint64> target;
};

class ReportRows
{
public:
    static std::vector<ReportRow> build(const Indicators& in);
    // A count as shown to a funder: 1 to 4 become "<5"; 0 stays, as it
    // reveals no one. Other figures (hours, rates) are shown with one decimal.
    static QString cell(double value, bool isCount, bool suppress);
    static QString sectionLabel(const QString& section);
    static QString label(const QString& code);

private:
    static void addPeople(const Indicators& in, std::vector<ReportRow>& rows);
    static void addActivities(const Indicators& in, std::vector<ReportRow>& rows);
    static void addOutcomes(const Indicators& in, std::vector<ReportRow>& rows);
    static void addEventsAndScales(const Indicators& in, std::vector<ReportRow>& rows);
    static void addTargetsAndEsf(const Indicators& in, std::vector<ReportRow>& rows);
};

} // namespace percorsi
