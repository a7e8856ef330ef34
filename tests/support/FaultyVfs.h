#pragma once

namespace percorsi::test {

// An SQLite VFS over the default one that fails the Nth write, sync or
// truncate after it is armed, once, with the error code given (SQLITE_FULL
// for a full disk, SQLITE_IOERR_* for a failing device). Connections opened
// while it is the default go through it for as long as they live.
class FaultyVfs
{
public:
    enum class Kind { Write, Sync, Truncate };

    // Makes this VFS, or again the real one, the default for new connections.
    static void makeDefault(bool faulty);
    static void arm(Kind kind, int nth, int errorCode);
    static void disarm();
    // Whether the armed fault was injected since arm().
    static bool fired();
    // How many calls of the armed kind were seen since arm().
    static int calls();
};

} // namespace percorsi::test
