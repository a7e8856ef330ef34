#include "core/i18n/RegionNames.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>

#include <algorithm>

namespace percorsi {

namespace {

using Names = QHash<QString, QString>;

struct Table
{
    QString language;
    Names countries, languages;
};

// Read once per language: the whole file is a few hundred kilobytes, one
// language's part a tenth of that.
const QJsonObject& everyLanguage()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(":/percorsi/i18n/region_names.json"));
        if (!file.open(QIODevice::ReadOnly)) return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return all;
}

Names toNames(const QJsonObject& object)
{
    Names names;
    names.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        names.insert(it.key(), it.value().toString());
    return names;
}

// A copy (cheap: the hashes are shared) so that a thread may switch the
// language while another reads names.
Table table()
{
    static QMutex mutex;
    static Table current;
    const QString language = RegionNames::nameLanguage();
    QMutexLocker lock(&mutex);
    if (current.language != language) {
        const QJsonObject part = everyLanguage().value(language).toObject();
        current = {language, toNames(part.value(QLatin1String("countries")).toObject()),
                   toNames(part.value(QLatin1String("languages")).toObject())};
    }
    return current;
}

} // namespace

QString RegionNames::nameLanguage()
{
    const QString code = QLocale::languageToCode(QLocale().language(), QLocale::ISO639Part1);
    return everyLanguage().contains(code) ? code : QStringLiteral("en");
}

QString RegionNames::country(const QString& code)
{
    return table().countries.value(code.toUpper(), code);
}

QString RegionNames::language(const QString& code)
{
    return table().languages.value(code.toLower(), code);
}

QList<QPair<QString, QString>> RegionNames::countries()
{
    const Names names = table().countries;
    QList<QPair<QString, QString>> out;
    out.reserve(names.size());
    for (auto it = names.begin(); it != names.end(); ++it)
        out.append({it.key(), it.value()});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
    return out;
}

} // namespace percorsi
