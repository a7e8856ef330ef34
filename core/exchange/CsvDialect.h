#pragma once

#include <vector>

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace percorsi {

// How the spreadsheet on the user's desk reads and writes CSV: where the
// decimal separator is a comma (Italian, Spanish, Catalan, Dutch, Swedish,
// French) Excel expects semicolons and recognises UTF-8 only with a BOM.
class CsvDialect
{
public:
    QChar separator = QLatin1Char(',');
    bool bom = false;

    static CsvDialect forLocale(const QLocale& locale);
    // A cell a spreadsheet would run as a formula gets a leading apostrophe.
    static QString neutralise(const QString& cell);
    // One record, quoted as RFC 4180 asks, ending in CRLF.
    QByteArray encodeRow(const QStringList& cells) const;

    // Reading: text from UTF-8 (with or without BOM) or, failing that, Windows-1252.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    // The separator of the header line: semicolon, comma or tab, whichever is most frequent.
    static QChar detectSeparator(const QString& text);
    // Records of RFC 4180 text (quotes, doubled quotes, line breaks in quotes).
    static std::vector<QStringList> parse(const QString& text, QChar separator);
};

} // namespace percorsi
