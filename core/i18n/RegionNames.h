#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace percorsi {

// The names of countries (ISO 3166-1 alpha-2) and languages (ISO 639 alpha-2
// or alpha-3) in the language of the default QLocale, from the iso-codes
// tables embedded at build time. A code without a name comes back as itself.
class RegionNames
{
public:
    static QString country(const QString& code);
    static QString language(const QString& code);
    // Every country as (code, name), sorted by name in the default locale.
    static QList<QPair<QString, QString>> countries();
    // The language code whose names are used: the default locale's when
    // Percorsi has names for it, otherwise "en".
    static QString nameLanguage();
};

} // namespace percorsi
