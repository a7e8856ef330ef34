#include "ui/profile/ScreeningTab.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include "ui/Appearance.h"
#include "ui/format/FieldLabels.h"
#include "ui/models/RecordTableModel.h"
#include "ui/profile/ProfileTabs.h"

namespace percorsi {

namespace {

const char* const kNeeds[] = {"need_language", "need_work",   "need_housing",
                              "need_legal",    "need_health", "need_childcare",
                              "need_digital",  "need_social", "need_income"};
const char* const kScales[] = {"self_esteem", "autonomy", "services_knowledge"};

double averageNeed(const Record& r)
{
    int sum = 0;
    int rated = 0;
    for (const char* f : kNeeds) {
        if (!r.isNull(QLatin1StringView(f))) {
            sum += int(r.integer(QLatin1StringView(f)));
            ++rated;
        }
    }
    return rated ? double(sum) / rated : -1;
}

} // namespace

ScreeningTab::ScreeningTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Assessment, columns(), "assessed_on", "assessed_on", {},
                  tr("&New assessment…"),
                  tr("Needs: 0 none, 1 low, 2 medium, 3 high. Scales: 1 (low) to 5 (high).")},
                 parent),
      m_chart(new QChartView(this))
{
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setAccessibleName(tr("Change over time"));
    m_chart->setMinimumHeight(200);
    body()->addWidget(m_chart, 1);
    plot();
}

std::vector<RecordColumn> ScreeningTab::columns()
{
    std::vector<RecordColumn> out{profileColumn("assessed_on")};
    for (const char* f : kNeeds) {
        QString header = FieldLabels::label(QLatin1StringView(f));
        out.push_back(RecordColumn::of(f, header.remove(tr("Need: ")), 7));
    }
    for (const char* f : kScales)
        out.push_back(profileColumn(f, 9));
    return out;
}

void ScreeningTab::reload()
{
    RecordsTab::reload();
    if (m_chart)
        plot();
}

int ScreeningTab::chartPoints() const
{
    int n = 0;
    for (QAbstractSeries* s : m_chart->chart()->series())
        n += int(static_cast<QLineSeries*>(s)->count());
    return n;
}

void ScreeningTab::plot()
{
    // Mirrored right to left: time runs leftwards, the scale and legend swap sides.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto* chart = new QChart;
    if (Appearance::highContrast()) chart->setTheme(QChart::ChartThemeHighContrast);
    chart->setLocale(locale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(tr("Change over time"));
    chart->legend()->setAlignment(rtl ? Qt::AlignLeft : Qt::AlignRight);
    auto* need = new QLineSeries(chart);
    need->setName(tr("Average need (0-3)"));
    std::vector<QLineSeries*> scales;
    for (const char* f : kScales) {
        scales.push_back(new QLineSeries(chart));
        scales.back()->setName(FieldLabels::label(QLatin1StringView(f)));
    }
    // The model lists the newest first; the chart runs from the oldest.
    for (int row = model()->rowCount() - 1; row >= 0; --row) {
        const Record& r = *model()->recordAt(row);
        const qreal x = QDateTime(r.date(u"assessed_on"), QTime(12, 0)).toMSecsSinceEpoch();
        if (const double avg = averageNeed(r); avg >= 0)
            need->append(x, avg);
        for (size_t i = 0; i < scales.size(); ++i) {
            if (!r.isNull(QLatin1StringView(kScales[i])))
                scales[i]->append(x, r.integer(QLatin1StringView(kScales[i])));
        }
    }
    auto* axisX = new QDateTimeAxis(chart);
    axisX->setFormat(locale().dateFormat(QLocale::ShortFormat));
    axisX->setReverse(rtl);
    auto* axisY = new QValueAxis(chart);
    axisY->setRange(0, 5);
    axisY->setTickCount(6);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, rtl ? Qt::AlignRight : Qt::AlignLeft);
    scales.insert(scales.begin(), need);
    for (QLineSeries* s : scales) {
        s->setPointsVisible(true);
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace percorsi
