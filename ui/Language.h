#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace percorsi {

// The languages of the user interface and the one in use. A choice made in
// Settings is saved; --lang applies for the session only. Choosing a language
// loads its translations, its locale and its layout direction at once (right to
// left for Arabic); open windows retranslate on QEvent::LanguageChange.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static const QStringList& codes();
    static bool isSupported(const QString& code);
    // The language's name in itself ("Italiano", "العربية").
    static QString nativeName(const QString& code);
    static Qt::LayoutDirection direction(const QString& code);

    // The session's language, else the saved one, else the system's.
    static QString current();
    static QString saved();
    // The system locale's language when Percorsi speaks it, else English.
    static QString system();
    // For this session only (--lang): applied, not saved.
    static void useForSession(const QString& code);
    // Saved in the settings and applied.
    static void choose(const QString& code);
    static void apply(const QString& code);
};

} // namespace percorsi
