#!/usr/bin/env python3
"""Measures `arusha sign` against `arusha compare` of the same files (issue 29, item 3).

    python3 Benchmarks/sign.py                          # N = 1,000 and 10,000
    python3 Benchmarks/sign.py --skip-build --counts 1000 --runs 5 --callgrind 100,300
    python3 Benchmarks/sign.py --binary /tmp/arusha-before --counts 1000
    python3 Benchmarks/sign.py --skip-build --runs 0 --callgrind 100,300  # instructions only

For each N: the generated responses (Benchmarks/generate.py, seeded; copied to
`.build/benchmark/sign-N/` so that the signatures are not written beside the files other
benchmarks read), a key made by `arusha keygen`, then

- peak memory (maximum resident set size, GNU time) of `sign` and of `compare --format json`
  on the same files: `sign` should stay flat in N, as `compare` does;
- CPU time (user + system, medians of --runs runs, in alternation) of both: the floor of
  `sign` is `compare` of the same files (both read, parse and check every file; `sign` also
  hashes each twice, reads it twice and signs it);
- with --callgrind M1,M2, instructions (valgrind --tool=callgrind, deterministic) of both on
  the first M1 and M2 files, and the instructions per additional file (start-up and the
  questionnaire, paid once, left out).

`sign` writes one `.sig` per file, each fsync'ed, so its wall clock depends on the disk; the
CPU time and the instructions are what count.
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.path.join(ROOT, ".build", "benchmark")


def responses(count):
    """The folder of `count` responses to sign, a copy of the generated ones."""
    source = os.path.join(WORK, f"responses-{count}-seed1")
    if not os.path.exists(os.path.join(source, ".complete")):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"),
                        "--count", str(count), "--seed", "1", "--out", source], check=True,
                       stdout=subprocess.DEVNULL)
        open(os.path.join(source, ".complete"), "w").close()
    folder = os.path.join(WORK, f"sign-{count}")
    if not os.path.isdir(folder):
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns(".complete"))
    return folder


def files(folder):
    return sorted(glob.glob(os.path.join(folder, "**", "*.yaml"), recursive=True))


def cpu(command):
    """CPU seconds (user + system) of one run."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command[:3])} …")
    return usage.ru_utime + usage.ru_stime


def peak_memory(command):
    """Maximum resident set size of one run, in KiB (GNU time)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, check=True)
    return int(result.stderr.decode().strip().splitlines()[-1])


def instructions(command):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
                         + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, check=True).stderr
    return int(re.search(r"refs:\s+([\d,]+)", out).group(1).replace(",", ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5,
                        help="CPU runs of each command (0: instructions only)")
    parser.add_argument("--callgrind", default="",
                        help="also count instructions on the first M files of the first N "
                             "(a list: 100,300 gives the cost per additional file)")
    parser.add_argument("--binary", help="the arusha to measure (default: the release build)")
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    binary = args.binary
    if binary is None:
        if not args.skip_build:
            subprocess.run(["swift", "build", "-c", "release", "--product", "arusha"], cwd=ROOT,
                           check=True)
        binary = os.path.join(ROOT, ".build", "release", "arusha")
    key = os.path.join(WORK, "sign-key")
    if not os.path.exists(key):
        subprocess.run([binary, "keygen", "-f", key], check=True, stderr=subprocess.DEVNULL)

    counts = [int(n) for n in args.counts.split(",") if n]
    for count in counts if args.runs else []:
        folder = responses(count)
        paths = files(folder)
        sign = [binary, "sign", "--key", key] + paths
        compare = [binary, "compare", folder, "--format", "json"]
        cpu(sign), cpu(compare)
        times = {"sign": [], "compare": []}
        for _ in range(args.runs):
            times["sign"].append(cpu(sign))
            times["compare"].append(cpu(compare))
        medians = {name: statistics.median(values) for name, values in times.items()}
        sign_peak = max(peak_memory(sign) for _ in range(2))
        compare_peak = max(peak_memory(compare) for _ in range(2))
        print(f"N = {count:>6}: sign {sign_peak / 1024:.1f} MiB, compare {compare_peak / 1024:.1f} MiB"
              f" (peak RSS); CPU medians of {args.runs}: sign {medians['sign']:.3f} s, compare "
              f"{medians['compare']:.3f} s, ratio {medians['sign'] / medians['compare']:.2f}", flush=True)
    sizes = [int(m) for m in args.callgrind.split(",") if m]
    if sizes:
        folder = responses(counts[0])
        stripped = os.path.join(WORK, f"arusha-sign-stripped-{os.getpid()}")
        shutil.copy(binary, stripped)
        subprocess.run(["strip", stripped], check=True)
        measured = []
        for size in sizes:
            subset = os.path.join(WORK, f"sign-callgrind-{size}")
            if not os.path.isdir(subset):
                for path in files(folder)[:size]:
                    target = os.path.join(subset, os.path.relpath(path, folder))
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    shutil.copy(path, target)
            sign = instructions([stripped, "sign", "--key", key] + files(subset))
            compare = instructions([stripped, "compare", subset, "--format", "json"])
            measured.append((size, sign, compare))
            print(f"M = {size:>5} files under callgrind: sign {sign:,} instructions, "
                  f"compare {compare:,}, ratio {sign / compare:.2f}")
        if len(measured) >= 2:
            (m1, s1, c1), (m2, s2, c2) = measured[0], measured[-1]
            print(f"per additional file: sign {(s2 - s1) // (m2 - m1):,} instructions, "
                  f"compare {(c2 - c1) // (m2 - m1):,}, ratio {(s2 - s1) / (c2 - c1):.2f}")
        os.remove(stripped)

if __name__ == "__main__":
    main()
