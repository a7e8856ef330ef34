#pragma once

namespace percorsi::cli {

class CommandContext;

// percorsi-cli edit-stream (not listed in the usage): N person edits, each its
// own transaction, each acknowledged on stdout once committed. The crash test
// kills it at random moments and checks that every acknowledged edit is there.
int runEditStream(CommandContext& context);

} // namespace percorsi::cli
