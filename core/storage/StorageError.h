#pragma once

#include "core/util/Error.h"

namespace percorsi {

// An error from SQLite in words for the user: a full disk or a failing
// device says so (and that the change was not saved), constraint violations
// become conflicts, and SQLite's own words follow in brackets.
Error storageError(int sqliteCode, const QString& sqliteMessage);

} // namespace percorsi
