#pragma once

#include "core/demo/DemoGenerator.h"
#include "core/domain/Record.h"

namespace percorsi {
class Database;
}

namespace percorsi::test {

// Valid records with sensible defaults; tests change what they are about.
Record person(const QString& given = QStringLiteral("Amina"),
              const QString& family = QStringLiteral("Diallo"));
Record path(const QString& name = QStringLiteral("Italiano A2"),
            const QString& start = QStringLiteral("2026-03-03"),
            const QString& end = QStringLiteral("2026-06-30"));
Record session(qint64 pathId, const QString& date = QStringLiteral("2026-03-05"));
Record enrolment(qint64 pathId, qint64 personId);
Record attendance(qint64 sessionId, qint64 personId, const QString& status = QStringLiteral("present"));
Record service(const QString& name = QStringLiteral("Consultorio familiare"));
Record employer(const QString& name = QStringLiteral("Cooperativa Il Sole"));

// Creates a person through PersonStore and returns its id.
qint64 addPerson(Database& db, const QString& given = QStringLiteral("Amina"),
                 const QString& family = QStringLiteral("Diallo"));
// Inserts any record through RecordStore and returns its id.
qint64 add(Database& db, const Record& record);
// Fills the database with demo data of `people` people (REQUIREs success) and
// returns the rows made; use a TestDatabase whose today is DemoGenerator::anchorDate().
DemoGenerator::Summary addDemo(Database& db, int people, quint64 seed);

} // namespace percorsi::test
