#include "core/storage/FieldBinding.h"

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
