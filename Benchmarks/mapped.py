#!/usr/bin/env python3
"""Measures `arusha compare --map` against bare libyaml parsing of the same files (issue 29,
item 1).

    python3 Benchmarks/mapped.py                              # N = 1,000 and 2,000
    python3 Benchmarks/mapped.py --skip-build --runs 9
    python3 Benchmarks/mapped.py --skip-build --before /tmp/arusha-before

The files are responses to RAD 2026.1 (`Benchmarks/generate.py --questionnaire
Questionnaires/revised-arusha-declaration-2026.1.yaml`, seed 1), compared as RAD 2027.1
through the bundled map `rad-self-assessment-2026.1-to-2027.1`. For each binary:

- instructions (valgrind --tool=callgrind, deterministic) of `compare --map … --format json`
  and of the parse-only baseline (`parse-only.c`) on the same N files, their ratio, and the
  ratio per additional file between the two N (start-up and the questionnaires, paid once,
  left out); the same for plain `compare` of as many responses to RAD 2027.1, the path the
  mapped one should match;
- CPU time (user + system, medians of --runs runs in alternation) of the three on the larger
  N.

Release binaries are stripped before valgrind reads them (instructions.py says why).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys

from instructions import ROOT, WORK, cpu, instructions

MAP = "rad-self-assessment-2026.1-to-2027.1"
VERSIONS = {"2026.1": "revised-arusha-declaration-2026.1.yaml",
            "2027.1": "revised-arusha-declaration-2027.1.yaml"}


def responses(version, count):
    """`count` generated responses to RAD `version` (made once, reused)."""
    folder = os.path.join(WORK, f"rad-{version}-{count}-seed1")
    if not os.path.exists(os.path.join(folder, ".complete")):
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"),
                        "--count", str(count), "--seed", "1", "--questionnaire",
                        os.path.join(ROOT, "Questionnaires", VERSIONS[version]),
                        "--out", folder], check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(folder, ".complete"), "w").close()
    return folder


def stripped(binary, name):
    path = os.path.join(WORK, name)
    shutil.copy(binary, path)
    subprocess.run(["strip", path], check=True)
    return path


def commands(binary, baseline, count):
    mapped, plain = responses("2026.1", count), responses("2027.1", count)
    return {
        "parse (2026.1 files)": [baseline, mapped],
        "compare --map": [binary, "compare", mapped, "--map", MAP, "--format", "json"],
        "parse (2027.1 files)": [baseline, plain],
        "compare (plain)": [binary, "compare", plain, "--format", "json"],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", default="1000,2000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--binary", help="the build to measure (default: .build/release/arusha)")
    parser.add_argument("--before", help="another build, measured the same way in the same run")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    if not args.skip_build and not args.binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "arusha"], cwd=ROOT, check=True)
    binaries = {"after": args.binary or os.path.join(ROOT, ".build", "release", "arusha")}
    if args.before:
        binaries = {"before": args.before, **binaries}
    binaries = {name: stripped(path, f"arusha-mapped-{name}") for name, path in binaries.items()}
    baseline = os.path.join(WORK, "parse-only")
    subprocess.run(["cc", "-O2", "-o", baseline, os.path.join(ROOT, "Benchmarks", "parse-only.c"),
                    "-lyaml", "-lpthread"], check=True)
    counts = [int(c) for c in args.counts.split(",")]

    print("Instructions (callgrind)")
    for name, binary in binaries.items():
        counted = {}
        for count in counts:
            for what, command in commands(binary, baseline, count).items():
                counted[(what, count)] = instructions(command)
        for work, floor in (("compare --map", "parse (2026.1 files)"),
                            ("compare (plain)", "parse (2027.1 files)")):
            line = []
            for count in counts:
                line.append(f"N = {count}: {counted[(work, count)]:,} / {counted[(floor, count)]:,} = "
                            f"{counted[(work, count)] / counted[(floor, count)]:.2f}")
            first, last = counts[0], counts[-1]
            extra = ((counted[(work, last)] - counted[(work, first)])
                     / (counted[(floor, last)] - counted[(floor, first)]))
            print(f"  {name:6} {work:16} {'; '.join(line)}; per additional file {extra:.2f}")

    if args.runs:
        count = counts[-1]
        print(f"CPU (user + system), medians of {args.runs} runs, N = {count}")
        runs = {(name, what): command for name, binary in binaries.items()
                for what, command in commands(binary, baseline, count).items()}
        for command in runs.values():
            cpu(command)
        times = {key: [] for key in runs}
        for _ in range(args.runs):
            for key, command in runs.items():
                times[key].append(cpu(command))
        medians = {key: statistics.median(values) for key, values in times.items()}
        for name in binaries:
            for work, floor in (("compare --map", "parse (2026.1 files)"),
                                ("compare (plain)", "parse (2027.1 files)")):
                print(f"  {name:6} {work:16} {medians[(name, work)]:.3f} s, {floor} "
                      f"{medians[(name, floor)]:.3f} s, ratio {medians[(name, work)] / medians[(name, floor)]:.2f}")


if __name__ == "__main__":
    main()
