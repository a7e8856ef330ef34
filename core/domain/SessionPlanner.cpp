#include "core/domain/SessionPlanner.h"

#include <algorithm>

namespace percorsi {

namespace {

bool contains(const std::vector<int>& days, int day)
{
    return std::find(days.begin(), days.end(), day) != days.end();
}

bool isHoliday(const std::vector<QDate>& holidays, QDate day)
{
    return std::find(holidays.begin(), holidays.end(), day) != holidays.end();
}

} // namespace

std::vector<QDate> SessionPlanner::dates(const Recurrence& r, QDate pathStart, QDate pathEnd)
{
    std::vector<QDate> out;
    if (!r.from.isValid() || !r.to.isValid() || r.weekdays.empty()) return out;
    const QDate from = pathStart.isValid() ? std::max(r.from, pathStart) : r.from;
    const QDate to = pathEnd.isValid() ? std::min(r.to, pathEnd) : r.to;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (contains(r.weekdays, d.dayOfWeek()) && !isHoliday(r.holidays, d)) out.push_back(d);
    }
    return out;
}

int SessionPlanner::minutesBetween(QTime start, QTime end)
{
    if (!start.isValid() || !end.isValid() || end <= start) return 0;
    return start.secsTo(end) / 60;
}

} // namespace percorsi
