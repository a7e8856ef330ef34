#include "core/storage/FieldBinding.h"

#include <limits>

#include <QStringEncoder>

#include "core/storage/Statement.h"
#include "core/util/Prefetch.h"

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
    Cell c = Cell::of(Kind::Text);
    const size_t offset = m_text.size();
    c.offset = offset;
    m_text.resize(offset + size_t(encoder.requiredSpace(value.size())));
    char* end = encoder.appendToBuffer(m_text.data() + offset, value);
    const size_t size = size_t(end - (m_text.data() + offset));
    Q_ASSERT(size <= std::numeric_limits<quint32>::max()); // bundles refuse far smaller cells
    c.size = quint32(size);
    m_text.resize(offset + size);
    return c;
}

void EncodedRow::set(int index, const FieldDef& f, const QVariant& v)
{
    Cell& c = m_cells[size_t(index)];
    if (!v.isValid() || v.isNull()) {
        c = Cell::of(Kind::Null);
    } else if (isIntegerType(f.type)) {
        c = Cell::ofInteger(v.toLongLong());
    } else if (f.type == FieldType::Decimal) {
        c = Cell::ofReal(v.toDouble());
    } else if (v.typeId() == QMetaType::QString) {
        const QString& s = *static_cast<const QString*>(v.constData());
        c = s.isNull() ? Cell::of(Kind::Null) : text(s);
    } else {
        const QString s = v.toString();
        c = s.isNull() ? Cell::of(Kind::Null) : text(s);
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
    const Cell c = value.isNull() ? Cell::of(Kind::Null) : text(value);
    extraCell(extra) = c;
}

void EncodedRow::setExtra(size_t extra, qint64 value)
{
    extraCell(extra) = Cell::ofInteger(value);
}

void EncodedRow::prefetch() const
{
    prefetchBytes(m_cells.data(), m_cells.size() * sizeof(Cell));
    prefetchBytes(m_extras.data(), m_extras.size() * sizeof(Cell));
    prefetchBytes(m_text.data(), m_text.size());
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
