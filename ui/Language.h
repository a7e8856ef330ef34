#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace percorsi {

// The languages of the user interface and the one in use. A choice made in
// Settings is saved; --lang applies for the session only. Choosing a language
// sets the layout direction at once (right to left for Arabic); loading the
// translations will join here.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static const QStringList& codes();
    static bool isSupported(const QString& code);
    // The language's name in itself ("Italiano", "العربية").
    static QString nativeName(const QString& code);
    static Qt::LayoutDirection direction(const QString& code);

    // The session's language, else the saved one, else English.
    static QString current();
    static QString saved();
    // For this session only (--lang): applied, not saved.
    static void useForSession(const QString& code);
    // Saved in the settings and applied.
    static void choose(const QString& code);
    static void apply(const QString& code);
};

} // namespace percorsi
