#!/usr/bin/env python3
"""Times `arusha compare` in every report format on many groups of one respondent (issue 29,
item 2), against the JSON report and bare libyaml parsing of the same files, in the same run.

    python3 Benchmarks/groups.py                          # 2,500, 5,000 and 10,000 groups
    python3 Benchmarks/groups.py --skip-build --groups 2500,5000 --runs 5
    python3 Benchmarks/groups.py --skip-build --before /tmp/arusha-before
    python3 Benchmarks/groups.py --skip-build --instructions 2500

The files are those of `instructions.py` (`.build/benchmark/groups-N`: N responses, each its
own administration). For each N, prints the median CPU time (user + system) of parse only and
of `compare --format F` for json, html, xlsx and markdown (runs in alternation after one
warm-up each), each format's ratio to parse only and to json, and what each format costs
beyond json per group. `--before BINARY` measures another build (the code before a change)
in the same runs, in alternation with this one. `--instructions N` also counts the instructions of every format under
valgrind (callgrind) at N groups.
"""
import argparse, os, shutil, statistics, subprocess, tempfile

from instructions import ROOT, WORK, groups, instructions, cpu

FORMATS = ["json", "html", "xlsx", "markdown"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", default="2500,5000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--instructions", type=int, default=0)
    parser.add_argument("--binary", help="an arusha binary to measure instead of the release build")
    parser.add_argument("--before", help="another arusha binary, measured in the same runs")
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "arusha"], cwd=ROOT, check=True)
    binary = args.binary or os.path.join(ROOT, ".build", "release", "arusha")
    baseline = os.path.join(WORK, "parse-only")
    subprocess.run(["cc", "-O2", "-o", baseline, os.path.join(ROOT, "Benchmarks", "parse-only.c"),
                    "-lyaml", "-lpthread"], check=True)
    out = tempfile.mkdtemp()
    for count in [int(c) for c in args.groups.split(",")]:
        folder = groups(count)
        commands = {"parse": [baseline, folder]}
        builds = [("", binary)] + ([("before ", args.before)] if args.before else [])
        for label, build in builds:
            for format in FORMATS:
                commands[label + format] = [build, "compare", folder, "--format", format,
                                            "--output", os.path.join(out, "report." + format)]
        for command in commands.values():
            cpu(command)
        times = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(cpu(command))
        medians = {name: statistics.median(values) for name, values in times.items()}
        print(f"{count} groups of one respondent, CPU medians of {args.runs} runs: "
              f"parse only {medians['parse']:.3f} s")
        for label, _ in reversed(builds):
            json = medians[label + "json"]
            for format in FORMATS:
                time = medians[label + format]
                beyond = (time - json) / count * 1e6
                print(f"  {label + format:15} {time:.3f} s  / parse {time / medians['parse']:.2f}"
                      f"  / json {time / json:.2f}  beyond json {beyond:.0f} µs a group")
        if count == args.instructions:
            parse = instructions([baseline, folder])
            print(f"  instructions at {count} groups: parse only {parse:,}")
            for label, build in reversed(builds):
                stripped = os.path.join(WORK, "arusha-groups-stripped")
                shutil.copy(build, stripped)
                subprocess.run(["strip", stripped], check=True)
                for format in FORMATS:
                    counted = instructions([stripped, "compare", folder, "--format", format,
                                            "--output", os.path.join(out, "report." + format)])
                    print(f"  {label + format:15} {counted:,} instructions, / parse {counted / parse:.2f}",
                          flush=True)
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
