#include "ui/Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

#include "ui/FocusStyle.h"

namespace percorsi {

namespace {

const QString kSettingsKey = QStringLiteral("ui/highContrast");

void set(QPalette& palette, QPalette::ColorRole role, const QColor& normal, const QColor& disabled)
{
    palette.setColor(QPalette::Active, role, normal);
    palette.setColor(QPalette::Inactive, role, normal);
    palette.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

void Appearance::apply()
{
    if (!qobject_cast<FocusStyle*>(QApplication::style())) QApplication::setStyle(new FocusStyle);
    applyPalette(highContrast());
}

bool Appearance::highContrast()
{
    return QSettings().value(kSettingsKey, false).toBool();
}

void Appearance::chooseHighContrast(bool on)
{
    QSettings().setValue(kSettingsKey, on);
    applyPalette(on);
}

// Text and frames at least 7:1 against their background (WCAG AAA).
QPalette Appearance::highContrastPalette()
{
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xeb, 0x3b),
        grey(0xb0, 0xb0, 0xb0);
    QPalette p(white, black);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase})
        set(p, role, black, black);
    set(p, QPalette::AlternateBase, QColor(0x1e, 0x1e, 0x1e), black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                      QPalette::ToolTipText, QPalette::BrightText})
        set(p, role, white, grey);
    for (auto role :
         {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        set(p, role, white, grey);
    set(p, QPalette::Highlight, yellow, grey);
    set(p, QPalette::HighlightedText, black, black);
    set(p, QPalette::PlaceholderText, grey, grey);
    set(p, QPalette::Link, QColor(0x80, 0xd8, 0xff), grey);
    set(p, QPalette::LinkVisited, QColor(0xe1, 0xbe, 0xe7), grey);
    return p;
}

void Appearance::applyPalette(bool highContrast)
{
    QApplication::setPalette(highContrast ? highContrastPalette()
                                          : QApplication::style()->standardPalette());
}

} // namespace percorsi
