#!/usr/bin/env bash
# Builds the self-contained arusha executable for Linux, strips it, checks it, and prints its
# path as the last line (the only line on standard output; progress goes to standard error).
#
#   scripts/release.sh [--scratch-path PATH]     (default: .build-static in the repository)
#
# Self-contained: the Swift runtime and Foundation (ICU included) are linked in with
# `--static-swift-stdlib`, and so is libyaml: SwiftPM reads the link flags of the system
# library target CLibYAML from pkg-config's yaml-0.1, so this script writes a yaml-0.1.pc of
# its own whose libdir is a folder holding only libyaml.a, and puts it first on
# PKG_CONFIG_PATH. The linker then finds `-lyaml` (the .pc's and the module map's `link`) in
# that folder as the archive, before the system folder and its libyaml.so. What is left to
# the target machine: glibc, libstdc++ and libgcc_s (the script prints the oldest versions).
#
# Every check that fails stops the script with a message and a non-zero exit.
set -euo pipefail

say() { printf 'release.sh: %s\n' "$*" >&2; }
fail() {
  printf 'release.sh: error: %s\n' "$*" >&2
  exit 1
}
trap 'printf "release.sh: error: line %s failed: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR

scratch=
while (($#)); do
  case $1 in
  --scratch-path)
    (($# >= 2)) || fail "--scratch-path needs a folder"
    scratch=$2
    shift 2
    ;;
  -h | --help)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 0
    ;;
  *) fail "unknown argument '$1' (usage: scripts/release.sh [--scratch-path PATH])" ;;
  esac
done

[[ -z $scratch || $scratch == /* ]] || scratch=$PWD/$scratch
cd "$(dirname "$0")/.."
root=$PWD
scratch=${scratch:-$root/.build-static}

[[ $(uname -s) == Linux ]] || fail "this script builds the Linux executable; run it on Linux"
command -v swift >/dev/null || fail "swift is not on PATH (Swift 6 toolchain needed)"
command -v pkg-config >/dev/null || fail "pkg-config is missing: apt-get install pkg-config"
command -v strip >/dev/null || fail "strip is missing: apt-get install binutils"
command -v ldd >/dev/null || fail "ldd is missing"
pkg-config --exists yaml-0.1 || fail "pkg-config knows no yaml-0.1: apt-get install libyaml-dev"
libdir=$(pkg-config --variable=libdir yaml-0.1)
pcfile=$(pkg-config --variable=pcfiledir yaml-0.1)/yaml-0.1.pc
[[ -f $libdir/libyaml.a ]] || fail "no $libdir/libyaml.a to link statically: apt-get install libyaml-dev"
[[ -f $pcfile ]] || fail "cannot find yaml-0.1.pc (looked at $pcfile)"

# A yaml-0.1.pc like the system's, but whose libdir holds libyaml.a and nothing else.
static=$scratch/static-libyaml
rm -rf "$static"
mkdir -p "$static/lib"
cp "$libdir/libyaml.a" "$static/lib/"
grep -q '^libdir=' "$pcfile" || fail "$pcfile has no libdir= line to replace"
sed "s|^libdir=.*|libdir=$static/lib|" "$pcfile" >"$static/yaml-0.1.pc"
grep -q -- "-L\${libdir}" "$static/yaml-0.1.pc" ||
  fail "$pcfile does not link through -L\${libdir}; cannot point it at libyaml.a"

say "building (release, --static-swift-stdlib, libyaml.a) in $scratch"
build=(swift build -c release --static-swift-stdlib --product arusha --scratch-path "$scratch")
PKG_CONFIG_PATH=$static${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH} "${build[@]}" >&2 ||
  fail "swift build failed"
built=$("${build[@]}" --show-bin-path)/arusha
[[ -x $built ]] || fail "the build left no executable at $built"

mkdir -p "$scratch/dist"
binary=$scratch/dist/arusha
strip -o "$binary" "$built" || fail "strip failed"

say "checking $binary"
libraries=$(ldd "$binary") || fail "ldd cannot read $binary"
printf '%s\n' "$libraries" | sed 's/^/  /' >&2
if grep -E 'not found' <<<"$libraries" >&2; then fail "a library the binary needs is missing"; fi
if grep -E 'lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime|icu|yaml)' <<<"$libraries" >&2; then
  fail "the binary still links the libraries above dynamically: it is not self-contained"
fi

# Run it as another machine would: from a folder outside the repository, with no environment.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
log=$work/output.log
run() {
  if ! env -i "$binary" "$@" >"$log" 2>&1; then
    sed 's/^/  /' "$log" >&2
    fail "'arusha $*' failed (run from an empty folder with env -i)"
  fi
}
run --version
[[ $(cat "$log") == [0-9]* ]] || fail "'arusha --version' printed '$(cat "$log")'"
say "version $(cat "$log")"
run questionnaires
for id in rad-self-assessment internal-affairs example; do
  grep -q "^$id " "$log" || fail "'arusha questionnaires' does not list '$id'"
done
cp "$root"/Questionnaires/*.yaml "$work/"
for file in "$root"/Questionnaires/*.yaml; do
  run validate "$(basename "$file")"
done
# ICU is linked in: Foundation's "Any-Latin; Latin-ASCII" transform still names the file.
if ! printf ':q\n' | env -i "$binary" assess example --administration 海关 --round 1 --plain \
  >"$log" 2>&1; then
  sed 's/^/  /' "$log" >&2
  fail "'arusha assess example --administration 海关' failed"
fi
named=(hai-guan-????????-1.yaml)
[[ -f ${named[0]} ]] ||
  fail "'arusha assess --administration 海关' did not write hai-guan-XXXXXXXX-1.yaml (transliteration without ICU?): $(ls)"
say "assess transliterated 海关 to ${named[0]}"
cd "$root"

size=$(stat -c %s "$binary")
glibc=$(objdump -T "$binary" 2>/dev/null | grep -oE 'GLIBC_[0-9.]+' | sort -Vu | tail -1 || true)
glibcxx=$(objdump -T "$binary" 2>/dev/null | grep -oE 'GLIBCXX_[0-9.]+' | sort -Vu | tail -1 || true)
say "ok: $((size / 1024 / 1024)) MiB ($size bytes), stripped; needs ${glibc:-glibc} and ${glibcxx:-libstdc++} or newer"
printf '%s\n' "$binary"
