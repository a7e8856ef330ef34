#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QRectF>

class QPainter;
class QPagedPaintDevice;

namespace percorsi {

struct SheetData;

// Paints the attendance documents on A4 pages (a PDF writer or a printer):
// the sign-in sheet of a session, the summary register of a path and the
// certificates of attendance. Lengths are in tenths of a millimetre; the
// layout mirrors in a right-to-left language.
class SheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(SheetPainter)

public:
    SheetPainter(QPainter& painter, QPagedPaintDevice& device);

    void signInSheet(const SheetData& data, int session);
    void summaryRegister(const SheetData& data);
    // One page per person whose attendance reaches the threshold; false when nobody does.
    bool certificates(const SheetData& data, QDate issued);

    static constexpr qreal kWidth = 2100, kHeight = 2970, kMargin = 150;

private:
    void header(const SheetData& data, const QString& title);
    void line(const QString& label, const QString& value);
    void text(qreal x, qreal y, qreal w, qreal h, const QString& s, int align, int size,
              bool bold = false);
    void rect(qreal x, qreal y, qreal w, qreal h, bool shaded = false);
    void newPage();
    void signatures(const QString& placeAndDate, const QString& trainer);
    void signInTableHead(qreal y);
    struct Span
    {
        int first, last; // [first, last)
    };
    void summaryPage(const SheetData& data, Span sessions, Span people);
    QFont font(int points, bool bold) const;
    QRectF box(qreal x, qreal y, qreal w, qreal h) const;

    QPainter& m_p;
    QPagedPaintDevice& m_device;
    bool m_rtl;
    qreal m_y = kMargin;
    bool m_fresh = true;
};

} // namespace percorsi
