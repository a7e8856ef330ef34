#include "core/exchange/PersonExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/domain/Codes.h"
#include "core/domain/Record.h"
#include "core/i18n/RegionNames.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Erasure.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonExport)
};

QJsonValue storedValue(RecordStore& store, const FieldDef& f, const QVariant& v)
{
    if (!v.isValid() || v.isNull()) return QJsonValue::Null;
    switch (f.type) {
    case FieldType::Ref: {
        auto target = store.get(*schema::find(QLatin1StringView(f.ref)), v.toLongLong());
        return target ? QJsonValue(target->uuid()) : QJsonValue::Null;
    }
    case FieldType::Bool:
        return v.toLongLong() != 0;
    case FieldType::Integer:
    case FieldType::Year:
        return v.toLongLong();
    case FieldType::Decimal:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QString names(const QString& codes, QString (*name)(const QString&))
{
    QStringList out;
    for (const QString& code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << name(code.trimmed());
    return out.join(QStringLiteral(", "));
}

// The words people read for a code, a country, a language, a list of codes or a reference; empty otherwise.
QString readableText(RecordStore& store, const FieldDef& f, const QVariant& v)
{
    if (!v.isValid() || v.isNull()) return {};
    if (f.type == FieldType::Code) return codes::label(QLatin1StringView(f.codes), v.toString());
    if (f.type == FieldType::CodeList) {
        QStringList labels;
        for (const QString& code : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << codes::label(QLatin1StringView(f.codes), code.trimmed());
        return labels.join(QStringLiteral(", "));
    }
    if (f.type == FieldType::Ref)
        return store.labelOf(*schema::find(QLatin1StringView(f.ref)), v.toLongLong());
    if (f.type == FieldType::Country || f.type == FieldType::CountryList)
        return names(v.toString(), &RegionNames::country);
    if (f.type == FieldType::LanguageList) return names(v.toString(), &RegionNames::language);
    return {};
}

} // namespace

PersonExport::PersonExport(Database& db, Labeller labeller)
    : m_db(db), m_label(labeller ? std::move(labeller) : Labeller(&PersonExport::humanize))
{}

QString PersonExport::humanize(QLatin1StringView field)
{
    QString text = QString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

Result<QJsonObject> PersonExport::build(qint64 personId)
{
    RecordStore store(m_db);
    auto refs = Erasure(m_db).subtree(schema::def(Entity::Person), personId);
    if (!refs) return refs.error();
    QJsonArray records;
    QJsonObject document;
    for (const Erasure::RecordRef& ref : *refs) {
        auto record = store.getByUuid(*schema::find(ref.entity), ref.uuid);
        if (!record) return record.error();
        if (records.isEmpty()) {
            document.insert(QStringLiteral("uuid"), record->uuid());
            document.insert(QStringLiteral("case_number"), record->text("case_number"));
        }
        records.append(recordJson(store, *record));
    }
    document.insert(QStringLiteral("format"), QStringLiteral("percorsi-person-export"));
    document.insert(QStringLiteral("version"), kVersion);
    document.insert(QStringLiteral("exported_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    document.insert(QStringLiteral("records"), records);
    return document;
}

QJsonObject PersonExport::recordJson(RecordStore& store, const Record& record)
{
    QJsonObject json;
    json.insert(QStringLiteral("entity"), QLatin1StringView(record.def().name));
    json.insert(QStringLiteral("entity_label"), record.def().displayName());
    json.insert(QStringLiteral("uuid"), record.uuid());
    QJsonArray fields;
    for (int i = 0; i < record.size(); ++i)
        fields.append(fieldJson(store, record.def().fields[size_t(i)], record.value(i)));
    json.insert(QStringLiteral("fields"), fields);
    return json;
}

QJsonObject PersonExport::fieldJson(RecordStore& store, const FieldDef& f, const QVariant& v)
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), QLatin1StringView(f.name));
    json.insert(QStringLiteral("label"), m_label(QLatin1StringView(f.name)));
    json.insert(QStringLiteral("value"), storedValue(store, f, v));
    const QString text = readableText(store, f, v);
    if (!text.isEmpty()) json.insert(QStringLiteral("text"), text);
    return json;
}

Status PersonExport::writeJson(const QJsonObject& document, QIODevice* out)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (out->write(bytes) != bytes.size())
        return Error::io(Tr::tr("Cannot write the export: %1").arg(out->errorString()));
    return {};
}

Status PersonExport::exportTo(qint64 personId, const QString& path, const QString& actor)
{
    auto document = build(personId);
    if (!document) return document.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (Status st = writeJson(*document, &file); !st.ok()) return st;
    if (!file.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return audit(*document, actor, QStringLiteral("json"));
}

Status PersonExport::audit(const QJsonObject& document, const QString& actor, const QString& format)
{
    return AuditLog(m_db).append(actor, QStringLiteral("export"), QStringLiteral("person"),
                                 document.value(QStringLiteral("uuid")).toString(), format);
}

} // namespace percorsi
