#include "tests/support/FaultyVfs.h"

#include <cstring>

#include <sqlite3.h>

namespace percorsi::test {

namespace {

constexpr char kName[] = "percorsi-faulty";

struct Fault
{
    bool armed = false;
    FaultyVfs::Kind kind = FaultyVfs::Kind::Write;
    int nth = 0;
    int calls = 0;
    int code = SQLITE_IOERR;
    bool fired = false;
};

Fault g_fault;
sqlite3_vfs g_vfs;
sqlite3_vfs* g_real = nullptr;

// The real file lives in the same allocation, just after this header.
struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<FaultyFile*>(f)->real;
}

// True when this call of `kind` is the one to fail.
bool strike(FaultyVfs::Kind kind)
{
    if (!g_fault.armed || g_fault.fired || g_fault.kind != kind) return false;
    if (++g_fault.calls < g_fault.nth) return false;
    g_fault.fired = true;
    return true;
}

int xClose(sqlite3_file* f)
{
    return real(f)->pMethods->xClose(real(f));
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (strike(FaultyVfs::Kind::Write)) return g_fault.code;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (strike(FaultyVfs::Kind::Truncate)) return g_fault.code;
    return real(f)->pMethods->xTruncate(real(f), size);
}

int xSync(sqlite3_file* f, int flags)
{
    if (strike(FaultyVfs::Kind::Sync)) return g_fault.code;
    return real(f)->pMethods->xSync(real(f), flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}

int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}

int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

const sqlite3_io_methods kMethods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<FaultyFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    const int rc = g_real->xOpen(g_real, name, wrapper->real, flags, outFlags);
    wrapper->base.pMethods = wrapper->real->pMethods ? &kMethods : nullptr;
    return rc;
}

} // namespace

void FaultyVfs::makeDefault(bool faulty)
{
    if (!g_real) {
        g_real = sqlite3_vfs_find(nullptr);
        // The other entry points (delete, access, time...) are the real VFS's.
        std::memcpy(&g_vfs, g_real, sizeof g_vfs);
        g_vfs.zName = kName;
        g_vfs.szOsFile = int(sizeof(FaultyFile)) + g_real->szOsFile;
        g_vfs.xOpen = xOpen;
        g_vfs.pNext = nullptr;
    }
    sqlite3_vfs_register(faulty ? &g_vfs : g_real, 1);
}

void FaultyVfs::arm(Kind kind, int nth, int errorCode)
{
    g_fault = Fault{true, kind, nth, 0, errorCode, false};
}

void FaultyVfs::disarm()
{
    g_fault.armed = false;
}

bool FaultyVfs::fired()
{
    return g_fault.fired;
}

int FaultyVfs::calls()
{
    return g_fault.calls;
}

} // namespace percorsi::test
