#include "core/search/DuplicateFinder.h"

#include <algorithm>

#include <QStringList>

#include "core/search/NameFolding.h"
#include "core/storage/PersonQuery.h"

namespace percorsi {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"aeiouy").contains(c);
}

// Spellings of one sound in the transliterations of Arabic, Somali, Berber,
// Persian and Turkish names into Latin letters, longest first.
QString unifySounds(QString w)
{
    static const std::pair<const char16_t*, const char16_t*> kSounds[] = {
        {u"sch", u"s"}, {u"ph", u"f"}, {u"ch", u"s"}, {u"sh", u"s"}, {u"kh", u"k"},
        {u"gh", u"g"},  {u"dh", u"d"}, {u"th", u"t"}, {u"ck", u"k"}, {u"q", u"k"},
        {u"c", u"k"},   {u"x", u"ks"}, {u"w", u"u"},  {u"z", u"s"},
    };
    // The letters a-z the word holds, or may hold once rules wrote theirs:
    // a rule with a letter the word lacks is not searched for.
    const auto letters = [](QStringView text) {
        quint32 mask = 0;
        for (QChar c : text) {
            if (c.unicode() >= u'a' && c.unicode() <= u'z')
                mask |= quint32(1) << (c.unicode() - u'a');
        }
        return mask;
    };
    quint32 held = letters(w);
    // One after the other, as the keys stored so far were made; without a
    // copy of either text, and without touching `w` where there is no match.
    for (const auto& [from, to] : kSounds) {
        const QStringView f(from), t(to);
        const quint32 needed = letters(f);
        if ((held & needed) != needed || !w.contains(f))
            continue;
        w.replace(f.constData(), f.size(), t.constData(), t.size());
        held |= letters(t);
    }
    return w;
}

} // namespace

DuplicateFinder::DuplicateFinder(Database& db) : m_db(db) {}

QString DuplicateFinder::wordKey(const QString& word)
{
    const QString w = unifySounds(NameFolding::fold(word).remove(QLatin1Char(' ')));
    if (w.isEmpty())
        return {};
    // A leading vowel is kept as one class: Ousmane and Usman, Aisha and Eisha.
    QString key = isVowel(w.front()) ? QStringLiteral("a") : QString(w.front());
    for (qsizetype i = 1; i < w.size(); ++i) {
        const QChar c = w.at(i);
        if (!isVowel(c) && c != key.back())
            key += c;
    }
    return key;
}

QString DuplicateFinder::nameKey(const QString& givenName, const QString& familyName)
{
    const QString given = NameFolding::fold(givenName);
    const QString family = NameFolding::fold(familyName);
    if (given.isEmpty() || family.isEmpty())
        return {};
    QStringList keys;
    for (const QString& word : (given + QLatin1Char(' ') + family).split(QLatin1Char(' ')))
        keys << wordKey(word);
    keys.removeAll(QString());
    keys.sort();
    keys.removeDuplicates();
    return keys.join(QLatin1Char(' '));
}

QString DuplicateFinder::phoneKey(const QString& phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits.size() < 6 ? QString() : digits.right(9);
}

Result<std::vector<DuplicateFinder::Match>> DuplicateFinder::find(const Candidate& candidate,
                                                                    int limit)
{
    const QString name = nameKey(candidate.givenName, candidate.familyName);
    const QString phone = phoneKey(candidate.phone);
    if (name.isEmpty() && phone.isEmpty())
        return std::vector<Match>();
    PersonQuery query(m_db);
    auto rows = query.duplicateCandidates(name, phone, candidate.excludeId, 4 * limit);
    if (!rows)
        return rows.error();
    std::vector<Match> matches;
    for (const PersonQuery::KeyedPerson& row : *rows) {
        Match m{row.id,        row.caseNumber, row.givenName, row.familyName, row.birthYear,
                row.phone,     !name.isEmpty() && row.nameKey == name,
                !phone.isEmpty() && row.phoneKey == phone,
                candidate.birthYear > 0 && row.birthYear == candidate.birthYear};
        matches.push_back(std::move(m));
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match& a, const Match& b) { return a.score() > b.score(); });
    if (int(matches.size()) > limit)
        matches.resize(size_t(limit));
    return matches;
}

} // namespace percorsi
