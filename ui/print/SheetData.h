#pragma once

#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// What the printed attendance documents show, gathered from the stores:
// the path with its project and funder, its sessions, its people with their
// marks, hours and rate.
struct SheetData
{
    Q_DECLARE_TR_FUNCTIONS(SheetData)

public:
    struct Session
    {
        qint64 id = 0;
        QDate date;
        QString start, end, place, topic;
        double hours = 0;
    };
    struct Person
    {
        qint64 id = 0;
        QString name, fullName, caseNumber, qualification;
        std::vector<QString> marks; // per session: P, A, E or empty
        double hours = 0;
        double rate = 0; // 0..1
    };

    QString desk, project, funder, path, pathType, trainer, place;
    QDate start, end;
    double plannedHours = 0;
    int threshold = 0;
    std::vector<Session> sessions; // cancelled ones left out
    std::vector<Person> people;    // enrolled and completed

    static Result<SheetData> load(Database& db, qint64 pathId);
    // The session's index in `sessions`, or -1.
    int indexOf(qint64 sessionId) const;
    // People whose attendance reaches the path's threshold.
    std::vector<const Person*> certified() const;
};

} // namespace percorsi
