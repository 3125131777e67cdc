#!/usr/bin/env python3
"""Counts instructions (valgrind --tool=callgrind, deterministic) of `arusha compare` against
bare libyaml parsing of the same files, and times the many-groups case in CPU.

    python3 Benchmarks/instructions.py                  # N = 1,000 and 2,000; 10,000 groups
    python3 Benchmarks/instructions.py --skip-build

Prints, for each N, both counts and their ratio, then the ratio per additional file (the
difference of the two counts over the difference of the baseline's), and the median CPU time
(user + system, 7 runs) of both programs on 10,000 files that are 10,000 groups (one
respondent each). The release binary is stripped before valgrind reads it: valgrind's reader
gives up on the debug information of Swift 6.3's release builds.
"""
import argparse, os, re, shutil, statistics, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.path.join(ROOT, ".build", "benchmark")


def responses(count):
    folder = os.path.join(WORK, f"responses-{count}-seed1")
    if not os.path.isdir(folder):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"),
                        "--count", str(count), "--seed", "1", "--out", folder], check=True,
                       stdout=subprocess.DEVNULL)
    return folder


def groups(count):
    """`count` responses, each its own administration: `count` groups of one respondent."""
    folder = os.path.join(WORK, f"groups-{count}")
    if os.path.isdir(folder):
        return folder
    source, n = responses(count), 0
    for root, _, files in sorted(os.walk(source)):
        for name in sorted(files):
            text = open(os.path.join(root, name), encoding="utf-8").read()
            text = re.sub(r"(?m)^administration: .*$", f"administration: Customs {n:05d}", text, 1)
            sub = os.path.join(folder, f"{n // 250:03d}")
            os.makedirs(sub, exist_ok=True)
            open(os.path.join(sub, name), "w", encoding="utf-8").write(text)
            n += 1
    return folder


def instructions(command):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + command,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
    return int(re.search(r"refs:\s+([\d,]+)", out).group(1).replace(",", ""))


def cpu(command):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, command
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", default="1000,2000")
    parser.add_argument("--groups", type=int, default=10000)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "arusha"], cwd=ROOT, check=True)
    binary = os.path.join(WORK, "arusha-stripped")
    shutil.copy(os.path.join(ROOT, ".build", "release", "arusha"), binary)
    subprocess.run(["strip", binary], check=True)
    baseline = os.path.join(WORK, "parse-only")
    subprocess.run(["cc", "-O2", "-o", baseline, os.path.join(ROOT, "Benchmarks", "parse-only.c"),
                    "-lyaml", "-lpthread"], check=True)
    counts = [int(c) for c in args.counts.split(",")]
    measured = []
    for count in counts:
        folder = responses(count)
        compare = instructions([binary, "compare", folder, "--format", "json"])
        parse = instructions([baseline, folder])
        measured.append((compare, parse))
        print(f"N = {count:6}: compare {compare:,} instructions, parse only {parse:,}, ratio {compare / parse:.2f}")
    if len(measured) >= 2:
        (c1, p1), (c2, p2) = measured[0], measured[-1]
        print(f"per additional file: {(c2 - c1) / (p2 - p1):.2f}")
    folder = groups(args.groups)
    commands = {"parse": [baseline, folder], "compare": [binary, "compare", folder, "--format", "json"]}
    for command in commands.values():
        cpu(command)
    times = {name: [] for name in commands}
    for _ in range(7):
        for name, command in commands.items():
            times[name].append(cpu(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{args.groups} groups of one respondent, CPU medians: parse only {medians['parse']:.3f} s, "
          f"compare {medians['compare']:.3f} s, ratio {medians['compare'] / medians['parse']:.2f}")


if __name__ == "__main__":
    main()
