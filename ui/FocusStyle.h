#pragma once

#include <QProxyStyle>

namespace percorsi {

// Fusion with a focus frame that can be seen: two pixels in the highlight
// colour around the control or item that has the keyboard, so that people who
// work without a mouse always know where they are. With the high-contrast
// palette, fields, boxes and buttons get a light outline.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    FocusStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
};

} // namespace percorsi
