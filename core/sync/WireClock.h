#pragma once

#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include <QString>

#include "core/sync/FieldClocks.h"

namespace percorsi {

// Clock stamps as they travel in bundles: desks named by uuid instead of the
// local ids of the database. "stamp@desk-uuid^other-desk-uuid=stamp…", and for
// the field clocks of a record "field:<stamp>,field:<stamp>".
class WireClock
{
public:
    using UuidOf = std::function<QString(qint64)>;
    using IdOf = std::function<qint64(QStringView)>; // 0: unknown desk

    static QString toWire(const FieldClocks::Stamp& stamp, const UuidOf& uuidOf);
    static QString fieldsToWire(const FieldClocks& clocks, const UuidOf& uuidOf);
    // The same from the stored text (which FieldClocks::toString wrote, so it
    // is canonical) straight to UTF-8: desk ids after '@' and '^' become uuids.
    static void fieldsToWire(QByteArrayView stored, QByteArray& out,
                             const std::function<QByteArrayView(qint64)>& uuidOf);

    // Null when the text is malformed or names a desk unknown here (`problem` says which).
    static std::optional<FieldClocks::Stamp> fromWire(QStringView text, const IdOf& idOf,
                                                      QString* problem);

    // A stamp read from the wire but not yet tied to this database: its desks
    // still named by uuid, as views into the text it was read from. parse()
    // needs no database and may run on any thread; resolve() then finds the
    // desks. fromWire() is the two in one.
    struct Parsed
    {
        qint64 hlc = 0;
        QStringView desk;
        std::vector<std::pair<QStringView, qint64>> seen;
    };
    static std::optional<Parsed> parse(QStringView text, QString* problem);
    static std::optional<FieldClocks::Stamp> resolve(const Parsed& parsed, const IdOf& idOf,
                                                     QString* problem);
    // A record's field clocks ("field:<stamp>,…") are read by Merger::stage(),
    // which checks each field's name against the entity as it goes.
};

} // namespace percorsi
