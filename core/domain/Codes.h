#pragma once

#include <span>

#include <QString>
#include <QAnyStringView>

namespace percorsi {

// The closed vocabularies of the domain (gender, permit types, path types …).
// Codes are stable identifiers stored in the database and in bundles; labels
// are English source strings, translated in the "Codes" context.
struct Code
{
    const char* code;
    const char* label;
};

namespace codes {

std::span<const Code> set(QAnyStringView setName);
bool contains(QAnyStringView setName, QAnyStringView code);
QString label(QAnyStringView setName, QAnyStringView code);
// Every code set name, for checks and documentation.
QStringList setNames();

// Member states of the European Union, by ISO 3166-1 alpha-2 code.
bool isEuCountry(QAnyStringView countryCode);

} // namespace codes
} // namespace percorsi
