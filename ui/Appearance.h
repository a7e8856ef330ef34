#pragma once

#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QString>

namespace percorsi {

// How the application looks to people who need more: a focus frame that can
// be seen always, and a high-contrast palette (white on black, yellow
// selection) chosen in Settings, saved and applied at once.
class Appearance
{
public:
    // At start: the style with the visible focus, and the saved palette.
    static void apply();
    static bool highContrast();
    static void chooseHighContrast(bool on);
    static QPalette highContrastPalette();
    // One of the line icons under :/percorsi/icons, in a colour the palette shows.
    static QIcon icon(const QString& name);

private:
    static void applyPalette(bool highContrast);
    static QPixmap tinted(QByteArray svg, const QColor& colour, int size);
};

} // namespace percorsi
