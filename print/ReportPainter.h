#pragma once

#include <QCoreApplication>

#include "core/reports/Indicators.h"
#include "core/util/Result.h"
#include "print/Mirror.h"
#include "print/ReportNarrative.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace percorsi {

// The progress summary on A4: a cover with the project, funder and period and
// the key figures against their targets; the charts; the ESF+ table; the
// coordinator's narrative. Paints on a PDF writer or a printer alike.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    static bool paint(QPagedPaintDevice& device, const Indicators& in,
                      const ReportNarrative& narrative);
    static Status writePdf(QIODevice* out, const Indicators& in, const ReportNarrative& narrative);

private:
    ReportPainter(QPainter& painter, QPagedPaintDevice& device, const Indicators& in);

    void cover();
    void targets(double top);
    void charts();
    void esfTable();
    void narrative(const ReportNarrative& text);
    void newPage(const QString& heading);
    void footer();
    double paragraph(double y, const QString& heading, const QString& body);
    static QString decimal(double value);
    static QString percent(double share);
    QString count(double value) const;
    void setFont(int pixels, bool bold = false);
    void text(const QRectF& rect, int flags, const QString& text, QRectF* used = nullptr);
    void text(const QRectF& rect, const QString& text);

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    const Indicators& m_in;
    Mirror m_mirror;
    int m_page = 1;
};

} // namespace percorsi
