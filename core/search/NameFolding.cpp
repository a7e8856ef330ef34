#include "core/search/NameFolding.h"

#include <algorithm>

namespace percorsi {

namespace {

// Letters with no canonical decomposition to a base letter.
QStringView special(char16_t c)
{
    switch (c) {
    case u'ß': return u"ss";
    case u'ø': return u"o";
    case u'æ': return u"ae";
    case u'œ': return u"oe";
    case u'ł': return u"l";
    case u'đ': return u"d";
    case u'ð': return u"d";
    case u'ı': return u"i";
    case u'þ': return u"th";
    case u'ħ': return u"h";
    case u'ŧ': return u"t";
    case u'ŋ': return u"n";
    default: return {};
    }
}

} // namespace

QString NameFolding::fold(const QString& name)
{
    // Most names are ASCII, which decomposition leaves as it is and case
    // folding lowers: the same result, without Unicode's tables.
    const bool ascii = std::all_of(name.cbegin(), name.cend(),
                                   [](QChar c) { return c.unicode() < 0x80; });
    const QString text =
        ascii ? name : name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(text.size());
    bool space = true; // drop leading spaces
    for (QChar c : text) {
        bool kept = false;
        if (ascii) {
            const char16_t u = c.unicode();
            if (u >= u'A' && u <= u'Z')
                c = QChar(char16_t(u + (u'a' - u'A')));
            kept = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        } else {
            const QChar::Category cat = c.category();
            if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
                || cat == QChar::Mark_Enclosing)
                continue;
            if (QStringView s = special(c.unicode()); !s.isEmpty()) {
                out += s;
                space = false;
                continue;
            }
            kept = c.isLetterOrNumber();
        }
        if (kept) {
            out += c;
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace percorsi
