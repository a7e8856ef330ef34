#pragma once

namespace percorsi::cli {

class CommandContext;

int runReport(CommandContext& context);

} // namespace percorsi::cli
