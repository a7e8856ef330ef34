#pragma once

#include <mutex>
#include <unordered_map>
#include <vector>

#include <QtGlobal>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;

namespace percorsi {

// The people one report is about, with the day each was reached (yyyymmdd),
// built once per computation and read by every indicator. It lives in memory
// rather than in a temporary table: inserting 100k rows into one costs more
// than the dashboard's whole budget. SQL reads it through the function
// in_report_scope(scope, person_id), with the scope bound as a pointer.
class ReportScope
{
public:
    static const char* const kPointerType;

    // Forgets everyone; ids up to maxPersonId are kept densely, up to a limit.
    void reset(qint64 maxPersonId);
    // Whether every id up to maxPersonId is kept densely: then two threads may
    // fill in the scope at once, each for its own people.
    static bool isDense(qint64 maxPersonId);
    // A day the person was reached; the earliest is kept.
    void reach(qint64 personId, int day);
    // The same, while another thread may reach people too (before any admit()).
    void reachShared(qint64 personId, int day);
    // The earliest day she was reached, 0 if never.
    int reachedOn(qint64 personId) const;
    bool reached(qint64 personId) const;
    // Counts her in the report; `woman` when her gender is woman.
    void admit(qint64 personId, bool woman = false);
    bool contains(qint64 personId) const;
    bool containsWoman(qint64 personId) const;

    // "YYYY-MM-DD" as yyyymmdd, 0 when it is not a date of that form.
    static int day(const char* text, qsizetype size);

    // The report's SQL functions, registered on a connection by registerFunctions():
    // - in_report_scope(scope, person_id): 1 when the person is in the scope;
    // - in_report_scope_woman(scope, person_id): 1 when she is in it and a woman;
    // - in_report_reach(scope, person_id): 1 when she was reached on some day;
    // - the aggregates sum_each(a, b, …) and sum_each_real(a, b, …) of up to
    //   kSumEachMax arguments: a blob of the sum of each argument over the rows
    //   (native int64s or doubles, NULL counting as 0), then the number of rows.
    //   One call for many sums costs less than many sum()s, or than reading
    //   each column of each row;
    // - the aggregate visit_rows(visitor, a, b, …): see RowVisitor.
    static constexpr int kSumEachMax = 64;
    static void registerFunctions(sqlite3* db);

private:
    int& slot(qint64 personId);
    int value(qint64 personId) const;

    std::vector<int> m_dense;                 // by person id
    std::unordered_map<qint64, int> m_sparse; // ids beyond the dense range
    std::mutex m_sparseLock;                  // for reachShared()
};

// The receiver of the aggregate visit_rows(visitor, a, b, …): row() is called
// with the other arguments of each row, as SQLite holds them. One pass over
// many rows costs less so than stepping a statement through each of them and
// reading its columns one call at a time. The visitor is bound as a pointer
// of type kPointerType; the aggregate's value is NULL.
class RowVisitor
{
public:
    static const char* const kPointerType;
    virtual ~RowVisitor() = default;
    virtual void row(int argc, sqlite3_value** argv) = 0;
};

} // namespace percorsi
