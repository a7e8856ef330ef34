#pragma once

#include <QString>

#include "core/util/Result.h"

namespace percorsi {

class Database;

// A SHA-256 over all user-visible content: every synced field of every
// record, with references by uuid, records in uuid order. Internal ids,
// insertion order, clocks and local-only fields do not count, so two desks
// holding the same content have the same digest.
class Digest
{
public:
    static Result<QString> compute(Database& db);
};

} // namespace percorsi
