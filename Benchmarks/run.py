#!/usr/bin/env python3
"""Times `arusha compare` against parsing the same files with libyaml alone.

    python3 Benchmarks/run.py                   # N = 10,000, 7 runs, memory at 1,000 and 10,000
    python3 Benchmarks/run.py --count 2000 --runs 5 --memory 500,2000

Steps: generates the responses (Benchmarks/generate.py, seeded) unless they exist, builds
arusha in release mode, compiles Benchmarks/parse-only.c against libyaml, then runs both
programs on the same folder in alternation (after one warm-up run each, so both read from the
page cache) and prints the median wall-clock times and their ratio. Both use every core:
arusha its worker threads, parse-only one thread per core. Peak memory (maximum resident set
size) is measured for each N of --memory with GNU time (/usr/bin/time), to show that it does
not grow with the number of files.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def run(command, **kwargs):
    """Runs `command`, failing loudly."""
    return subprocess.run(command, check=True, **kwargs)


def measure(command):
    """Wall-clock seconds of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, error = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{error.decode()}")
    return elapsed


def cpu_time(command):
    """CPU seconds (user + system) of one run of `command`, from its resource usage."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return usage.ru_utime + usage.ru_stime


def peak_memory(command):
    """Maximum resident set size of one run of `command`, in KiB, as GNU time reports it.

    Measured through /usr/bin/time rather than from Python, whose own memory a forked child
    would count until it execs."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, check=True)
    return int(result.stderr.decode().strip().splitlines()[-1])


def responses(work, count, seed):
    folder = os.path.join(work, f"responses-{count}-seed{seed}")
    stamp = os.path.join(folder, ".complete")
    if not os.path.exists(stamp):
        run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), "--count",
             str(count), "--seed", str(seed), "--out", folder])
        open(stamp, "w").close()
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000, help="responses for the timing")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each program")
    parser.add_argument("--memory", default="1000,10000", help="counts for peak memory")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "benchmark"))
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    if not args.skip_build:
        run(["swift", "build", "-c", "release", "--product", "arusha"], cwd=ROOT)
    arusha = os.path.join(ROOT, ".build", "release", "arusha")
    baseline = os.path.join(args.work, "parse-only")
    run(["cc", "-O2", "-o", baseline, os.path.join(ROOT, "Benchmarks", "parse-only.c"),
         "-lyaml", "-lpthread"])

    def compare(folder):
        return [arusha, "compare", folder, "--format", "json"]

    def parse(folder):
        return [baseline, folder]

    folder = responses(args.work, args.count, args.seed)
    measure(parse(folder))
    measure(compare(folder))
    parse_times, compare_times = [], []
    for _ in range(args.runs):
        parse_times.append(measure(parse(folder)))
        compare_times.append(measure(compare(folder)))
    parse_median = statistics.median(parse_times)
    compare_median = statistics.median(compare_times)
    cores = os.cpu_count()
    print(f"N = {args.count} responses, {args.runs} runs each, {cores} cores")
    print(f"  parse only (libyaml events)  median {parse_median:.3f} s   "
          f"runs {', '.join(f'{t:.3f}' for t in parse_times)}")
    print(f"  arusha compare --format json median {compare_median:.3f} s   "
          f"runs {', '.join(f'{t:.3f}' for t in compare_times)}")
    print(f"  ratio compare / parse = {compare_median / parse_median:.2f} (wall clock)")
    parse_cpu = statistics.median(cpu_time(parse(folder)) for _ in range(args.runs))
    compare_cpu = statistics.median(cpu_time(compare(folder)) for _ in range(args.runs))
    print(f"  CPU time (user + system), medians: parse only {parse_cpu:.3f} s, "
          f"compare {compare_cpu:.3f} s, ratio {compare_cpu / parse_cpu:.2f}")

    print("peak memory (maximum resident set size)")
    for count in [int(n) for n in args.memory.split(",") if n]:
        folder = responses(args.work, count, args.seed)
        compare_peak = max(peak_memory(compare(folder)) for _ in range(3))
        parse_peak = max(peak_memory(parse(folder)) for _ in range(3))
        print(f"  N = {count:>6}: arusha compare {compare_peak / 1024:.1f} MiB, "
              f"parse only {parse_peak / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
