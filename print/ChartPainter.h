#pragma once

#include "print/Mirror.h"

#include <vector>

#include <QRectF>
#include <QString>

class QPainter;

namespace percorsi {

// Simple charts for paper, drawn with QPainter in the report's units: the
// printed summary cannot use Qt Charts, which needs widgets.
class ChartPainter
{
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString text; // the value as printed ("<5" for small counts)
    };

    explicit ChartPainter(QPainter& painter);

    void title(const QRectF& area, const QString& text);
    // Horizontal bars, one a line, scaled to the largest value.
    void bars(const QRectF& area, const QString& heading, const std::vector<Bar>& bars);
    // A cumulative line over the months with a horizontal target line.
    void cumulative(const QRectF& area, const QString& heading, const std::vector<Bar>& months,
                    double target);
    // A bar from 0 to the target, filled to the share achieved (clamped to 100%).
    void progress(const QRectF& area, double share);

private:
    Mirror mirror(const QRectF& area) const;

    QPainter& m_painter;
};

} // namespace percorsi
