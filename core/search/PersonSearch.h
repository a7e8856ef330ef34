#pragma once

#include <string>
#include <vector>

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// Finds people by name (accent-, case- and order-insensitive) or by case
// number. Words of three letters or more match anywhere in a name through the
// trigram index; shorter words match the start of a word through the prefix
// index. At most `limit` matches are taken in index order and returned in
// alphabetical order, so that a common prefix stays fast at a million people.
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
        QString countryOfBirth;
        qint64 deskId = 0;
    };

    explicit PersonSearch(Database& db);
    Result<std::vector<Hit>> find(const QString& text, int limit = 50);

private:
    // `scope` keeps the people the principal may see (AccessPolicy::peopleScope).
    Result<std::vector<Hit>> findIn(const QString& text, int limit, const std::string& scope);

    Database& m_db;
};

} // namespace percorsi
