#pragma once

#include "ui/profile/RecordsTab.h"

class QChartView;

namespace percorsi {

// Her screening over time: every assessment (need level per domain, the
// empowerment scales) and a chart of how the average need and the three
// scales changed from one assessment to the next.
class ScreeningTab : public RecordsTab
{
    Q_OBJECT

public:
    ScreeningTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
    void reload() override;
    // Points in the chart, one per assessment and line.
    int chartPoints() const;

private:
    static std::vector<RecordColumn> columns();
    void plot();

    QChartView* m_chart;
};

} // namespace percorsi
