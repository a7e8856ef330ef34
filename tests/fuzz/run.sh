#!/usr/bin/env bash
# Builds core and the libFuzzer harnesses with clang (ASan + UBSan) in
# build-fuzz/ and runs each harness for SECONDS over a copy of its seed corpus.
#   tests/fuzz/run.sh [SECONDS] [HARNESS...]     (docs/fuzzing.md)
# A crash leaves its input in build-fuzz/artifacts/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(manifest jsonl csv zip decrypt people_import)

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPERCORSI_FUZZ=ON -DPERCORSI_SANITIZE=address,undefined >/dev/null
cmake --build build-fuzz -j2 $(printf -- '--target fuzz_%s ' "${harnesses[@]}")

mkdir -p build-fuzz/artifacts
status=0
for h in "${harnesses[@]}"; do
  work=build-fuzz/corpus/$h
  mkdir -p "$work"
  log=build-fuzz/fuzz_$h.log
  # The seeds stay as committed; what the fuzzer finds grows in build-fuzz/corpus.
  if ! build-fuzz/fuzz/fuzz_"$h" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096 \
      -timeout=30 -artifact_prefix=build-fuzz/artifacts/"$h"- "$work" tests/fuzz/corpus/"$h" >"$log" 2>&1; then
    status=1
    echo "fuzz_$h: FAILED, see $log and build-fuzz/artifacts/"
    tail -n 40 "$log"
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz_$h: $runs executions in ${seconds} s"
done
exit $status
