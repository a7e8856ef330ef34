#pragma once

namespace percorsi::cli {

class CommandContext;

// percorsi-cli person show|set
int runPerson(CommandContext& context);

} // namespace percorsi::cli
