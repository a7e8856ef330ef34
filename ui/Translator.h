#pragma once

#include <QString>

class QTranslator;

namespace percorsi {

// Installs the translations of one language into the application: Percorsi's
// own (embedded under :/percorsi/i18n) and Qt's (qtbase, from Qt's translations
// directory), and makes that language's locale the default for dates, numbers
// and month names. Installing sends QEvent::LanguageChange to every widget.
class Translator
{
public:
    // False when Percorsi has no translation for `code` (English needs none).
    static bool load(const QString& code);
    // The file name of the embedded translation of `code`.
    static QString resourcePath(const QString& code);

private:
    static void replace(QTranslator*& slot, QTranslator* next);
};

} // namespace percorsi
