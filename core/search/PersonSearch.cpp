#include "core/search/PersonSearch.h"

#include <algorithm>

#include <QRegularExpression>
#include <QStringList>

#include "core/search/NameFolding.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"

namespace percorsi {

namespace {

const char kColumns[] =
    "SELECT p.id, p.uuid, p.case_number, p.given_name, p.family_name, "
    "coalesce(p.birth_date, CAST(p.birth_year AS TEXT), ''), p.status, "
    "coalesce(p.country_of_birth, ''), p.desk_id ";

PersonSearch::Hit readHit(Statement& st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
            st.text(5),  st.text(6), st.text(7), st.int64(8)};
}

// Whether every prefix starts a word of the folded name.
bool startsWords(const QString& folded, const QStringList& prefixes)
{
    const QString spaced = QLatin1Char(' ') + folded;
    for (const QString& p : prefixes) {
        if (!spaced.contains(QLatin1Char(' ') + p))
            return false;
    }
    return true;
}

QString prefixQuery(const QStringList& prefixes)
{
    QStringList terms;
    for (const QString& p : prefixes)
        terms << QLatin1Char('"') + p + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

} // namespace

PersonSearch::PersonSearch(Database& db) : m_db(db) {}

Result<std::vector<PersonSearch::Hit>> PersonSearch::find(const QString& text, int limit)
{
    AccessPolicy policy(m_db);
    auto scope = policy.peopleScope();
    if (!scope)
        return scope.error();
    auto hits = findIn(text, limit, *scope);
    if (hits && !policy.readsPersonDetails()) {
        for (Hit& h : hits.value())
            h.birth = h.countryOfBirth = QString();
    }
    return hits;
}

Result<std::vector<PersonSearch::Hit>> PersonSearch::findIn(const QString& text, int limit,
                                                            const std::string& scope)
{
    std::vector<Hit> hits;
    static const QRegularExpression caseNumber(QStringLiteral("^[A-Za-z]{2,3}-[A-Za-z0-9-]*$"));
    const QString trimmed = text.trimmed();
    if (caseNumber.match(trimmed).hasMatch() && trimmed.contains(QLatin1Char('-'))) {
        Statement st = m_db.connection().prepare(
            std::string(kColumns)
            + "FROM person p WHERE p.case_number >= ?1 AND p.case_number < ?1 || '~' " + scope
            + " ORDER BY p.case_number LIMIT ?2");
        st.bind(1, trimmed.toUpper()).bind(2, limit);
        while (st.next())
            hits.push_back(readHit(st));
        if (!st.ok())
            return st.error();
        if (!hits.empty())
            return hits;
    }

    const QStringList words = NameFolding::fold(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;
    QStringList phrases;
    QStringList prefixes;
    for (const QString& w : words) {
        if (w.size() >= 3)
            phrases << QLatin1Char('"') + w + QLatin1Char('"');
        else
            prefixes << w;
    }
    std::string sql;
    if (phrases.isEmpty()) {
        sql = std::string(kColumns)
              + "FROM person_words w JOIN person p ON p.id = w.rowid WHERE person_words MATCH ?1"
              + scope + " LIMIT ?2";
    } else {
        // Short words filter the trigram matches here: as an IN over the prefix
        // index they would first list everyone whose name has a word starting so.
        sql = std::string(kColumns) + ", f.name "
              + "FROM person_fts f JOIN person p ON p.id = f.rowid WHERE person_fts MATCH ?" + scope;
    }
    Statement st = m_db.connection().prepare(sql);
    if (phrases.isEmpty()) {
        st.bind(1, prefixQuery(prefixes));
        st.bind(2, limit);
    } else {
        st.bind(1, phrases.join(QLatin1Char(' ')));
    }
    while (int(hits.size()) < limit && st.next()) {
        if (!phrases.isEmpty() && !startsWords(st.text(9), prefixes))
            continue;
        hits.push_back(readHit(st));
    }
    if (!st.ok())
        return st.error();
    // Sorting every match in SQL costs milliseconds per thousand at a common
    // prefix; the first matches of the index, sorted here, answer at once.
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        const int family = QString::localeAwareCompare(a.familyName, b.familyName);
        if (family != 0)
            return family < 0;
        const int given = QString::localeAwareCompare(a.givenName, b.givenName);
        return given != 0 ? given < 0 : a.id < b.id;
    });
    return hits;
}

} // namespace percorsi
