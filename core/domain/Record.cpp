#include "core/domain/Record.h"

#include <utility>

namespace percorsi {

namespace {
const QVariant kNull;
}

Record::Record(const EntityDef& def) : m_def(&def), m_values(def.fields.size()) {}

Record::Record(const EntityDef& def, std::vector<QVariant>&& values)
    : m_def(&def), m_values(std::move(values))
{
    Q_ASSERT(m_values.size() == def.fields.size());
    m_values.resize(def.fields.size());
}

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

void Record::set(int index, QVariant&& value)
{
    if (value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::Bool)
        set(index, std::as_const(value));
    else
        m_values[size_t(index)] = std::move(value);
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
    const int i = m_def->indexOf(field);
    Q_ASSERT_X(i >= 0, "Record::date", "unknown field");
    return i < 0 ? QDate() : date(i);
}

QDate Record::date(int index) const
{
    const QVariant& v = m_values[size_t(index)];
    if (v.typeId() == QMetaType::QString) {
        // The stored form, read without the general parser that rules would
        // otherwise run a few times a record; anything else is left to it.
        const QDate d = parseIsoDate(*static_cast<const QString*>(v.constData()));
        if (d.isValid())
            return d;
    }
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QDate parseIsoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    auto number = [&s](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

bool Record::isNull(QAnyStringView field) const
{
    const QVariant& v = value(field);
    return !v.isValid() || v.isNull();
}

} // namespace percorsi
