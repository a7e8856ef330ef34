#include "core/storage/SpanSums.h"

#include <sqlite3.h>

#include "core/util/Varint.h"

namespace percorsi::spansums {

QByteArray pack(const Values& values)
{
    QByteArray out;
    out.reserve(kValues * 2);
    for (qint64 v : values)
        varint::put(out, varint::zigzag(v));
    return out;
}

bool unpack(QByteArrayView packed, Values& values)
{
    qsizetype at = 0;
    for (qint64& v : values) {
        quint64 z = 0;
        if (!varint::get(packed, at, z))
            return false;
        v = varint::unzigzag(z);
    }
    return at == packed.size();
}

namespace {

struct Spans
{
    Values sums;
    qint64 rows;
    bool bad;
};

// Registered with exactly two marks and the scales: SQLite refuses other counts.
void spanSumsStep(sqlite3_context* context, int, sqlite3_value** argv)
{
    auto* acc = static_cast<Values*>(sqlite3_aggregate_context(context, sizeof(Values)));
    if (!acc) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const bool first = sqlite3_value_int(argv[0]) != 0, latest = sqlite3_value_int(argv[1]) != 0;
    for (int k = 0; k < kScaleCount; ++k) {
        sqlite3_value* v = argv[2 + k];
        if (sqlite3_value_type(v) == SQLITE_NULL)
            continue;
        const qint64 value = sqlite3_value_int64(v);
        if (first) {
            (*acc)[size_t(4 * k)] += value;
            ++(*acc)[size_t(4 * k + 1)];
        }
        if (latest) {
            (*acc)[size_t(4 * k + 2)] += value;
            ++(*acc)[size_t(4 * k + 3)];
        }
    }
}

void spanSumsFinal(sqlite3_context* context)
{
    auto* acc = static_cast<Values*>(sqlite3_aggregate_context(context, 0));
    const QByteArray packed = pack(acc ? *acc : Values{});
    sqlite3_result_blob(context, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
}

void sumSpansStep(sqlite3_context* context, int, sqlite3_value** argv)
{
    auto* acc = static_cast<Spans*>(sqlite3_aggregate_context(context, sizeof(Spans)));
    if (!acc) {
        sqlite3_result_error_nomem(context);
        return;
    }
    Values row;
    const auto* data = static_cast<const char*>(sqlite3_value_blob(argv[0]));
    if (!unpack(QByteArrayView(data, sqlite3_value_bytes(argv[0])), row)) {
        acc->bad = true;
        return;
    }
    for (int i = 0; i < kValues; ++i)
        acc->sums[size_t(i)] += row[size_t(i)];
    ++acc->rows;
}

void sumSpansFinal(sqlite3_context* context)
{
    auto* acc = static_cast<Spans*>(sqlite3_aggregate_context(context, 0));
    if (acc && acc->bad) {
        sqlite3_result_error(context, "assessment_span holds sums that are not kept as it keeps them",
                             -1);
        return;
    }
    if (!acc) {
        sqlite3_result_null(context); // no rows
        return;
    }
    qint64 out[kValues + 1];
    std::copy(acc->sums.begin(), acc->sums.end(), out);
    out[kValues] = acc->rows;
    sqlite3_result_blob(context, out, int(sizeof(out)), SQLITE_TRANSIENT);
}

} // namespace

void registerFunctions(sqlite3* db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "span_sums", 2 + kScaleCount, flags, nullptr, nullptr,
                               spanSumsStep, spanSumsFinal, nullptr);
    sqlite3_create_function_v2(db, "sum_spans", 1, flags, nullptr, nullptr, sumSpansStep,
                               sumSpansFinal, nullptr);
}

} // namespace percorsi::spansums
