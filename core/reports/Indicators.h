#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include "core/reports/ReportFilter.h"

namespace percorsi {

// Counts by code (gender, status, type …), in code order.
using Tally = std::map<QString, qint64>;

// One count split by gender, as the ESF+ tables ask.
struct ByGender
{
    qint64 women = 0, men = 0, nonBinary = 0;
    qint64 total() const { return women + men + nonBinary; }
    void add(const QString& gender);
    void add(QByteArrayView gender); // UTF-8
};

// Present over recorded attendance marks.
struct Rate
{
    qint64 present = 0, recorded = 0;
    double value() const { return recorded ? double(present) / double(recorded) : 0.0; }
};

struct PlacementFigures
{
    Tally byType, byStage;
    qint64 proposed = 0, started = 0, hired = 0; // the funnel: every placement, started, hired
    qint64 internships = 0, hiredAfterInternship = 0;
};

struct FollowupFigures
{
    qint64 due = 0;        // due by the end of the period (or today) and not done
    qint64 done = 0;       // done within the period
    Tally doneBySituation; // followup_status codes
    qint64 improved = 0;   // done within the period with an improved situation
};

struct EventFigures
{
    qint64 events = 0;
    qint64 women = 0, men = 0, nonBinary = 0;
    qint64 under18 = 0, age18to29 = 0, age30to54 = 0, age55plus = 0;
    Tally headcountByType; // campaign events and community events apart
    qint64 headcount() const { return women + men + nonBinary; }
};

// A need (0-3) or empowerment scale (1-5): mean at the first assessment
// against the latest, over people assessed at least twice.
struct ScaleChange
{
    QString field; // assessment field name
    double entry = 0, latest = 0;
    qint64 people = 0;
};

struct TargetProgress
{
    QString indicator; // target_indicator code
    qint64 target = 0;
    std::optional<double> actual; // empty: the database records nothing to measure it by
    double share() const { return actual && target > 0 ? *actual / double(target) : 0.0; }
};

// One ESF+ common indicator (Regulation (EU) 2021/1057, Annex I).
struct EsfRow
{
    QString code;
    ByGender count;
};

// Everything the dashboard and the progress summary show, for one filter.
struct Indicators
{
    ReportFilter filter;
    QString projectName, funder, deskName;
    QDate from, to;

    qint64 people = 0;
    Tally byGender, byAgeBand, byCitizenship, byStatus, byDesk;
    std::map<QDate, qint64> reachedByMonth; // first day of the month -> people reached that month

    double hoursDelivered = 0, hoursAttended = 0;
    Rate attendance;
    std::map<QString, Rate> attendanceByPathType;
    qint64 enrolmentsEnded = 0, completions = 0;
    double completionRate() const
    {
        return enrolmentsEnded ? double(completions) / double(enrolmentsEnded) : 0.0;
    }
    qint64 selfEntrepreneurshipWomen = 0;

    Tally referralsByStatus;
    PlacementFigures placements;
    FollowupFigures followups;
    EventFigures events;
    std::vector<ScaleChange> scales;
    std::vector<TargetProgress> targets;
    std::vector<EsfRow> esf;
};

} // namespace percorsi
