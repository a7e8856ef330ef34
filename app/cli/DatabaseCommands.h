#pragma once

namespace percorsi::cli {

class CommandContext;

int runInit(CommandContext& context);
int runDemo(CommandContext& context);
int runStats(CommandContext& context);
int runSearch(CommandContext& context);
int runCheck(CommandContext& context);
int runDigest(CommandContext& context);

} // namespace percorsi::cli
