#include "core/domain/Validator.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include "core/domain/Codes.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

constexpr int kTextDefault = 200;
constexpr int kLongTextDefault = 20000;

bool isNullish(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    return false;
}

QString controlCharacterProblem(const QString& s, bool multiline)
{
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (multiline && (u == '\n' || u == '\t'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return Tr::tr("contains a control character (U+%1)")
                .arg(QString::number(u, 16).rightJustified(4, QLatin1Char('0')).toUpper());
    }
    return {};
}

QVariant normalizeText(const FieldDef& f, const QString& raw, QString* problem)
{
    const bool multi = f.type == FieldType::LongText;
    QString s = raw;
    if (multi)
        s.remove(QLatin1Char('\r'));
    s = s.trimmed().normalized(QString::NormalizationForm_C);
    if (QString p = controlCharacterProblem(s, multi); !p.isEmpty()) {
        *problem = p;
        return {};
    }
    const int max = f.maxLength ? f.maxLength : (multi ? kLongTextDefault : kTextDefault);
    if (s.size() > max) {
        *problem = Tr::tr("is longer than %1 characters").arg(max);
        return {};
    }
    return s;
}

QVariant normalizeNumber(const FieldDef& f, const QVariant& v, QString* problem)
{
    const bool whole = f.type != FieldType::Decimal;
    double number = 0;
    bool ok = false;
    if (v.typeId() == QMetaType::QString) {
        QString s = v.toString().trimmed();
        if (!whole)
            s.replace(QLatin1Char(','), QLatin1Char('.'));
        number = s.toDouble(&ok);
    } else {
        number = v.toDouble(&ok);
    }
    if (!ok || !std::isfinite(number) || (whole && number != std::floor(number))) {
        *problem = whole ? Tr::tr("'%1' is not a whole number").arg(v.toString())
                         : Tr::tr("'%1' is not a number").arg(v.toString());
        return {};
    }
    double min = f.min, max = f.max;
    if (f.type == FieldType::Year) {
        min = 1900;
        max = 2100;
    }
    if (min != max && (number < min || number > max)) {
        *problem = Tr::tr("%1 is outside the range %2 to %3").arg(v.toString()).arg(min).arg(max);
        return {};
    }
    if (whole)
        return qint64(number);
    return number;
}

QVariant normalizeBool(const QVariant& v, QString* problem)
{
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes"))
        return qint64(1);
    if (s == QLatin1String("0") || s == QLatin1String("false") || s == QLatin1String("no"))
        return qint64(0);
    *problem = Tr::tr("'%1' is not yes or no").arg(v.toString());
    return {};
}

QVariant normalizeDate(const QVariant& v, QString* problem)
{
    const QString s = v.toString().trimmed();
    const QDate d = parseIsoDate(s);
    if (!d.isValid() || d.year() < 1900 || d.year() > 2100) {
        *problem = Tr::tr("'%1' is not a valid date (use YYYY-MM-DD)").arg(s);
        return {};
    }
    return s; // parseIsoDate() takes only YYYY-MM-DD: what QDate::toString(Qt::ISODate) would write
}

QVariant normalizeTime(const QVariant& v, QString* problem)
{
    const QString s = v.toString().trimmed();
    const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
    if (!t.isValid()) {
        *problem = Tr::tr("'%1' is not a valid time (use HH:MM)").arg(s);
        return {};
    }
    return t.toString(QStringLiteral("HH:mm"));
}

QStringList splitList(const QString& s)
{
    QStringList items;
    for (const QString& part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !items.contains(t))
            items << t;
    }
    return items;
}

QVariant normalizeCodes(const FieldDef& f, const QVariant& v, QString* problem)
{
    const QLatin1StringView setName(f.codes);
    if (f.type == FieldType::Code) { // one code: its text as it is, when known
        const QString item = v.toString().trimmed();
        if (codes::contains(setName, item))
            return item;
    }
    const QStringList items = f.type == FieldType::Code ? QStringList{v.toString().trimmed()}
                                                        : splitList(v.toString());
    for (const QString& item : items) {
        if (!codes::contains(setName, item)) {
            QStringList known;
            for (const Code& c : codes::set(setName))
                known << QLatin1StringView(c.code);
            *problem = Tr::tr("'%1' is not a known value (expected one of: %2)")
                           .arg(item, known.join(QStringLiteral(", ")));
            return {};
        }
    }
    return items.join(QLatin1Char(','));
}

QVariant normalizeCountries(const FieldDef& f, const QVariant& v, QString* problem)
{
    const QStringList items = f.type == FieldType::Country
                                  ? QStringList{v.toString().trimmed()}
                                  : splitList(v.toString());
    QStringList out;
    for (const QString& item : items) {
        const QString upper = item.toUpper();
        if (upper.size() != 2 || QLocale::codeToTerritory(upper) == QLocale::AnyTerritory) {
            *problem = Tr::tr("'%1' is not an ISO 3166 country code (such as IT, MA or UA)")
                           .arg(item);
            return {};
        }
        out << upper;
    }
    return out.join(QLatin1Char(','));
}

QVariant normalizeLanguages(const QVariant& v, QString* problem)
{
    QStringList out;
    for (const QString& item : splitList(v.toString())) {
        const QString lower = item.toLower();
        if (lower.size() < 2 || lower.size() > 3
            || QLocale::codeToLanguage(lower) == QLocale::AnyLanguage) {
            *problem = Tr::tr("'%1' is not an ISO 639 language code (such as it, ar or ti)")
                           .arg(item);
            return {};
        }
        out << lower;
    }
    return out.join(QLatin1Char(','));
}

QVariant normalizePhone(const QVariant& v, QString* problem)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    const QString s = v.toString().simplified();
    int digits = 0;
    for (QChar c : s)
        digits += c.isDigit() ? 1 : 0;
    if (!allowed.match(s).hasMatch() || digits < 6 || digits > 15) {
        *problem = Tr::tr("'%1' is not a phone number (6 to 15 digits, optionally a leading +)")
                       .arg(s);
        return {};
    }
    return s;
}

QVariant normalizeEmail(const QVariant& v, QString* problem)
{
    static const QRegularExpression email(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString s = v.toString().trimmed();
    if (s.size() > 254 || !email.match(s).hasMatch()) {
        *problem = Tr::tr("'%1' is not an e-mail address").arg(s);
        return {};
    }
    return s;
}

} // namespace

QString Validator::fieldLabel(const FieldDef& field)
{
    QString label = QLatin1StringView(field.name);
    if (label.endsWith(QLatin1String("_id")))
        label.chop(3);
    return label.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QVariant Validator::normalizeValue(const FieldDef& f, const QVariant& v, QString* problem)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return normalizeText(f, v.toString(), problem);
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Year:
    case FieldType::Ref:
        return normalizeNumber(f, v, problem);
    case FieldType::Bool:
        return normalizeBool(v, problem);
    case FieldType::Date:
        return normalizeDate(v, problem);
    case FieldType::Time:
        return normalizeTime(v, problem);
    case FieldType::Code:
    case FieldType::CodeList:
        return normalizeCodes(f, v, problem);
    case FieldType::Country:
    case FieldType::CountryList:
        return normalizeCountries(f, v, problem);
    case FieldType::LanguageList:
        return normalizeLanguages(v, problem);
    case FieldType::Phone:
        return normalizePhone(v, problem);
    case FieldType::Email:
        return normalizeEmail(v, problem);
    }
    return v;
}

QVariant Validator::normalizeField(const FieldDef& f, const QVariant& value, QString* message)
{
    QVariant raw = value;
    if (isNullish(raw) && f.defaultValue)
        raw = QString::fromLatin1(f.defaultValue);
    if (isNullish(raw)) {
        if (f.required && !f.derived)
            *message = Tr::tr("%1 is required").arg(fieldLabel(f));
        return {};
    }
    QString problem;
    QVariant normalized = normalizeValue(f, raw, &problem);
    if (!problem.isEmpty()) {
        *message = QStringLiteral("%1: %2").arg(fieldLabel(f), problem);
        return {};
    }
    return normalized;
}

void Validator::normalize(Record& record, Error& error, Prepared* prepared)
{
    const EntityDef& def = record.def();
    for (int i = 0; i < record.size(); ++i) {
        const FieldDef& f = def.fields[size_t(i)];
        QString message;
        if (prepared && prepared->has(i)) {
            message = std::move(prepared->messages[size_t(i)]);
            if (size_t(i) < prepared->values.size())
                record.set(i, std::move(prepared->values[size_t(i)]));
        } else {
            const QVariant normalized = normalizeField(f, record.value(i), &message);
            // A faulty value stays as it was given; a missing one is cleared.
            if (message.isEmpty() || isNullish(record.value(i)))
                record.set(i, normalized);
        }
        if (!message.isEmpty())
            error.addField(QLatin1StringView(f.name), message);
    }
}

} // namespace percorsi
