#pragma once

#include <cstddef>
#include <cstdint>

namespace percorsi {
class Database;
}

namespace percorsi::fuzz {

// The bodies of the libFuzzer harnesses, shared with core_tests, which runs
// the seed corpus and every input that once crashed through them.
// Each reads `data` as an untrusted file would be read and must neither crash
// nor leak, whatever the bytes.
int manifest(const uint8_t* data, size_t size);
int jsonLines(const uint8_t* data, size_t size);
int csv(const uint8_t* data, size_t size);
int zip(const uint8_t* data, size_t size);
int decrypt(const uint8_t* data, size_t size);
int peopleImport(const uint8_t* data, size_t size);

// The database the importing targets read into; they leave it unchanged.
Database& database();

// The passphrase of the encrypted seeds.
inline constexpr char kPassphrase[] = "fuzzing-passphrase";

} // namespace percorsi::fuzz
