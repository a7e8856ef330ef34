#pragma once

#include <QCoreApplication>

#include "core/reports/Indicators.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace percorsi {

// The dashboard's charts, each a new QChart built from the indicators.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static QChart* reachedOverTime(const Indicators& in);
    static QChart* byDesk(const Indicators& in);
    static QChart* byGenderAndAge(const Indicators& in);
    static QChart* attendanceByPathType(const Indicators& in);
    static QChart* referrals(const Indicators& in);
    static QChart* placementsFunnel(const Indicators& in);
    static QChart* needsAndEmpowerment(const Indicators& in);
    static QChart* followups(const Indicators& in);
};

} // namespace percorsi
