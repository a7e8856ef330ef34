#include "ui/Appearance.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>
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

// The line icons are drawn in one dark colour; on the high-contrast palette they
// take the text colour instead, so that they stay visible on black.
QIcon Appearance::icon(const QString& name)
{
    const QString path = QStringLiteral(":/percorsi/icons/%1.svg").arg(name);
    QFile file(path);
    if (!highContrast() || !file.open(QIODevice::ReadOnly)) return QIcon(path);
    const QByteArray svg = file.readAll();
    const QPalette palette = QApplication::palette();
    QIcon icon;
    for (int size : {20, 30, 40}) {
        icon.addPixmap(tinted(svg, palette.color(QPalette::WindowText), size));
        icon.addPixmap(tinted(svg, palette.color(QPalette::HighlightedText), size),
                       QIcon::Selected);
    }
    return icon;
}

QPixmap Appearance::tinted(QByteArray svg, const QColor& colour, int size)
{
    svg.replace("#37474f", colour.name().toLatin1());
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    return QPixmap::fromImage(reader.read());
}

void Appearance::applyPalette(bool highContrast)
{
    QApplication::setPalette(highContrast ? highContrastPalette()
                                          : QApplication::style()->standardPalette());
}

} // namespace percorsi
