#include "core/storage/ReportFacts.h"

#include <sqlite3.h>

#include "core/util/Varint.h"

namespace percorsi::reportfacts {

namespace {

void putValue(QByteArray& out, const Value& value)
{
    switch (value.type) {
    case Value::Null:
        varint::put(out, 0);
        break;
    case Value::Integer:
        varint::put(out, 1);
        varint::put(out, varint::zigzag(value.integer));
        break;
    case Value::Text:
        varint::put(out, 2 + quint64(value.text.size()));
        out.append(value.text.data(), value.text.size());
        break;
    }
}

Value valueOf(sqlite3_value* v)
{
    Value out;
    switch (sqlite3_value_type(v)) {
    case SQLITE_NULL:
        break;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT: // only in a column of integers, which counts it as one
        out.type = Value::Integer;
        out.integer = sqlite3_value_int64(v);
        break;
    default: // text, and the bytes of a blob
        out.type = Value::Text;
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
        out.text = QByteArrayView(text, text ? sqlite3_value_bytes(v) : 0);
        break;
    }
    return out;
}

// Registered with exactly kCount arguments: SQLite refuses other counts.
void reportFactsFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    Facts facts;
    for (int i = 0; i < kCount; ++i)
        facts[size_t(i)] = valueOf(argv[i]);
    const QByteArray packed = pack(facts);
    sqlite3_result_blob(context, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
}

} // namespace

qint64 Value::toInteger() const
{
    if (type == Integer)
        return integer;
    if (type == Null)
        return 0;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? n : 0;
}

QByteArray pack(const Facts& facts)
{
    QByteArray out;
    out.reserve(96);
    for (const Value& value : facts)
        putValue(out, value);
    return out;
}

bool unpack(QByteArrayView packed, Facts& facts)
{
    qsizetype at = 0;
    for (Value& value : facts) {
        quint64 tag = 0;
        if (!varint::get(packed, at, tag))
            return false;
        if (tag == 0) {
            value = Value();
        } else if (tag == 1) {
            quint64 z = 0;
            if (!varint::get(packed, at, z))
                return false;
            value.type = Value::Integer;
            value.integer = varint::unzigzag(z);
        } else {
            const quint64 size = tag - 2;
            if (size > quint64(packed.size() - at))
                return false;
            value.type = Value::Text;
            value.text = packed.sliced(at, qsizetype(size));
            at += qsizetype(size);
        }
    }
    return at == packed.size();
}

void registerFunctions(sqlite3* db)
{
    sqlite3_create_function_v2(db, "report_facts", kCount,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               reportFactsFunction, nullptr, nullptr, nullptr);
}

} // namespace percorsi::reportfacts
