#pragma once

#include <vector>

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// Finds people by name (accent-, case- and order-insensitive, through the
// folded trigram index) or by case number.
class PersonSearch
{
public:
    struct Hit
    {
        qint64 id = 0;
        QString uuid;
        QString caseNumber;
        QString givenName;
        QString familyName;
        QString birth; // birth date, or birth year, or empty
        QString status;
    };

    explicit PersonSearch(Database& db);
    Result<std::vector<Hit>> find(const QString& text, int limit = 50);

private:
    Database& m_db;
};

} // namespace percorsi
