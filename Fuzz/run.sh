#!/usr/bin/env bash
# Runs the fuzzer for N seconds (default 600) over a corpus seeded with the bundled
# questionnaires and the YAML test suite. New inputs go to Fuzz/corpus-work (not committed);
# a crash is written to Fuzz/crash-* — add it to Tests/ArushaCoreTests/Fixtures/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
mkdir -p Fuzz/corpus-work
cp Questionnaires/*.yaml Fuzz/corpus-work/ 2>/dev/null || true
find Tests/ArushaYAMLTests/Fixtures/yaml-test-suite -name in.yaml | while read -r f; do
  cp "$f" "Fuzz/corpus-work/suite-$(echo "$f" | tr '/' '_')"
done
cp Fuzz/seeds/* Fuzz/corpus-work/
for f in Tests/ArushaCoreTests/Fixtures/fuzz/*; do [[ -f $f ]] && cp "$f" Fuzz/corpus-work/; done
LSAN_OPTIONS=suppressions=Fuzz/lsan.supp ASAN_OPTIONS=detect_leaks=1 ./Fuzz/fuzz-questionnaire -max_total_time="$seconds" -timeout=2 \
  -rss_limit_mb=2048 -max_len=65536 -dict=Fuzz/questionnaire.dict -artifact_prefix=Fuzz/ \
  -print_final_stats=1 Fuzz/corpus-work
