#pragma once

#include <array>

#include <QByteArray>
#include <QByteArrayView>

struct sqlite3;

namespace percorsi::spansums {

// A person's assessments on her first and on her latest day, as the row of
// assessment_span keeps them: for each scale, in kScales' order, the sum of
// its values on the first day, how many there were, then the same on the
// latest day. One blob, not 48 columns: the dashboard adds up the spans of
// every person in scope, and a column costs it as much as the rest of a row.
inline constexpr const char* kScales[] = {
    "need_language",  "need_work",    "need_housing", "need_legal", "need_health",
    "need_childcare", "need_digital", "need_social",  "need_income", "self_esteem",
    "autonomy",       "services_knowledge"};
inline constexpr int kScaleCount = int(std::size(kScales));
inline constexpr int kValues = 4 * kScaleCount;
using Values = std::array<qint64, kValues>;

// The values as varints (zigzag, seven bits a byte): a byte each, as a rule.
QByteArray pack(const Values& values);
// The values of `packed`; false when it is not kValues varints exactly.
bool unpack(QByteArrayView packed, Values& values);

// - the aggregate span_sums(on_first, on_latest, scale_1, …, scale_12) over
//   one person's assessments: the packed sums of the non-null values of the
//   rows on her first day (on_first true) and on her latest (on_latest true);
//   the values are integers, as the validator keeps them;
// - the aggregate sum_spans(sums) over spans: a blob of kValues + 1 native
//   int64s, the sum of each value then the number of rows, as sum_each()
//   gives (see ReportScope); empty when there are no rows.
void registerFunctions(sqlite3* db);

} // namespace percorsi::spansums
