#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace percorsi {

// Installs the translations of one language into the application: Percorsi's
// own (embedded under :/percorsi/i18n) and Qt's (qtbase, from Qt's translations
// directory), and makes that language's locale the default for dates, numbers
// and month names. Installing sends QEvent::LanguageChange to every widget.
// Core holds it so that the command line speaks the same languages as the GUI.
class Translator
{
public:
    // The languages Percorsi speaks, English (the source) first.
    static const QStringList& codes();
    static bool isAvailable(const QString& code);
    // The system locale's language (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) when
    // Percorsi speaks it, else English.
    static QString systemCode();
    // False when Percorsi has no translation for `code` (English needs none).
    static bool load(const QString& code);
    // The file name of the embedded translation of `code`.
    static QString resourcePath(const QString& code);

private:
    static void replace(QTranslator*& slot, QTranslator* next);
};

} // namespace percorsi
