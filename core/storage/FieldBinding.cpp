#include "core/storage/FieldBinding.h"

#include <QStringEncoder>

#include "core/storage/Statement.h"

namespace percorsi::fieldbinding {

bool isIntegerType(FieldType t)
{
    return t == FieldType::Integer || t == FieldType::Bool || t == FieldType::Year
           || t == FieldType::Ref;
}

void bind(Statement& st, int index, const FieldDef& f, const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        st.bindNull(index);
    else if (isIntegerType(f.type))
        st.bind(index, v.toLongLong());
    else if (f.type == FieldType::Decimal)
        st.bind(index, v.toDouble());
    else
        st.bind(index, v.toString());
}

void EncodedRow::reset(size_t fields)
{
    m_cells.assign(fields, Cell());
    m_extras.clear();
    m_text.clear();
}

EncodedRow::Cell EncodedRow::text(QStringView value)
{
    // What QString::toUtf8() gives, written straight after the texts before it.
    static thread_local QStringEncoder encoder(QStringEncoder::Utf8);
    encoder.resetState();
    Cell c;
    c.kind = Kind::Text;
    c.offset = m_text.size();
    m_text.resize(c.offset + size_t(encoder.requiredSpace(value.size())));
    char* end = encoder.appendToBuffer(m_text.data() + c.offset, value);
    c.size = size_t(end - (m_text.data() + c.offset));
    m_text.resize(c.offset + c.size);
    return c;
}

void EncodedRow::set(int index, const FieldDef& f, const QVariant& v)
{
    Cell& c = m_cells[size_t(index)];
    if (!v.isValid() || v.isNull()) {
        c = Cell{Kind::Null};
    } else if (isIntegerType(f.type)) {
        c = Cell{Kind::Integer, v.toLongLong()};
    } else if (f.type == FieldType::Decimal) {
        c = Cell{Kind::Real, 0, v.toDouble()};
    } else if (v.typeId() == QMetaType::QString) {
        const QString& s = *static_cast<const QString*>(v.constData());
        c = s.isNull() ? Cell{Kind::Null} : text(s);
    } else {
        const QString s = v.toString();
        c = s.isNull() ? Cell{Kind::Null} : text(s);
    }
}

EncodedRow::Cell& EncodedRow::extraCell(size_t extra)
{
    if (m_extras.size() <= extra)
        m_extras.resize(extra + 1);
    return m_extras[extra];
}

void EncodedRow::setExtra(size_t extra, QStringView value)
{
    const Cell c = value.isNull() ? Cell{Kind::Null} : text(value);
    extraCell(extra) = c;
}

void EncodedRow::setExtra(size_t extra, qint64 value)
{
    extraCell(extra) = Cell{Kind::Integer, value};
}

void EncodedRow::bindCell(Statement& st, int column, const Cell& c) const
{
    switch (c.kind) {
    case Kind::Integer:
        st.bind(column, c.integer);
        break;
    case Kind::Real:
        st.bind(column, c.real);
        break;
    case Kind::Text:
        st.bindUtf8(column, QByteArrayView(m_text.data() + c.offset, qsizetype(c.size)));
        break;
    default:
        st.bindNull(column);
    }
}

void EncodedRow::bind(Statement& st, int column, int index) const
{
    bindCell(st, column, m_cells[size_t(index)]);
}

void EncodedRow::bindExtra(Statement& st, int column, size_t extra) const
{
    bindCell(st, column, extra < m_extras.size() ? m_extras[extra] : Cell());
}

QVariant read(const Statement& st, int column, const FieldDef& f)
{
    if (st.isNull(column))
        return {};
    if (isIntegerType(f.type))
        return st.int64(column);
    if (f.type == FieldType::Decimal)
        return st.real(column);
    return st.text(column);
}

} // namespace percorsi::fieldbinding
