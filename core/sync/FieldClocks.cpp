#include "core/sync/FieldClocks.h"

#include <QStringList>

namespace percorsi {

FieldClocks FieldClocks::parse(const QString& text)
{
    FieldClocks clocks;
    for (QStringView item : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(u':');
        const qsizetype at = item.indexOf(u'@', colon);
        if (colon <= 0 || at <= colon)
            continue;
        const qsizetype caret = item.indexOf(u'^', at);
        const QStringView desk = caret < 0 ? item.mid(at + 1) : item.mid(at + 1, caret - at - 1);
        Stamp s{item.mid(colon + 1, at - colon - 1).toLongLong(), desk.toLongLong(),
                caret < 0 ? 0 : item.mid(caret + 1).toLongLong()};
        clocks.m_stamps[item.left(colon).toString()] = s;
    }
    return clocks;
}

QString FieldClocks::toString() const
{
    QStringList parts;
    for (const auto& [field, s] : m_stamps)
        parts << (s.base ? QStringLiteral("%1:%2@%3^%4").arg(field).arg(s.hlc).arg(s.desk).arg(s.base)
                         : QStringLiteral("%1:%2@%3").arg(field).arg(s.hlc).arg(s.desk));
    return parts.join(QLatin1Char(','));
}

const FieldClocks::Stamp* FieldClocks::find(const QString& field) const
{
    auto it = m_stamps.find(field);
    return it == m_stamps.end() ? nullptr : &it->second;
}

} // namespace percorsi
