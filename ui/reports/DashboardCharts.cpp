#include "ui/reports/DashboardCharts.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include "core/domain/Codes.h"
#include "core/reports/ReportRows.h"

namespace percorsi {

namespace {

struct Item
{
    QString label;
    double value = 0;
};
using Items = std::vector<Item>;

Items itemsOf(const Tally& tally, const char* codeSet)
{
    Items items;
    for (const auto& [code, n] : tally)
        items.push_back(
            {codeSet ? codes::label(QLatin1StringView(codeSet), code) : ReportRows::label(code),
             double(n)});
    return items;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // updates must be at once
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Horizontal bars, one set a series of values (several sets: a legend).
QChart* bars(const QString& title, const QStringList& categories,
             const std::vector<std::pair<QString, std::vector<double>>>& sets)
{
    QChart* chart = newChart(title);
    auto* series = new QHorizontalBarSeries;
    double top = 0;
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        for (double v : values) {
            *set << v;
            top = std::max(top, v);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, top > 0 ? top * 1.05 : 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(sets.size() > 1);
    return chart;
}

QChart* bars(const QString& title, const Items& items)
{
    QStringList categories;
    std::vector<double> values;
    for (const Item& i : items) {
        categories << i.label;
        values.push_back(i.value);
    }
    return bars(title, categories, {{title, values}});
}

} // namespace

QChart* DashboardCharts::reachedOverTime(const Indicators& in)
{
    QChart* chart = newChart(tr("People reached over time, against the target"));
    auto* reached = new QLineSeries;
    reached->setName(tr("People reached"));
    double sum = 0;
    for (const auto& [month, n] : in.reachedByMonth) {
        sum += double(n);
        reached->append(double(month.startOfDay().toMSecsSinceEpoch()), sum);
    }
    chart->addSeries(reached);
    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("MMM yyyy"));
    axisX->setRange(in.from.startOfDay(), in.to.startOfDay());
    chart->addAxis(axisX, Qt::AlignBottom);
    reached->attachAxis(axisX);
    double top = std::max(sum, 1.0);
    for (const TargetProgress& t : in.targets) {
        if (t.indicator != u"people_reached") continue;
        auto* target = new QLineSeries;
        target->setName(tr("Target"));
        target->append(double(in.from.startOfDay().toMSecsSinceEpoch()), double(t.target));
        target->append(double(in.to.startOfDay().toMSecsSinceEpoch()), double(t.target));
        chart->addSeries(target);
        target->attachAxis(axisX);
        top = std::max(top, double(t.target));
        chart->legend()->setVisible(true);
    }
    auto* axisY = new QValueAxis;
    axisY->setRange(0, top * 1.05);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series())
        s->attachAxis(axisY);
    return chart;
}

QChart* DashboardCharts::byDesk(const Indicators& in)
{
    return bars(tr("People reached by desk"), itemsOf(in.byDesk, nullptr));
}

QChart* DashboardCharts::byGenderAndAge(const Indicators& in)
{
    Items items = itemsOf(in.byGender, "gender");
    for (const Item& i : itemsOf(in.byAgeBand, nullptr))
        items.push_back(i);
    return bars(tr("People reached by gender and age band"), items);
}

QChart* DashboardCharts::attendanceByPathType(const Indicators& in)
{
    Items items;
    for (const auto& [type, rate] : in.attendanceByPathType)
        items.push_back({codes::label(u"path_type", type), 100.0 * rate.value()});
    return bars(tr("Attendance rate by path type (%)"), items);
}

QChart* DashboardCharts::referrals(const Indicators& in)
{
    return bars(tr("Referrals by outcome"), itemsOf(in.referralsByStatus, "referral_status"));
}

QChart* DashboardCharts::placementsFunnel(const Indicators& in)
{
    const PlacementFigures& p = in.placements;
    return bars(tr("Placements: proposed, started, hired"), {{tr("Hired"), double(p.hired)},
                                                             {tr("Started"), double(p.started)},
                                                             {tr("Proposed"), double(p.proposed)}});
}

QChart* DashboardCharts::needsAndEmpowerment(const Indicators& in)
{
    QStringList categories;
    std::vector<double> entry, latest;
    for (const ScaleChange& s : in.scales) {
        categories << ReportRows::label(s.field);
        entry.push_back(s.entry);
        latest.push_back(s.latest);
    }
    return bars(tr("Needs (0-3) and empowerment (1-5): entry and latest"), categories,
                {{tr("At entry"), entry}, {tr("Latest"), latest}});
}

QChart* DashboardCharts::followups(const Indicators& in)
{
    Items items = {{tr("Due, not done"), double(in.followups.due)}};
    for (const auto& [code, n] : in.followups.doneBySituation)
        items.push_back({tr("Done: %1").arg(codes::label(u"followup_status", code)), double(n)});
    return bars(tr("Follow-ups"), items);
}

} // namespace percorsi
