#include "ui/format/FieldFormatter.h"

#include <QLocale>
#include <QStringList>

#include "core/domain/Codes.h"
#include "core/domain/Record.h"
#include "core/i18n/RegionNames.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

FieldFormatter::FieldFormatter(RecordStore& store) : m_store(store) {}

QString FieldFormatter::display(const FieldDef& field, const QVariant& value)
{
    if (value.isNull()) return {};
    const QString text = value.toString();
    switch (field.type) {
    case FieldType::Integer:
        return number(value.toLongLong());
    case FieldType::Year:
        return year(value.toInt());
    case FieldType::Decimal:
        return QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case FieldType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::Date:
        return date(QDate::fromString(text, Qt::ISODate));
    case FieldType::Code:
        return codes::label(QLatin1StringView(field.codes), text);
    case FieldType::CodeList:
        return codeList(field.codes, text);
    case FieldType::Ref:
        return refLabel(field.ref, value.toLongLong());
    case FieldType::Country:
        return country(text);
    case FieldType::CountryList:
        return mapList(text, &FieldFormatter::country);
    case FieldType::LanguageList:
        return mapList(text, &FieldFormatter::language);
    case FieldType::LongText:
        return text.simplified();
    default:
        return text;
    }
}

QString FieldFormatter::display(const Record& record, const char* field)
{
    const FieldDef* def = record.def().field(QLatin1StringView(field));
    Q_ASSERT(def);
    return def ? display(*def, record.value(QLatin1StringView(field))) : QString();
}

QString FieldFormatter::refLabel(const char* entity, qint64 id)
{
    const EntityDef* def = schema::find(QLatin1StringView(entity));
    if (!def || id == 0) return {};
    const auto key = qMakePair(def, id);
    auto it = m_labels.constFind(key);
    if (it == m_labels.constEnd()) it = m_labels.insert(key, lookUp(*def, id));
    return *it;
}

QString FieldFormatter::deskLabel(qint64 deskId)
{
    return refLabel("desk", deskId);
}

// A person is named by given and family name; other records by their label field.
QString FieldFormatter::lookUp(const EntityDef& def, qint64 id)
{
    if (&def != &schema::def(Entity::Person)) return m_store.labelOf(def, id);
    auto person = m_store.get(def, id);
    if (!person) return {};
    return tr("%1 %2", "given name, family name")
        .arg(person->text("given_name"), person->text("family_name"));
}

bool FieldFormatter::isNumeric(const FieldDef& field)
{
    return field.type == FieldType::Integer || field.type == FieldType::Decimal;
}

// The locale's short format, but with four-digit years: birth dates span a century.
QString FieldFormatter::date(const QDate& date)
{
    if (!date.isValid()) return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString FieldFormatter::number(qint64 value)
{
    return QLocale().toString(value);
}

// In the locale's digits (Arabic-Indic in Arabic), never grouped like 1.985.
QString FieldFormatter::year(int value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

// In the interface's language from iso-codes; Qt's English names for the few
// codes iso-codes does not list.
QString FieldFormatter::country(const QString& code)
{
    const QString name = RegionNames::country(code);
    if (name != code) return name;
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString FieldFormatter::language(const QString& code)
{
    const QString name = RegionNames::language(code);
    if (name != code) return name;
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

QString FieldFormatter::mapList(const QString& list, QString (*map)(const QString&))
{
    QStringList out;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << map(item.trimmed());
    return out.join(QLatin1String(", "));
}

QString FieldFormatter::codeList(const char* set, const QString& list)
{
    QStringList out;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << codes::label(QLatin1StringView(set), item.trimmed());
    return out.join(QLatin1String(", "));
}

} // namespace percorsi
