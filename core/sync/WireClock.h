#pragma once

#include <functional>
#include <optional>

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
    static std::optional<FieldClocks> fieldsFromWire(const QString& text, const IdOf& idOf,
                                                     QString* problem);
};

} // namespace percorsi
