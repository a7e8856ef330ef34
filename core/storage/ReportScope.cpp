#include "core/storage/ReportScope.h"

#include <algorithm>

#include <sqlite3.h>

namespace percorsi {

namespace {

// The admitted flag sits above the largest yyyymmdd.
constexpr int kAdmitted = 1 << 30;
constexpr int kDayMask = kAdmitted - 1;
// Person ids are dense row ids; a few far-off ones go to the map instead.
constexpr qint64 kDenseLimit = 16'000'000;

} // namespace

const char* const ReportScope::kPointerType = "percorsi_report_scope";

void ReportScope::reset(qint64 maxPersonId)
{
    m_dense.assign(size_t(std::clamp<qint64>(maxPersonId + 1, 0, kDenseLimit)), 0);
    m_sparse.clear();
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
    if (known == 0 || day < known) v = (v & kAdmitted) | day;
}

int ReportScope::reachedOn(qint64 personId) const
{
    return value(personId) & kDayMask;
}

void ReportScope::admit(qint64 personId)
{
    slot(personId) |= kAdmitted;
}

bool ReportScope::contains(qint64 personId) const
{
    return (value(personId) & kAdmitted) != 0;
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

void ReportScope::sqlFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* scope =
        static_cast<const ReportScope*>(sqlite3_value_pointer(argv[0], kPointerType));
    const bool in = scope && scope->contains(sqlite3_value_int64(argv[1]));
    sqlite3_result_int(context, in ? 1 : 0);
}

} // namespace percorsi
