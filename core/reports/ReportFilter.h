#pragma once

#include <QDate>

namespace percorsi {

// What a report is about: a project (0: every person), a period and one desk
// (0: all). `funder` restricts the people to those who consented to anonymous
// reporting; the exports then also show small cells as "<5".
struct ReportFilter
{
    qint64 projectId = 0;
    QDate from; // invalid: from the project's start, or from the beginning
    QDate to;   // invalid: to the project's end, or to today
    qint64 deskId = 0;
    bool funder = false;
};

} // namespace percorsi
