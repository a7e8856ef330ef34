#pragma once

#include <initializer_list>
#include <utility>

#include <QString>
#include <QVariant>

#include "core/reports/IndicatorEngine.h"
#include "core/storage/Database.h"

namespace percorsi::test {

// A small project whose every indicator was worked out by hand (see
// TestReports.cpp): six people in project "Women Together", one in another
// project, one on a waiting list; paths, attendance, referrals, placements,
// follow-ups, events and assessments. Today is 2026-06-15.
struct ReportFixture
{
    explicit ReportFixture(Database& db);

    qint64 project = 0, otherProject = 0, raval = 0, sanSiro = 0;
    qint64 amina = 0, fatima = 0, olena = 0, karim = 0, alex = 0, maria = 0;

private:
    using Fields = std::initializer_list<std::pair<const char*, QVariant>>;
    void addProjects();
    void addPeople();
    void addPaths();
    void addOutcomes();
    void addEvents();
    void addAssessments();
    qint64 addPerson(const QString& given, const char* gender, const char* born,
                     const char* citizenships, const char* countryOfBirth, int isced,
                     const char* employment, Fields extra = {});
    void consent(qint64 person, const char* given, const char* expires = nullptr,
                 const char* withdrawn = nullptr);
    qint64 enrol(qint64 path, qint64 person, const char* on, const char* status = "enrolled");

    Database& m_db;
    qint64 m_pathA = 0, m_pathB = 0, m_pathC = 0, m_pathD = 0;
};

// Checks (Catch2 CHECKs) that two computations agree on every figure; sums
// of hours may differ in their last bits, added up in another order.
void checkSameIndicators(const Indicators& a, const Indicators& b);

// Computes on one thread and split across two (IndicatorEngine::Split),
// checks that both agree, and returns the figures; REQUIREs success.
Indicators computeBothWays(Database& db, const ReportFilter& filter);

} // namespace percorsi::test
