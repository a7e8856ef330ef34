#pragma once

namespace percorsi::cli {

class CommandContext;

// percorsi-cli audit: lists the audit log, or verifies its hash chain.
int runAudit(CommandContext& context);

} // namespace percorsi::cli
