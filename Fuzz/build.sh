#!/usr/bin/env bash
# Builds Fuzz/fuzz-questionnaire: the loader, the validator and the workbook reader
# instrumented for libFuzzer, with AddressSanitizer. Usage: Fuzz/build.sh && Fuzz/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" --product ArushaFuzzable \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g
swiftc -O -g -sanitize=fuzzer,address -parse-as-library \
  -I "$scratch/release/Modules" -I Sources/CLibYAML \
  -I "$scratch/checkouts/ZIPFoundation/Sources/CZLib" \
  Fuzz/entry.swift "$scratch/release/libArushaFuzzable.a" -lyaml -lz \
  -o Fuzz/fuzz-questionnaire
echo "built Fuzz/fuzz-questionnaire"
