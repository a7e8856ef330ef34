#include "ui/Language.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

#include "core/i18n/Translator.h"

namespace percorsi {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

QString& sessionLanguage()
{
    static QString code;
    return code;
}

} // namespace

const QStringList& Language::codes()
{
    return Translator::codes();
}

bool Language::isSupported(const QString& code)
{
    return Translator::isAvailable(code);
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("en")) return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    return name;
}

Qt::LayoutDirection Language::direction(const QString& code)
{
    return QLocale(code).textDirection();
}

QString Language::current()
{
    if (!sessionLanguage().isEmpty()) return sessionLanguage();
    return saved();
}

QString Language::saved()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return isSupported(code) ? code : system();
}

QString Language::system()
{
    return Translator::systemCode();
}

void Language::useForSession(const QString& code)
{
    sessionLanguage() = code;
    apply(code);
}

void Language::choose(const QString& code)
{
    QSettings().setValue(kSettingsKey, code);
    sessionLanguage() = code;
    apply(code);
}

void Language::apply(const QString& code)
{
    Translator::load(code);
    QGuiApplication::setLayoutDirection(direction(code));
}

} // namespace percorsi
