#include "print/ReportPainter.h"

#include <QIODevice>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include "core/domain/Codes.h"
#include "core/reports/ReportRows.h"
#include "print/ChartPainter.h"

namespace percorsi {

namespace {

// The page in points (A4); the painter is scaled to the device.
constexpr double kWidth = 595, kHeight = 842, kMargin = 42;
constexpr double kContent = kWidth - 2 * kMargin;

using Bars = std::vector<ChartPainter::Bar>;

// A report's cell ("<5" for a small one in a funder's report), in the digits
// of the report's language.
QString localCell(double value, bool suppress)
{
    const QString cell = ReportRows::cell(value, true, suppress);
    bool number = false;
    const double shown = cell.toDouble(&number);
    return number ? QLocale().toString(shown, 'g', 12) : cell;
}

Bars barsOf(const Tally& tally, const char* codeSet, bool suppress)
{
    Bars bars;
    for (const auto& [code, n] : tally) {
        const QString label =
            codeSet ? codes::label(QLatin1StringView(codeSet), code) : ReportRows::label(code);
        bars.push_back({label, double(n), localCell(double(n), suppress)});
    }
    return bars;
}

} // namespace

ReportPainter::ReportPainter(QPainter& painter, QPagedPaintDevice& device, const Indicators& in)
    : m_painter(painter), m_device(device),
      m_in(in), m_mirror{QLocale().textDirection() == Qt::RightToLeft, 0, kWidth}
{
    m_painter.setLayoutDirection(QLocale().textDirection());
}

// Every piece of text and every chart goes where the page's direction puts it.
void ReportPainter::text(const QRectF& rect, int flags, const QString& text, QRectF* used)
{
    m_painter.drawText(m_mirror.place(rect), m_mirror.align(flags), text, used);
}

void ReportPainter::text(const QRectF& rect, const QString& s)
{
    text(rect, Qt::AlignLeft, s);
}

bool ReportPainter::paint(QPagedPaintDevice& device, const Indicators& in,
                          const ReportNarrative& narrative)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&device)) return false;
    const double scale = double(device.width()) / kWidth;
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    ReportPainter report(painter, device, in);
    report.cover();
    report.charts();
    report.esfTable();
    report.narrative(narrative);
    return painter.end();
}

Status ReportPainter::writePdf(QIODevice* out, const Indicators& in,
                               const ReportNarrative& narrative)
{
    QPdfWriter pdf(out);
    pdf.setResolution(150);
    pdf.setTitle(tr("Progress summary – %1").arg(in.projectName));
    pdf.setCreator(QStringLiteral("Percorsi"));
    if (!paint(pdf, in, narrative)) return Error::io(tr("The PDF could not be written."));
    return {};
}

void ReportPainter::setFont(int pixels, bool bold)
{
    QFont font = m_painter.font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    m_painter.setFont(font);
}

QString ReportPainter::count(double value) const
{
    return localCell(value, m_in.filter.funder);
}

QString ReportPainter::decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString ReportPainter::percent(double share)
{
    const QLocale locale;
    return locale.toString(qRound(100 * share)) + locale.percent();
}

void ReportPainter::footer()
{
    setFont(7);
    m_painter.setPen(Qt::gray);
    text(QRectF(kMargin, kHeight - 30, kContent, 12), Qt::AlignLeft,
         tr("%1 · progress summary · %2 to %3")
             .arg(m_in.projectName.isEmpty() ? tr("All people") : m_in.projectName,
                  QLocale().toString(m_in.from, QLocale::ShortFormat),
                  QLocale().toString(m_in.to, QLocale::ShortFormat)));
    text(QRectF(kMargin, kHeight - 30, kContent, 12), Qt::AlignRight, tr("Page %1").arg(m_page));
    m_painter.setPen(Qt::black);
}

void ReportPainter::newPage(const QString& heading)
{
    footer();
    m_device.newPage();
    ++m_page;
    setFont(15, true);
    text(QRectF(kMargin, kMargin, kContent, 22), Qt::AlignLeft, heading);
}

void ReportPainter::cover()
{
    setFont(22, true);
    text(QRectF(kMargin, kMargin, kContent, 30), tr("Progress summary"));
    setFont(12);
    const QString project = m_in.projectName.isEmpty() ? tr("All people") : m_in.projectName;
    const QStringList lines = {
        tr("Project: %1").arg(project),
        tr("Funder: %1").arg(m_in.funder.isEmpty() ? tr("not recorded") : m_in.funder),
        tr("Period: %1 to %2")
            .arg(QLocale().toString(m_in.from, QLocale::LongFormat),
                 QLocale().toString(m_in.to, QLocale::LongFormat)),
        tr("Desk: %1").arg(m_in.deskName.isEmpty() ? tr("all desks") : m_in.deskName)};
    double y = kMargin + 40;
    for (const QString& line : lines) {
        text(QRectF(kMargin, y, kContent, 16), line);
        y += 18;
    }
    setFont(8);
    m_painter.setPen(Qt::darkGray);
    const QString note =
        m_in.filter.funder
            ? tr("Counts only people who consented to anonymous reporting. No names or other "
                 "direct identifiers. Counts from 1 to 4 are shown as \"<5\".")
            : tr("Counts every person in scope: for internal use only.");
    text(QRectF(kMargin, y + 4, kContent, 24), Qt::TextWordWrap, note);
    m_painter.setPen(Qt::black);
    targets(y + 40);
}

void ReportPainter::targets(double top)
{
    setFont(13, true);
    text(QRectF(kMargin, top, kContent, 18), tr("Key figures against targets"));
    ChartPainter chart(m_painter);
    double y = top + 24;
    for (const TargetProgress& t : m_in.targets) {
        setFont(9);
        text(QRectF(kMargin, y, 210, 14), Qt::AlignLeft | Qt::AlignVCenter,
             codes::label(u"target_indicator", t.indicator));
        const bool share = t.indicator == u"women_share_pct" || t.indicator == u"hours_delivered";
        const QString actual = !t.actual ? tr("not recorded")
                               : share   ? decimal(*t.actual)
                                         : count(*t.actual);
        text(QRectF(kMargin + 215, y, 120, 14), Qt::AlignRight | Qt::AlignVCenter,
             tr("%1 of %2").arg(actual, QLocale().toString(t.target)));
        chart.progress(m_mirror.place(QRectF(kMargin + 345, y + 3, 130, 8)), t.share());
        text(QRectF(kMargin + 480, y, 40, 14), Qt::AlignRight | Qt::AlignVCenter,
             t.actual ? percent(t.share()) : QString());
        y += 18;
    }
    if (m_in.targets.empty()) {
        setFont(9);
        text(QRectF(kMargin, y, kContent, 14), tr("No targets set."));
    }
}

void ReportPainter::charts()
{
    newPage(tr("Charts"));
    ChartPainter chart(m_painter);
    const bool s = m_in.filter.funder;
    Bars months;
    for (const auto& [month, n] : m_in.reachedByMonth)
        months.push_back({QLocale().toString(month, QStringLiteral("MMM yyyy")), double(n), {}});
    double target = 0;
    for (const TargetProgress& t : m_in.targets)
        target = t.indicator == u"people_reached" ? double(t.target) : target;
    const double half = (kContent - 20) / 2, left = kMargin, right = kMargin + half + 20;
    chart.cumulative(m_mirror.place({left, 72, kContent, 150}),
                     tr("People reached over time, against the target"), months, target);
    chart.bars(m_mirror.place({left, 240, half, 90}), tr("By gender"),
               barsOf(m_in.byGender, "gender", s));
    chart.bars(m_mirror.place({right, 240, half, 90}), tr("By age band"),
               barsOf(m_in.byAgeBand, nullptr, s));
    chart.bars(m_mirror.place({left, 345, half, 120}), tr("By desk"),
               barsOf(m_in.byDesk, nullptr, s));
    Bars rates;
    for (const auto& [type, rate] : m_in.attendanceByPathType)
        rates.push_back(
            {codes::label(u"path_type", type), 100 * rate.value(), percent(rate.value())});
    chart.bars(m_mirror.place({right, 345, half, 160}), tr("Attendance rate by path type"), rates);
    chart.bars(m_mirror.place({left, 520, half, 90}), tr("Referrals by outcome"),
               barsOf(m_in.referralsByStatus, "referral_status", s));
    const PlacementFigures& p = m_in.placements;
    chart.bars(m_mirror.place({right, 520, half, 90}), tr("Placements: proposed, started, hired"),
               {{tr("Proposed"), double(p.proposed), count(double(p.proposed))},
                {tr("Started"), double(p.started), count(double(p.started))},
                {tr("Hired"), double(p.hired), count(double(p.hired))}});
    Bars scales;
    for (const ScaleChange& sc : m_in.scales) {
        scales.push_back(
            {ReportRows::label(sc.field) + tr(" (entry)"), sc.entry, decimal(sc.entry)});
        scales.push_back({tr("latest"), sc.latest, decimal(sc.latest)});
    }
    chart.bars(m_mirror.place({left, 625, kContent, 170}),
               tr("Needs and empowerment at entry and latest"), scales);
}

void ReportPainter::esfTable()
{
    newPage(tr("ESF+ common indicators"));
    const double cols[] = {kMargin, kMargin + 300, kMargin + 355, kMargin + 410, kMargin + 470};
    const QStringList head = {tr("Indicator"), tr("Women"), tr("Men"), tr("Non-binary"),
                              tr("Total")};
    double y = 76;
    setFont(9, true);
    for (int i = 0; i < head.size(); ++i)
        text(QRectF(cols[i], y, i ? 50 : 295, 14),
             (i ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, head[i]);
    y += 18;
    setFont(8);
    for (const EsfRow& row : m_in.esf) {
        const QStringList cells = {ReportRows::label(row.code), count(double(row.count.women)),
                                   count(double(row.count.men)), count(double(row.count.nonBinary)),
                                   count(double(row.count.total()))};
        for (int i = 0; i < cells.size(); ++i)
            text(QRectF(cols[i], y, i ? 50 : 295, 14),
                 (i ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, cells[i]);
        m_painter.setPen(QPen(Qt::lightGray, 0.5));
        m_painter.drawLine(QPointF(kMargin, y + 15), QPointF(kWidth - kMargin, y + 15));
        m_painter.setPen(Qt::black);
        y += 17;
    }
}

double ReportPainter::paragraph(double y, const QString& heading, const QString& body)
{
    setFont(11, true);
    text(QRectF(kMargin, y, kContent, 16), heading);
    setFont(9);
    const QRectF box(kMargin, y + 18, kContent, kHeight - 60 - y);
    QRectF used;
    text(box, Qt::TextWordWrap, body.isEmpty() ? tr("—") : body, &used);
    return used.bottom() + 14;
}

void ReportPainter::narrative(const ReportNarrative& text)
{
    newPage(tr("Narrative"));
    double y = 76;
    y = paragraph(y, tr("Summary of the period"), text.summary);
    y = paragraph(y, tr("Achievements"), text.achievements);
    y = paragraph(y, tr("Difficulties"), text.difficulties);
    paragraph(y, tr("Next steps"), text.nextSteps);
    footer();
}

} // namespace percorsi
