#include "core/exchange/CsvDialect.h"

#include <QStringDecoder>

namespace percorsi {

namespace {

// Windows-1252 is Latin-1 but for 0x80-0x9F, where it has € ‚ ƒ „ … and the like.
QString decodeWindows1252(const QByteArray& bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text = QString::fromLatin1(bytes);
    for (QChar& c : text)
        if (c.unicode() >= 0x80 && c.unicode() < 0xA0) c = QChar(high[c.unicode() - 0x80]);
    return text;
}

} // namespace

CsvDialect CsvDialect::forLocale(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Italian:
    case QLocale::Spanish:
    case QLocale::Catalan:
    case QLocale::Dutch:
    case QLocale::Swedish:
    case QLocale::French:
        return {QLatin1Char(';'), true};
    default:
        return {QLatin1Char(','), false};
    }
}

QString CsvDialect::neutralise(const QString& cell)
{
    if (cell.isEmpty()) return cell;
    static const QString risky = QStringLiteral("=+-@\t\r");
    return risky.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

QByteArray CsvDialect::encodeRow(const QStringList& cells) const
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& raw : cells) {
        QString cell = neutralise(raw);
        if (cell.contains(separator) || cell.contains(QLatin1Char('"')) ||
            cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
            cell.replace(QLatin1String("\""), QLatin1String("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        out << cell;
    }
    return out.join(separator).toUtf8() + "\r\n";
}

QString CsvDialect::decode(const QByteArray& bytes, QString* encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding) *encoding = QStringLiteral("UTF-8");
        if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
        return text;
    }
    if (encoding) *encoding = QStringLiteral("Windows-1252");
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid()) return cp1252.decode(bytes);
    return decodeWindows1252(bytes); // Qt without ICU knows no Windows code pages
}

QChar CsvDialect::detectSeparator(const QString& text)
{
    const QStringView firstLine = QStringView(text).left(text.indexOf(QLatin1Char('\n')));
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar c : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
        const qsizetype n = firstLine.count(c);
        if (n > bestCount) {
            best = c;
            bestCount = n;
        }
    }
    return best;
}

std::vector<QStringList> CsvDialect::parse(const QString& text, QChar separator)
{
    std::vector<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    auto endRecord = [&] {
        record << cell;
        cell.clear();
        if (!(record.size() == 1 && record.first().isEmpty())) records.push_back(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            record << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty()) endRecord();
    return records;
}

} // namespace percorsi
