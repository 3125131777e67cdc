#!/usr/bin/env python3
"""Median CPU time (user + system) and wall time of running each binary with the same arguments.

    python3 scripts/cpu-time.py [--runs 11] BINARY... -- ARGUMENT...

The binaries run in alternation, after one warm-up run each (so that all read from the page
cache), with standard output and error discarded; the CPU time of each run is the child's own
(`wait4`), so other processes on the machine do not count. Used for the figures in the README's
"Getting the binary".
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run(command: list[str]) -> tuple[float, float, int]:
    """CPU seconds (user + system), wall seconds and exit status of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return usage.ru_utime + usage.ru_stime, wall, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(
        usage="%(prog)s [--runs N] BINARY... -- ARGUMENT...",
        description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("binaries", nargs="+", metavar="BINARY")
    split = sys.argv.index("--") if "--" in sys.argv else len(sys.argv)
    args = parser.parse_args(sys.argv[1:split])
    if split == len(sys.argv):
        parser.error("separate the binaries from the arguments with --")
    arguments = sys.argv[split + 1:]
    cpu: dict[str, list[float]] = {binary: [] for binary in args.binaries}
    wall: dict[str, list[float]] = {binary: [] for binary in args.binaries}
    for binary in args.binaries:
        _, _, status = run([binary, *arguments])
        if status != 0:
            sys.exit(f"{binary} {' '.join(arguments)}: exit {status}")
    for _ in range(args.runs):
        for binary in args.binaries:
            seconds, elapsed, _ = run([binary, *arguments])
            cpu[binary].append(seconds)
            wall[binary].append(elapsed)
    print(f"{' '.join(arguments)}: median of {args.runs} runs")
    for binary in args.binaries:
        print(f"  {binary}: CPU (user + sys) {statistics.median(cpu[binary]) * 1000:.1f} ms, "
              f"wall {statistics.median(wall[binary]) * 1000:.1f} ms "
              f"(CPU min {min(cpu[binary]) * 1000:.1f}, max {max(cpu[binary]) * 1000:.1f})")


if __name__ == "__main__":
    main()
