#include "core/sync/FieldClocks.h"

#include <QStringList>

namespace percorsi {

bool FieldClocks::Stamp::hasSeen(const Stamp& other) const
{
    if (other.desk == desk)
        return hlc >= other.hlc;
    auto it = seen.find(other.desk);
    return it != seen.end() && it->second >= other.hlc;
}

void FieldClocks::Stamp::absorb(const Stamp& other)
{
    auto note = [this](qint64 d, qint64 stamp) {
        if (d == desk)
            return;
        qint64& mine = seen[d];
        mine = std::max(mine, stamp);
    };
    note(other.desk, other.hlc);
    for (const auto& [d, stamp] : other.seen)
        note(d, stamp);
}

FieldClocks::Stamp FieldClocks::parseStamp(QStringView text)
{
    Stamp s;
    const auto parts = text.split(u'^');
    const qsizetype at = parts.value(0).indexOf(u'@');
    if (at <= 0)
        return s;
    s.hlc = parts[0].left(at).toLongLong();
    s.desk = parts[0].mid(at + 1).toLongLong();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf(u'=');
        if (eq > 0)
            s.seen[parts[i].left(eq).toLongLong()] = parts[i].mid(eq + 1).toLongLong();
    }
    return s;
}

QString FieldClocks::stampToString(const Stamp& s)
{
    QString out = QStringLiteral("%1@%2").arg(s.hlc).arg(s.desk);
    for (const auto& [d, stamp] : s.seen)
        out += QStringLiteral("^%1=%2").arg(d).arg(stamp);
    return out;
}

FieldClocks FieldClocks::parse(const QString& text)
{
    FieldClocks clocks;
    for (QStringView item : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(u':');
        if (colon <= 0)
            continue;
        Stamp s = parseStamp(item.mid(colon + 1));
        if (s.hlc > 0)
            clocks.m_stamps[item.left(colon).toString()] = s;
    }
    return clocks;
}

QString FieldClocks::toString() const
{
    QStringList parts;
    for (const auto& [field, s] : m_stamps)
        parts << field + QLatin1Char(':') + stampToString(s);
    return parts.join(QLatin1Char(','));
}

const FieldClocks::Stamp* FieldClocks::find(const QString& field) const
{
    auto it = m_stamps.find(field);
    return it == m_stamps.end() ? nullptr : &it->second;
}

} // namespace percorsi
