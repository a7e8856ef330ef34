#pragma once

#include <vector>

#include <QDate>
#include <QString>
#include <QVariant>

#include "core/domain/Schema.h"

namespace percorsi {

// One record of any entity: identity plus one value per field of its
// EntityDef, in the field order of the definition. Values are held in their
// stored form (text, integer, real) or null; see FieldType.
class Record
{
public:
    explicit Record(const EntityDef& def);
    explicit Record(Entity entity) : Record(schema::def(entity)) {}
    // With the values already in their stored form, one for each field.
    Record(const EntityDef& def, std::vector<QVariant>&& values);

    const EntityDef& def() const { return *m_def; }
    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    const QString& uuid() const { return m_uuid; }
    void setUuid(const QString& uuid) { m_uuid = uuid; }
    // Exchanges the record's uuid with `uuid`, copying neither.
    void swapUuid(QString& uuid) { m_uuid.swap(uuid); }
    qint64 deskId() const { return m_deskId; }
    void setDeskId(qint64 deskId) { m_deskId = deskId; }

    int size() const { return int(m_values.size()); }
    const QVariant& value(int index) const { return m_values[size_t(index)]; }
    const QVariant& value(QAnyStringView field) const;
    void set(int index, const QVariant& value);
    void set(int index, QVariant&& value);
    // Sets a field by name; a name the entity does not have is a programming error.
    void set(QAnyStringView field, const QVariant& value);
    Record& with(QAnyStringView field, const QVariant& value);

    QString text(QAnyStringView field) const { return value(field).toString(); }
    qint64 integer(QAnyStringView field) const { return value(field).toLongLong(); }
    QDate date(QAnyStringView field) const;
    QDate date(int index) const;
    bool isNull(QAnyStringView field) const;
    // The values, moved out: the record is left without any.
    std::vector<QVariant> takeValues() { return std::move(m_values); }

private:
    const EntityDef* m_def;
    qint64 m_id = 0;
    QString m_uuid;
    qint64 m_deskId = 0;
    std::vector<QVariant> m_values;
};

// YYYY-MM-DD by hand, or an invalid date: QDate::fromString goes through a
// general parser that costs more than the rest of a record's validation.
QDate parseIsoDate(QStringView text);

} // namespace percorsi
