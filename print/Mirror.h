#pragma once

#include <QRectF>

namespace percorsi {

// Right-to-left pages are laid out as the mirror image of left-to-right ones:
// a rectangle at the left of its frame moves to the right, text aligned left
// aligns right. Text itself is not mirrored, only where it goes.
struct Mirror
{
    bool rightToLeft = false;
    double frameLeft = 0, frameRight = 0;

    QRectF place(const QRectF& r) const
    {
        if (!rightToLeft) return r;
        return QRectF(frameLeft + frameRight - r.right(), r.top(), r.width(), r.height());
    }
    double x(double at) const { return rightToLeft ? frameLeft + frameRight - at : at; }
    // Left becomes right and right left; text without a horizontal alignment
    // starts where the reading starts. Absolute, so that a right-to-left
    // painter does not swap them back.
    int align(int flags) const
    {
        if (!rightToLeft) return flags | Qt::AlignAbsolute;
        const int horizontal = flags & Qt::AlignHorizontal_Mask;
        flags &= ~int(Qt::AlignHorizontal_Mask);
        if (horizontal & Qt::AlignHCenter) return flags | Qt::AlignHCenter;
        return flags | Qt::AlignAbsolute
               | ((horizontal & Qt::AlignRight) ? Qt::AlignLeft : Qt::AlignRight);
    }
};

} // namespace percorsi
