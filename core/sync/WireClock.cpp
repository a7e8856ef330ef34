#include "core/sync/WireClock.h"

#include <QStringList>

namespace percorsi {

QString WireClock::toWire(const FieldClocks::Stamp& s, const UuidOf& uuidOf)
{
    QString out = QString::number(s.hlc) + QLatin1Char('@') + uuidOf(s.desk);
    for (const auto& [desk, stamp] : s.seen)
        out += QLatin1Char('^') + uuidOf(desk) + QLatin1Char('=') + QString::number(stamp);
    return out;
}

QString WireClock::fieldsToWire(const FieldClocks& clocks, const UuidOf& uuidOf)
{
    QStringList parts;
    for (const auto& [field, s] : clocks.stamps())
        parts << field + QLatin1Char(':') + toWire(s, uuidOf);
    return parts.join(QLatin1Char(','));
}

void WireClock::fieldsToWire(QByteArrayView stored, QByteArray& out,
                             const std::function<QByteArrayView(qint64)>& uuidOf)
{
    out.resize(0);
    qsizetype copied = 0; // what of `stored` is in `out`
    for (qsizetype i = 0; i < stored.size();) {
        const char c = stored[i++];
        if (c != '@' && c != '^')
            continue;
        out += stored.sliced(copied, i - copied);
        qint64 desk = 0;
        for (; i < stored.size() && stored[i] >= '0' && stored[i] <= '9'; ++i)
            desk = desk * 10 + (stored[i] - '0');
        out += uuidOf(desk);
        copied = i;
    }
    out += stored.sliced(copied);
}

std::optional<FieldClocks::Stamp> WireClock::fromWire(QStringView text, const IdOf& idOf,
                                                      QString* problem)
{
    const auto parsed = parse(text, problem);
    return parsed ? resolve(*parsed, idOf, problem) : std::nullopt;
}

std::optional<WireClock::Parsed> WireClock::parse(QStringView text, QString* problem)
{
    // hlc@desk, then ^desk=stamp for each desk seen: read in place.
    auto notAStamp = [&] {
        *problem = QStringLiteral("'%1' is not a clock stamp").arg(text.toString());
        return std::nullopt;
    };
    qsizetype end = text.indexOf(u'^');
    if (end < 0)
        end = text.size();
    const QStringView first = text.left(end);
    const qsizetype at = first.indexOf(u'@');
    bool ok = false;
    Parsed p;
    p.hlc = at > 0 ? first.left(at).toLongLong(&ok) : 0;
    if (!ok || p.hlc <= 0)
        return notAStamp();
    p.desk = first.mid(at + 1);
    while (end < text.size()) {
        const qsizetype from = end + 1;
        end = text.indexOf(u'^', from);
        if (end < 0)
            end = text.size();
        const QStringView part = text.mid(from, end - from);
        const qsizetype eq = part.indexOf(u'=');
        const qint64 stamp = eq > 0 ? part.mid(eq + 1).toLongLong(&ok) : 0;
        if (eq <= 0 || !ok)
            return notAStamp();
        p.seen.emplace_back(part.left(eq), stamp);
    }
    return p;
}

std::optional<FieldClocks::Stamp> WireClock::resolve(const Parsed& parsed, const IdOf& idOf,
                                                     QString* problem)
{
    auto desk = [&](QStringView uuid) {
        const qint64 id = idOf(uuid);
        if (id == 0)
            *problem = QStringLiteral("the clock names desk %1, which is not in the bundle")
                           .arg(uuid.toString());
        return id;
    };
    FieldClocks::Stamp s;
    s.hlc = parsed.hlc;
    s.desk = desk(parsed.desk);
    if (s.desk == 0)
        return std::nullopt;
    for (const auto& [uuid, stamp] : parsed.seen) {
        const qint64 id = desk(uuid);
        if (id == 0)
            return std::nullopt;
        s.seen[id] = stamp;
    }
    return s;
}

} // namespace percorsi
