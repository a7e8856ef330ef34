#pragma once

#include <QString>

namespace percorsi {

// The name of the account running Percorsi, for the audit log until users log in.
QString systemUserName();

} // namespace percorsi
