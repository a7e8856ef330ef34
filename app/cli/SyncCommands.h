#pragma once

namespace percorsi::cli {

class CommandContext;

int runExport(CommandContext& context);
int runImport(CommandContext& context);
int runConflicts(CommandContext& context);

} // namespace percorsi::cli
