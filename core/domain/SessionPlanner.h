#pragma once

#include <vector>

#include <QDate>
#include <QTime>

namespace percorsi {

// Turns a weekly recurrence ("Tuesdays and Thursdays 9:30-12:00 from 3 March
// to 30 June, not on these holidays") into the dates of a path's sessions.
class SessionPlanner
{
public:
    struct Recurrence
    {
        std::vector<int> weekdays; // 1 = Monday … 7 = Sunday
        QDate from, to;            // both included
        QTime start;
        int minutes = 0;
        std::vector<QDate> holidays; // days skipped
    };

    // The days of the recurrence that fall within the path's dates
    // (pathStart..pathEnd; an invalid bound does not limit), in order.
    static std::vector<QDate> dates(const Recurrence& recurrence, QDate pathStart = {},
                                    QDate pathEnd = {});
    // Minutes between two times of the same day; 0 when `end` is not after `start`.
    static int minutesBetween(QTime start, QTime end);
};

} // namespace percorsi
