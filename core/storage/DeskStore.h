#pragma once

#include "core/storage/RecordStore.h"

namespace percorsi {

// Desks: this installation's own and those met through sync. Owns the
// per-desk counters behind human-friendly case numbers (MI-SS-000123).
class DeskStore : public RecordStore
{
public:
    using RecordStore::RecordStore;

    // Creates this installation's desk and makes it the local one.
    Result<Record> createLocal(const QString& name, const QString& city, const QString& code = {},
                               const QString& neighbourhood = {}, const QString& country = {});
    // The same from a desk record (its uuid kept when set; code derived when empty).
    Result<Record> createLocal(Record desk);
    // Creates another desk (a partner's), known here through its records.
    Result<Record> create(const QString& name, const QString& code, const QString& city = {});
    Result<Record> create(Record desk);
    // Takes the next case number of a desk: "<code>-<6 digits>".
    Result<QString> takeCaseNumber(qint64 deskId);

    // "Milano" + "San Siro" -> "MI-SS"; "Malmö" + "Rosengård" -> "MA-RO".
    static QString deriveCode(const QString& city, const QString& name);
};

} // namespace percorsi
