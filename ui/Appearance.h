#pragma once

#include <QPalette>

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

private:
    static void applyPalette(bool highContrast);
};

} // namespace percorsi
