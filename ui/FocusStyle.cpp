#include "ui/FocusStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace percorsi {

namespace {

// Light text on a dark window: the high-contrast palette, where Fusion's
// outlines (a darker shade of the window) would vanish into the black.
bool needsOutline(const QStyleOption* option)
{
    const QPalette& p = option->palette;
    return p.color(QPalette::Window).lightness() < 60 &&
           p.color(QPalette::WindowText).lightness() > 200;
}

void outline(QPainter* painter, const QStyleOption* option, bool round = false)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2, 2);
    painter->restore();
}

} // namespace

// Fusion everywhere: the same look on every desktop, and one that honours the
// application palette (which the high-contrast choice relies on).
FocusStyle::FocusStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                               QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameFocusRect) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 2, 2);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!needsOutline(option)) return;
    if (element == PE_IndicatorCheckBox || element == PE_FrameLineEdit ||
        element == PE_PanelButtonCommand)
        outline(painter, option);
    else if (element == PE_IndicatorRadioButton)
        outline(painter, option, true);
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox) && needsOutline(option))
        outline(painter, option);
}

} // namespace percorsi
