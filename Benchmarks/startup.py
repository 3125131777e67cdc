#!/usr/bin/env python3
"""Measures the start-up of the shipped arusha against its floors (issue 29, item 4).

    python3 Benchmarks/startup.py                       # builds with scripts/release.sh
    python3 Benchmarks/startup.py --skip-build          # the last release.sh build
    python3 Benchmarks/startup.py --binary /tmp/arusha-before --runs 31
    python3 Benchmarks/startup.py --skip-build --runs 0 # instructions only

Three commands of the shipped binary (scripts/release.sh: static Swift runtime, Foundation and
libyaml), each against its floor measured in the same run:

- `arusha --version` against an empty C program (`int main(void) { return 0; }`);
- `arusha validate Questionnaires/revised-arusha-declaration.yaml` against bare libyaml
  parsing of that file (Benchmarks/parse-serial.c: parse-only.c's work on the files given, on
  one thread, so that its count is the same on every run);
- `arusha score RESPONSE` (default docs/worked-example/sahelia-2024.yaml, a response of the
  bundled questionnaire) against bare libyaml parsing of the response and of the
  questionnaire it is scored against (both must be parsed; parse-serial.c given both files),
  and, for reference, of the response alone.

Instructions: valgrind --tool=callgrind, deterministic (the binary is stripped first:
valgrind's reader gives up on the debug information of Swift 6.3's release builds). CPU: the
child's user + system time (`wait4`), medians of --runs runs in alternation after one warm-up
each. Output of every command is discarded; each must exit 0.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.path.join(ROOT, ".build", "benchmark")
QUESTIONNAIRE = os.path.join(ROOT, "Questionnaires", "revised-arusha-declaration.yaml")
RESPONSE = os.path.join(ROOT, "docs", "worked-example", "sahelia-2024.yaml")


def instructions(command):
    """Instructions of one run under callgrind."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
                         + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True)
    if out.returncode != 0:
        sys.exit(f"failed under valgrind: {' '.join(command)}\n{out.stderr[-2000:]}")
    return int(re.search(r"refs:\s+([\d,]+)", out.stderr).group(1).replace(",", ""))


def cpu(command):
    """CPU seconds (user + system) of one run."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return usage.ru_utime + usage.ru_stime


def floors():
    """The empty C program and the libyaml parser, compiled into WORK."""
    empty_source = os.path.join(WORK, "empty.c")
    with open(empty_source, "w") as file:
        file.write("int main(void) { return 0; }\n")
    empty = os.path.join(WORK, "empty")
    subprocess.run(["cc", "-O2", "-o", empty, empty_source], check=True)
    parse = os.path.join(WORK, "parse-serial")
    subprocess.run(["cc", "-O2", "-o", parse, os.path.join(ROOT, "Benchmarks", "parse-serial.c"),
                    "-lyaml"], check=True)
    return empty, parse


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", help="the arusha to measure (default: release.sh's)")
    parser.add_argument("--skip-build", action="store_true",
                        help="measure the last scripts/release.sh build")
    parser.add_argument("--runs", type=int, default=21,
                        help="CPU runs of each command (0: instructions only)")
    parser.add_argument("--response", default=RESPONSE, help="the response to score")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    binary = args.binary
    if binary is None:
        binary = os.path.join(ROOT, ".build-static", "dist", "arusha")
        if not args.skip_build:
            out = subprocess.run([os.path.join(ROOT, "scripts", "release.sh")], cwd=ROOT,
                                 check=True, stdout=subprocess.PIPE, text=True).stdout
            binary = out.strip().splitlines()[-1]
    stripped = os.path.join(WORK, f"arusha-startup-stripped-{os.getpid()}")
    shutil.copy(binary, stripped)
    subprocess.run(["strip", stripped], check=True)
    empty, parse = floors()
    response = os.path.abspath(args.response)
    cases = [
        ("--version", [stripped, "--version"], "empty C program", [empty]),
        ("validate", [stripped, "validate", QUESTIONNAIRE],
         "libyaml: questionnaire", [parse, QUESTIONNAIRE]),
        ("score", [stripped, "score", response, "--format", "json"],
         "libyaml: response + questionnaire", [parse, response, QUESTIONNAIRE]),
    ]
    reference = ("libyaml: response alone", [parse, response])
    try:
        counts = {}
        for _, command, _, floor in cases:
            counts[tuple(command)] = instructions(command)
            counts[tuple(floor)] = instructions(floor)
        counts[tuple(reference[1])] = instructions(reference[1])
        medians = {}
        if args.runs:
            commands = [c for _, c, _, _ in cases] + [f for _, _, _, f in cases] + [reference[1]]
            times = {tuple(c): [] for c in commands}
            for command in commands:
                cpu(command)
            for _ in range(args.runs):
                for command in commands:
                    times[tuple(command)].append(cpu(command))
            medians = {key: statistics.median(values) for key, values in times.items()}
    finally:
        os.remove(stripped)

    def row(name, command, floor_name, floor):
        line = (f"{name:<10} {counts[tuple(command)] / 1e6:8.2f} M instr, floor ({floor_name}) "
                f"{counts[tuple(floor)] / 1e6:7.2f} M: {counts[tuple(command)] / counts[tuple(floor)]:5.2f}×")
        if medians:
            line += (f" | CPU {medians[tuple(command)] * 1e3:6.1f} ms, floor "
                     f"{medians[tuple(floor)] * 1e3:5.1f} ms: "
                     f"{medians[tuple(command)] / medians[tuple(floor)]:5.2f}×")
        return line

    print(f"arusha: {binary}" + (f"; CPU medians of {args.runs} runs" if args.runs else ""))
    for name, command, floor_name, floor in cases:
        print(row(name, command, floor_name, floor))
    score = cases[2][1]
    print(row("score", score, reference[0], reference[1]))


if __name__ == "__main__":
    main()
