#include "core/storage/ReportScope.h"

#include <algorithm>
#include <atomic>
#include <type_traits>

#include <sqlite3.h>

namespace percorsi {

namespace {

// The flags sit above the largest yyyymmdd.
constexpr int kAdmitted = 1 << 30;
constexpr int kWoman = 1 << 29;
constexpr int kDayMask = kWoman - 1;
static_assert(99991231 <= kDayMask);
// Person ids are dense row ids; a few far-off ones go to the map instead.
constexpr qint64 kDenseLimit = 16'000'000;

} // namespace

const char* const ReportScope::kPointerType = "percorsi_report_scope";

void ReportScope::reset(qint64 maxPersonId)
{
    m_dense.assign(size_t(std::clamp<qint64>(maxPersonId + 1, 0, kDenseLimit)), 0);
    m_sparse.clear();
}

bool ReportScope::isDense(qint64 maxPersonId)
{
    return maxPersonId < kDenseLimit;
}

int& ReportScope::slot(qint64 personId)
{
    if (personId >= 0 && personId < qint64(m_dense.size())) return m_dense[size_t(personId)];
    return m_sparse[personId];
}

int ReportScope::value(qint64 personId) const
{
    if (personId >= 0 && personId < qint64(m_dense.size())) return m_dense[size_t(personId)];
    const auto it = m_sparse.find(personId);
    return it == m_sparse.end() ? 0 : it->second;
}

void ReportScope::reach(qint64 personId, int day)
{
    if (day <= 0) return;
    int& v = slot(personId);
    const int known = v & kDayMask;
    if (known == 0 || day < known) v = (v & ~kDayMask) | day;
}

void ReportScope::reachShared(qint64 personId, int day)
{
    if (day <= 0) return;
    if (personId < 0 || personId >= qint64(m_dense.size())) {
        const std::lock_guard lock(m_sparseLock);
        reach(personId, day);
        return;
    }
    // The earliest day wins whichever thread comes first: the flags are not set yet.
    std::atomic_ref<int> v(m_dense[size_t(personId)]);
    int old = v.load(std::memory_order_relaxed);
    for (;;) {
        const int known = old & kDayMask;
        if (known != 0 && known <= day) return;
        if (v.compare_exchange_weak(old, (old & ~kDayMask) | day, std::memory_order_relaxed)) return;
    }
}

int ReportScope::reachedOn(qint64 personId) const
{
    return value(personId) & kDayMask;
}

bool ReportScope::reached(qint64 personId) const
{
    return reachedOn(personId) != 0;
}

void ReportScope::admit(qint64 personId, bool woman)
{
    slot(personId) |= woman ? kAdmitted | kWoman : kAdmitted;
}

bool ReportScope::contains(qint64 personId) const
{
    return (value(personId) & kAdmitted) != 0;
}

bool ReportScope::containsWoman(qint64 personId) const
{
    return (value(personId) & (kAdmitted | kWoman)) == (kAdmitted | kWoman);
}

int ReportScope::day(const char* text, qsizetype size)
{
    if (!text || size < 10 || text[4] != '-' || text[7] != '-') return 0;
    int n = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') return 0;
        n = n * 10 + (text[i] - '0');
    }
    return n;
}

namespace {

// in_report_scope(), in_report_scope_woman() and in_report_reach(): what
// `test` says of the person in the scope bound as a pointer.
template <bool (ReportScope::*test)(qint64) const>
void personTest(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* scope =
        static_cast<const ReportScope*>(sqlite3_value_pointer(argv[0], ReportScope::kPointerType));
    sqlite3_result_int(context, scope && (scope->*test)(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

} // namespace

namespace {

template <typename T>
struct SumEach
{
    T sums[ReportScope::kSumEachMax];
    qint64 rows;
    int count;
};

template <typename T>
T valueOf(sqlite3_value* v)
{
    if constexpr (std::is_same_v<T, double>)
        return sqlite3_value_double(v);
    else
        return sqlite3_value_int64(v);
}

template <typename T>
void sumEachStep(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc > ReportScope::kSumEachMax) {
        sqlite3_result_error(context, "sum_each() takes at most 64 arguments", -1);
        return;
    }
    auto* acc = static_cast<SumEach<T>*>(sqlite3_aggregate_context(context, sizeof(SumEach<T>)));
    if (!acc) {
        sqlite3_result_error_nomem(context);
        return;
    }
    acc->count = argc;
    for (int i = 0; i < argc; ++i)
        acc->sums[i] += valueOf<T>(argv[i]);
    ++acc->rows;
}

template <typename T>
void sumEachFinal(sqlite3_context* context)
{
    auto* acc = static_cast<SumEach<T>*>(sqlite3_aggregate_context(context, 0));
    if (!acc) {
        sqlite3_result_null(context); // no rows
        return;
    }
    T out[ReportScope::kSumEachMax + 1];
    std::copy(acc->sums, acc->sums + acc->count, out);
    out[acc->count] = T(acc->rows);
    sqlite3_result_blob(context, out, int(sizeof(T)) * (acc->count + 1), SQLITE_TRANSIENT);
}

void visitRowsStep(sqlite3_context*, int argc, sqlite3_value** argv)
{
    if (auto* visitor = static_cast<RowVisitor*>(sqlite3_value_pointer(argv[0], RowVisitor::kPointerType)))
        visitor->row(argc - 1, argv + 1);
}

void visitRowsFinal(sqlite3_context* context)
{
    sqlite3_result_null(context);
}

} // namespace

const char* const RowVisitor::kPointerType = "percorsi_row_visitor";

void ReportScope::registerFunctions(sqlite3* db)
{
    // Not deterministic: the same scope pointer holds other people in the next report.
    sqlite3_create_function_v2(db, "in_report_scope", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                               personTest<&ReportScope::contains>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "in_report_scope_woman", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                               nullptr, personTest<&ReportScope::containsWoman>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "in_report_reach", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                               personTest<&ReportScope::reached>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "visit_rows", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                               nullptr, visitRowsStep, visitRowsFinal, nullptr);
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "sum_each", -1, flags, nullptr, nullptr, sumEachStep<qint64>,
                               sumEachFinal<qint64>, nullptr);
    sqlite3_create_function_v2(db, "sum_each_real", -1, flags, nullptr, nullptr,
                               sumEachStep<double>, sumEachFinal<double>, nullptr);
}

} // namespace percorsi
