#include "ui/print/SheetPainter.h"

#include <algorithm>

#include <QGuiApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

#include "ui/print/SheetData.h"

namespace percorsi {

namespace {

constexpr qreal kRow = 95;         // a row with room to sign
constexpr qreal kLine = 62;        // a line of text
constexpr int kSessionsAPage = 12; // summary register columns before a new page
constexpr int kPeopleAPage = 30;   // summary register rows before a new page
constexpr qreal kContent = SheetPainter::kWidth - 2 * SheetPainter::kMargin;

QString hours(double h)
{
    return QLocale().toString(h, 'f', h == int(h) ? 0 : 1);
}

QString date(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

SheetPainter::SheetPainter(QPainter& painter, QPagedPaintDevice& device)
    : m_p(painter), m_device(device), m_rtl(QGuiApplication::layoutDirection() == Qt::RightToLeft)
{
    const qreal scale = device.logicalDpiX() / 254.0;
    m_p.scale(scale, scale);
    m_p.setLayoutDirection(QGuiApplication::layoutDirection());
    m_p.setPen(QPen(Qt::black, 3));
}

QFont SheetPainter::font(int points, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(points * 254 / 72);
    f.setBold(bold);
    return f;
}

QRectF SheetPainter::box(qreal x, qreal y, qreal w, qreal h) const
{
    return m_rtl ? QRectF(kWidth - x - w, y, w, h) : QRectF(x, y, w, h);
}

void SheetPainter::text(qreal x, qreal y, qreal w, qreal h, const QString& s, int align, int size,
                        bool bold)
{
    // The painter's right-to-left direction mirrors the alignment itself; the boxes mirror here.
    m_p.setFont(font(size, bold));
    m_p.drawText(box(x, y, w, h).adjusted(12, 0, -12, 0), align | Qt::TextWordWrap, s);
}

void SheetPainter::rect(qreal x, qreal y, qreal w, qreal h, bool shaded)
{
    if (shaded) m_p.fillRect(box(x, y, w, h), QColor(0xee, 0xee, 0xee));
    m_p.drawRect(box(x, y, w, h));
}

void SheetPainter::newPage()
{
    if (!m_fresh) m_device.newPage();
    m_fresh = false;
    m_y = kMargin;
}

void SheetPainter::header(const SheetData& d, const QString& title)
{
    newPage();
    const QString funder = d.funder.isEmpty() ? QString() : tr("Funded by %1").arg(d.funder);
    text(kMargin, m_y, kContent, kLine, d.project.isEmpty() ? d.desk : d.project,
         Qt::AlignLeft | Qt::AlignVCenter, 13, true);
    m_y += kLine;
    text(kMargin, m_y, kContent, kLine,
         funder.isEmpty() ? d.desk : tr("%1 · %2").arg(funder, d.desk),
         Qt::AlignLeft | Qt::AlignVCenter, 9);
    m_y += kLine + 10;
    m_p.drawLine(box(kMargin, m_y, kContent, 0).topLeft(),
                 box(kMargin, m_y, kContent, 0).topRight());
    m_y += 40;
    text(kMargin, m_y, kContent, 90, title, Qt::AlignHCenter | Qt::AlignVCenter, 16, true);
    m_y += 120;
}

void SheetPainter::line(const QString& label, const QString& value)
{
    text(kMargin, m_y, 380, kLine, label, Qt::AlignLeft | Qt::AlignVCenter, 10, true);
    text(kMargin + 380, m_y, kContent - 380, kLine, value, Qt::AlignLeft | Qt::AlignVCenter, 10);
    m_y += kLine;
}

// ---- the sign-in sheet of one session ------------------------------------------

void SheetPainter::signInTableHead(qreal y)
{
    const qreal cols[] = {kMargin, kMargin + 90, kMargin + 900, kMargin + 1200, kWidth - kMargin};
    const QString heads[] = {tr("No."), tr("Name"), tr("Case number"), tr("Signature")};
    for (int i = 0; i < 4; ++i) {
        rect(cols[i], y, cols[i + 1] - cols[i], kLine, true);
        text(cols[i], y, cols[i + 1] - cols[i], kLine, heads[i], Qt::AlignLeft | Qt::AlignVCenter,
             9, true);
    }
}

void SheetPainter::signInSheet(const SheetData& d, int index)
{
    const SheetData::Session& s = d.sessions[size_t(index)];
    const QString title = tr("Attendance register — sign-in sheet");
    header(d, title);
    line(tr("Path:"), d.pathType.isEmpty() ? d.path : tr("%1 (%2)").arg(d.path, d.pathType));
    line(tr("Date:"), QLocale().toString(s.date, QLocale::LongFormat));
    line(tr("Time:"), tr("%1–%2 (%3 hours)").arg(s.start, s.end, hours(s.hours)));
    line(tr("Place:"), s.place.isEmpty() ? d.place : s.place);
    line(tr("Trainer:"), d.trainer);
    if (!s.topic.isEmpty()) line(tr("Topic:"), s.topic);
    m_y += 30;
    const qreal cols[] = {kMargin, kMargin + 90, kMargin + 900, kMargin + 1200, kWidth - kMargin};
    signInTableHead(m_y);
    m_y += kLine;
    for (size_t i = 0; i < d.people.size(); ++i) {
        if (m_y + kRow > kHeight - kMargin - 2 * kLine) {
            header(d, title);
            signInTableHead(m_y);
            m_y += kLine;
        }
        const QString cells[] = {QLocale().toString(int(i) + 1), d.people[i].name,
                                 d.people[i].caseNumber, QString()};
        for (int c = 0; c < 4; ++c) {
            rect(cols[c], m_y, cols[c + 1] - cols[c], kRow);
            text(cols[c], m_y, cols[c + 1] - cols[c], kRow, cells[c],
                 Qt::AlignLeft | Qt::AlignVCenter, 10);
        }
        m_y += kRow;
    }
    m_y += 40;
    text(kMargin, m_y, kContent / 2, kLine,
         tr("Enrolled: %1    Present: ______").arg(d.people.size()),
         Qt::AlignLeft | Qt::AlignVCenter, 10, true);
    text(kMargin + kContent / 2, m_y, kContent / 2, kLine,
         tr("Trainer's signature: ____________________"), Qt::AlignRight | Qt::AlignVCenter, 10);
}

// ---- the summary register of a path ------------------------------------------------

void SheetPainter::summaryRegister(const SheetData& d)
{
    const int count = int(d.sessions.size()), people = int(d.people.size());
    for (int first = 0; first < std::max(count, 1); first += kSessionsAPage) {
        for (int from = 0; from < std::max(people, 1); from += kPeopleAPage)
            summaryPage(d, {first, std::min(count, first + kSessionsAPage)},
                        {from, std::min(people, from + kPeopleAPage)});
    }
}

void SheetPainter::summaryPage(const SheetData& d, Span sessions, Span people)
{
    const int first = sessions.first, last = sessions.last;
    const bool totals = last == int(d.sessions.size());
    header(d, tr("Attendance register — summary"));
    line(tr("Path:"), d.pathType.isEmpty() ? d.path : tr("%1 (%2)").arg(d.path, d.pathType));
    line(tr("Dates:"),
         tr("%1 to %2, %3 hours planned").arg(date(d.start), date(d.end), hours(d.plannedHours)));
    line(tr("Trainer:"), d.trainer);
    line(tr("Sessions:"), tr("%1 to %2 of %3").arg(first + 1).arg(last).arg(d.sessions.size()));
    if (people.last - people.first < int(d.people.size()))
        line(tr("People:"),
             tr("%1 to %2 of %3").arg(people.first + 1).arg(people.last).arg(d.people.size()));
    m_y += 30;
    const qreal nameW = 520, figW = 150;
    const qreal cellW =
        std::min<qreal>(110, (kContent - nameW - 2 * figW) / std::max(1, last - first));
    rect(kMargin, m_y, nameW, 2 * kLine, true);
    text(kMargin, m_y, nameW, 2 * kLine, tr("Name"), Qt::AlignLeft | Qt::AlignVCenter, 9, true);
    for (int c = first; c < last; ++c) {
        const qreal x = kMargin + nameW + (c - first) * cellW;
        rect(x, m_y, cellW, 2 * kLine, true);
        const QDate day = d.sessions[size_t(c)].date;
        text(x, m_y, cellW, 2 * kLine,
             QLocale().toString(day, u"d") + u'\n' + QLocale().toString(day, u"MMM"),
             Qt::AlignCenter, 7, true);
    }
    const qreal figX = kMargin + nameW + (last - first) * cellW;
    rect(figX, m_y, figW, 2 * kLine, true);
    text(figX, m_y, figW, 2 * kLine, tr("Hours"), Qt::AlignCenter, 8, true);
    rect(figX + figW, m_y, figW, 2 * kLine, true);
    text(figX + figW, m_y, figW, 2 * kLine, tr("Rate"), Qt::AlignCenter, 8, true);
    m_y += 2 * kLine;
    for (int i = people.first; i < people.last; ++i) {
        const SheetData::Person& p = d.people[size_t(i)];
        rect(kMargin, m_y, nameW, kLine);
        text(kMargin, m_y, nameW, kLine, p.name, Qt::AlignLeft | Qt::AlignVCenter, 8);
        for (int c = first; c < last; ++c) {
            const qreal x = kMargin + nameW + (c - first) * cellW;
            rect(x, m_y, cellW, kLine);
            text(x, m_y, cellW, kLine, p.marks[size_t(c)], Qt::AlignCenter, 8);
        }
        rect(figX, m_y, figW, kLine);
        text(figX, m_y, figW, kLine, totals ? hours(p.hours) : QString(), Qt::AlignCenter, 8);
        rect(figX + figW, m_y, figW, kLine);
        text(figX + figW, m_y, figW, kLine,
             totals ? QLocale().toString(p.rate * 100, 'f', 0) + QLocale().percent() : QString(),
             Qt::AlignCenter, 8);
        m_y += kLine;
    }
    if (!totals || people.last < int(d.people.size())) return;
    double all = 0;
    for (const SheetData::Person& p : d.people)
        all += p.hours;
    m_y += 30;
    text(kMargin, m_y, kContent, kLine,
         tr("%1 people, %2 sessions, %3 hours of attendance in all.")
             .arg(d.people.size())
             .arg(d.sessions.size())
             .arg(hours(all)),
         Qt::AlignLeft | Qt::AlignVCenter, 10, true);
    m_y += kLine;
    text(kMargin, m_y, kContent, kLine, tr("P present, A absent, E excused."),
         Qt::AlignLeft | Qt::AlignVCenter, 8);
}

// ---- certificates of attendance ------------------------------------------------------

bool SheetPainter::certificates(const SheetData& d, QDate issued)
{
    const auto people = d.certified();
    for (const SheetData::Person* p : people) {
        header(d, tr("Certificate of attendance"));
        m_y += 150;
        const qreal x = kMargin + 100, w = kContent - 200;
        text(x, m_y, w, 90, tr("This is to certify that"), Qt::AlignHCenter | Qt::AlignTop, 13);
        m_y += 150;
        text(x, m_y, w, 120, p->fullName, Qt::AlignHCenter | Qt::AlignTop, 20, true);
        m_y += 200;
        QString body = tr("attended the path “%1” (%2), from %3 to %4, for %5 hours out of %6 "
                          "planned (%7 of the sessions).")
                           .arg(d.path, d.pathType, date(d.start), date(d.end), hours(p->hours),
                                hours(d.plannedHours),
                                QLocale().toString(p->rate * 100, 'f', 0) + QLocale().percent());
        if (!d.project.isEmpty())
            body +=
                QStringLiteral("\n\n") + tr("The path is part of the project %1.").arg(d.project);
        if (!p->qualification.isEmpty())
            body += QStringLiteral("\n\n") + tr("Qualification gained: %1.").arg(p->qualification);
        text(x, m_y, w, 700, body, Qt::AlignHCenter | Qt::AlignTop, 13);
        m_y += 850;
        signatures(tr("%1, %2").arg(d.desk, date(issued)), d.trainer);
    }
    return !people.empty();
}

void SheetPainter::signatures(const QString& placeAndDate, const QString& trainer)
{
    const qreal half = kContent / 2;
    text(kMargin, m_y, half, kLine, placeAndDate, Qt::AlignLeft | Qt::AlignVCenter, 10);
    text(kMargin + half, m_y, half, kLine, tr("The trainer"), Qt::AlignHCenter | Qt::AlignVCenter,
         10);
    m_y += 2 * kLine;
    text(kMargin + half, m_y, half, kLine, trainer, Qt::AlignHCenter | Qt::AlignVCenter, 10);
    m_y += 2 * kLine;
    text(kMargin + half, m_y, half, kLine, QStringLiteral("____________________"),
         Qt::AlignHCenter | Qt::AlignVCenter, 10);
}

} // namespace percorsi
