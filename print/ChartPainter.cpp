#include "print/ChartPainter.h"

#include <algorithm>

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace percorsi {

namespace {

const QColor kBar(0x3b, 0x6e, 0xa8);
const QColor kTarget(0xc0, 0x39, 0x2b);
const QColor kTrack(0xe6, 0xe9, 0xee);

} // namespace

ChartPainter::ChartPainter(QPainter& painter) : m_painter(painter) {}

// Charts on a right-to-left page are drawn mirrored within their area: labels
// at the right, bars growing leftwards, time running from right to left.
Mirror ChartPainter::mirror(const QRectF& area) const
{
    return {m_painter.layoutDirection() == Qt::RightToLeft, area.left(), area.right()};
}

void ChartPainter::title(const QRectF& area, const QString& text)
{
    QFont font = m_painter.font();
    font.setPixelSize(10);
    font.setBold(true);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(area, mirror(area).align(Qt::AlignLeft | Qt::AlignTop), text);
}

void ChartPainter::bars(const QRectF& area, const QString& heading, const std::vector<Bar>& bars)
{
    title(area, heading);
    if (bars.empty()) return;
    const Mirror m = mirror(area);
    double top = 0;
    for (const Bar& b : bars)
        top = std::max(top, b.value);
    const double lineHeight = std::min(16.0, (area.height() - 16) / double(bars.size()));
    const double labelWidth = area.width() * 0.38;
    QFont font = m_painter.font();
    font.setBold(false);
    font.setPixelSize(int(std::min(8.0, lineHeight - 2)));
    m_painter.setFont(font);
    for (size_t i = 0; i < bars.size(); ++i) {
        const double y = area.top() + 16 + double(i) * lineHeight;
        m_painter.setPen(Qt::black);
        m_painter.drawText(m.place(QRectF(area.left(), y, labelWidth - 4, lineHeight)),
                           m.align(Qt::AlignRight | Qt::AlignVCenter), bars[i].label);
        const double width = top > 0 ? (area.width() - labelWidth - 30) * bars[i].value / top : 0;
        m_painter.fillRect(m.place(QRectF(area.left() + labelWidth, y + 2, width, lineHeight - 4)),
                           kBar);
        m_painter.drawText(m.place(QRectF(area.left() + labelWidth + width + 3, y, 40, lineHeight)),
                           m.align(Qt::AlignLeft | Qt::AlignVCenter), bars[i].text);
    }
}

void ChartPainter::cumulative(const QRectF& area, const QString& heading,
                              const std::vector<Bar>& months, double target)
{
    title(area, heading);
    const Mirror m = mirror(area);
    const QRectF plot = area.adjusted(30, 18, -6, -14);
    m_painter.setPen(QPen(Qt::gray, 0.5));
    m_painter.drawRect(m.place(plot));
    double total = 0;
    for (const Bar& m : months)
        total += m.value;
    const double top = std::max({total, target, 1.0});
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };
    QFont font = m_painter.font();
    font.setBold(false);
    font.setPixelSize(7);
    m_painter.setFont(font);
    m_painter.drawText(m.place(QRectF(area.left(), plot.top() - 4, 28, 10)),
                       m.align(Qt::AlignRight), QLocale().toString(qint64(top)));
    if (target > 0) {
        m_painter.setPen(QPen(kTarget, 1, Qt::DashLine));
        m_painter.drawLine(QPointF(m.x(plot.left()), yOf(target)),
                           QPointF(m.x(plot.right()), yOf(target)));
    }
    if (months.empty()) return;
    QPainterPath line(QPointF(m.x(plot.left()), plot.bottom()));
    double sum = 0;
    const double step = plot.width() / double(months.size());
    for (size_t i = 0; i < months.size(); ++i) {
        sum += months[i].value;
        line.lineTo(m.x(plot.left() + step * double(i + 1)), yOf(sum));
    }
    m_painter.setPen(QPen(kBar, 1.5));
    m_painter.drawPath(line);
    m_painter.setPen(Qt::black);
    m_painter.drawText(m.place(QRectF(plot.left(), plot.bottom() + 2, 80, 10)),
                       m.align(Qt::AlignLeft), months.front().label);
    m_painter.drawText(m.place(QRectF(plot.right() - 80, plot.bottom() + 2, 80, 10)),
                       m.align(Qt::AlignRight), months.back().label);
}

void ChartPainter::progress(const QRectF& area, double share)
{
    m_painter.fillRect(area, kTrack);
    QRectF done = area;
    done.setWidth(area.width() * std::clamp(share, 0.0, 1.0));
    m_painter.fillRect(mirror(area).place(done), share >= 1 ? QColor(0x2e, 0x8b, 0x57) : kBar);
}

} // namespace percorsi
