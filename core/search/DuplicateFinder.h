#pragma once

#include <vector>

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// Finds people who are probably the person being registered: the same names
// however they were transliterated, spelled or ordered, or the same phone.
// Keys are stored per person (schema 4) so that a lookup is two index probes.
class DuplicateFinder
{
public:
    struct Candidate
    {
        QString givenName;
        QString familyName;
        int birthYear = 0; // 0: not known
        QString phone;
        qint64 excludeId = 0; // the person being edited, never her own duplicate
    };

    struct Match
    {
        qint64 id = 0;
        QString caseNumber;
        QString givenName;
        QString familyName;
        int birthYear = 0;
        QString phone;
        bool sameName = false;
        bool samePhone = false;
        bool sameBirthYear = false;
        int score() const { return 2 * sameName + 2 * samePhone + sameBirthYear; }
    };

    explicit DuplicateFinder(Database& db);
    // The likely duplicates, most likely first.
    Result<std::vector<Match>> find(const Candidate& candidate, int limit = 10);

    // One word's key: folded, transliteration variants unified, the vowels
    // after the first letter dropped and doubled letters collapsed
    // (Mohamed, Mohammed, Muhammad -> "mhmd"; Aisha, Aicha, Ayesha -> "as").
    static QString wordKey(const QString& word);
    // The keys of every word of both names, sorted: the order of names does not count.
    static QString nameKey(const QString& givenName, const QString& familyName);
    // The last nine digits of a phone number, or empty when it has fewer than six.
    static QString phoneKey(const QString& phone);

private:
    Database& m_db;
};

} // namespace percorsi
