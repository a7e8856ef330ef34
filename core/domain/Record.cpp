#include "core/domain/Record.h"

namespace percorsi {

namespace {
const QVariant kNull;
}

Record::Record(const EntityDef& def) : m_def(&def), m_values(def.fields.size()) {}

const QVariant& Record::value(QAnyStringView field) const
{
    const int i = m_def->indexOf(field);
    Q_ASSERT_X(i >= 0, "Record::value", "unknown field");
    return i < 0 ? kNull : m_values[size_t(i)];
}

void Record::set(int index, const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate)
        m_values[size_t(index)] = value.toDate().toString(Qt::ISODate);
    else if (value.typeId() == QMetaType::Bool)
        m_values[size_t(index)] = qint64(value.toBool() ? 1 : 0);
    else
        m_values[size_t(index)] = value;
}

void Record::set(QAnyStringView field, const QVariant& value)
{
    const int i = m_def->indexOf(field);
    Q_ASSERT_X(i >= 0, "Record::set", "unknown field");
    if (i >= 0)
        set(i, value);
}

Record& Record::with(QAnyStringView field, const QVariant& value)
{
    set(field, value);
    return *this;
}

QDate Record::date(QAnyStringView field) const
{
    return QDate::fromString(value(field).toString(), Qt::ISODate);
}

bool Record::isNull(QAnyStringView field) const
{
    const QVariant& v = value(field);
    return !v.isValid() || v.isNull();
}

} // namespace percorsi
