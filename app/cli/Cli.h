#pragma once

#include <QStringList>

namespace percorsi::cli {

// Runs percorsi-cli with the process arguments; returns the exit code.
int run(const QStringList& arguments);

} // namespace percorsi::cli
