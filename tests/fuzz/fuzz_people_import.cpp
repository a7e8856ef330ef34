// libFuzzer entry point; the body is shared with core_tests (FuzzTargets.cpp).
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return percorsi::fuzz::peopleImport(data, size);
}
