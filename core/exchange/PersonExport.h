#pragma once

#include <functional>

#include <QJsonObject>
#include <QString>

#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

class Database;
class Record;
class RecordStore;
struct FieldDef;

// Everything Percorsi holds about one person (GDPR Art. 15 and 20) as one
// JSON document: her record and every record of hers, each field with its
// name, its label, its value and, for codes and references, the words people
// read. Front ends render it (JSON file, printed document).
class PersonExport
{
public:
    static constexpr int kVersion = 1;
    // The human label of a field by its schema name; the default turns
    // "birth_date" into "Birth date".
    using Labeller = std::function<QString(QLatin1StringView field)>;

    explicit PersonExport(Database& db, Labeller labeller = {});

    Result<QJsonObject> build(qint64 personId);
    // Writes the document as indented UTF-8 JSON.
    static Status writeJson(const QJsonObject& document, QIODevice* out);
    // Builds, writes to `path` (atomically) and audits the export under `actor`.
    Status exportTo(qint64 personId, const QString& path, const QString& actor);
    // Audits an export of her data under `actor`, in `format`.
    Status audit(const QJsonObject& document, const QString& actor, const QString& format);
    static QString humanize(QLatin1StringView field);

private:
    QJsonObject recordJson(RecordStore& store, const Record& record);
    QJsonObject fieldJson(RecordStore& store, const FieldDef& field, const QVariant& value);

    Database& m_db;
    Labeller m_label;
};

} // namespace percorsi
