#!/usr/bin/env python3
"""Cost of hostile inputs up to the 4 MiB read limit, every command and format, next to the
least any tool must do: parse the same file with libyaml (issue 22, kind 1).

    python3 Benchmarks/hostile-run.py [--skip-build] [--size BYTES] [--only SUBSTRING]

Builds arusha in release mode (unless --skip-build), compiles Benchmarks/parse-only.c,
writes the files with Benchmarks/hostile.py into .build/benchmark/hostile/, then for each
case and command prints wall-clock seconds, peak memory (GNU time's maximum resident set
size), bytes written to stdout and stderr, and the libyaml floor of the same file measured in
the same run. A case past 60 s is killed and shown as such. Promise: at most about 1 s and
200 MB each.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "Questionnaires", "example.yaml")


def measure(command, cwd):
    """(seconds, MiB, stdout bytes, stderr bytes, status) of one run under /usr/bin/time."""
    with tempfile.NamedTemporaryFile() as timing, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        try:
            status = subprocess.run(
                ["/usr/bin/time", "-o", timing.name, "-f", "%e %M"] + command, cwd=cwd,
                stdout=out, stderr=err, timeout=60).returncode
        except subprocess.TimeoutExpired:
            return None
        fields = open(timing.name).read().split("\n")[-2].split()
        return (float(fields[0]), int(fields[1]) / 1024, out.seek(0, 2), err.seek(0, 2), status)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--size", type=int, default=4 * 1024 * 1024 - 4096)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    work = os.path.join(ROOT, ".build", "benchmark", "hostile")
    os.makedirs(work, exist_ok=True)
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "arusha"], cwd=ROOT,
                       check=True)
    arusha = os.path.join(ROOT, ".build", "release", "arusha")
    floor = os.path.join(work, "parse-only")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "Benchmarks", "parse-only.c"),
                    "-lyaml", "-lpthread"], check=True)
    files = os.path.join(work, "files")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "hostile.py"), "--out",
                    files, "--size", str(args.size)], check=True, stdout=subprocess.DEVNULL)
    shutil.copy(EXAMPLE, os.path.join(files, "example.yaml"))
    # Each response alone in a folder of eight copies (distinct administrations) for compare.
    names = sorted(os.listdir(files))
    cases = []
    for name in names:
        path = os.path.join(files, name)
        if name.startswith("q-"):
            cases += [(name, ["validate", name]), (name, ["validate", "--format", "json", name])]
        elif name.startswith("m-"):
            cases += [(name, ["validate", name]), (name, ["validate", "--format", "json", name])]
        elif name.startswith("p-"):
            cases += [(name, ["validate", name, "--questionnaire", "example.yaml"]),
                      (name, ["validate", "--format", "json", name, "--questionnaire", "example.yaml"])]
        elif name.startswith("r-"):
            folder = os.path.join(work, "compare-" + name)
            os.makedirs(folder, exist_ok=True)
            text = open(path, encoding="utf-8").read()
            for i in range(8):
                with open(os.path.join(folder, "%d.yaml" % i), "w", encoding="utf-8") as f:
                    f.write(text.replace("administration: Hostile", "administration: Hostile %d" % i, 1))
            for fmt in ["table", "markdown", "json", "csv", "html"]:
                cases.append((name, ["score", name, "--questionnaire", "example.yaml", "--format", fmt]))
            cases.append((name, ["explain", name, "--questionnaire", "example.yaml"]))
            for fmt in ["table", "markdown", "json", "csv", "html"]:
                cases.append((name + " ×8", ["compare", folder, "--questionnaire", "example.yaml",
                                             "--format", fmt]))
        elif name.startswith("allowed_signers"):
            cases.append((name, ["verify", "r-unknown-ids.yaml", "--allowed-signers", name]))
    print("%-28s %-44s %8s %9s %10s %10s  %s" % (
        "file", "command", "seconds", "MiB", "stdout", "stderr", "libyaml floor"))
    floors = {}
    for name, command in cases:
        if args.only and args.only not in name + " " + " ".join(command):
            continue
        target = name.split(" ")[0]
        if target not in floors:
            floors[target] = measure([floor, os.path.join(files, target)], files)
        result = measure([arusha] + command, files)
        shown = " ".join(c if not c.startswith(work) else os.path.basename(c) for c in command)
        base = floors[target]
        floor_text = "%.2f s %.1f MiB" % (base[0], base[1]) if base else "?"
        if result is None:
            print("%-28s %-44s %8s" % (name, shown[:44], "> 60 s, killed"))
            continue
        seconds, mib, out, err, status = result
        # The promise is per input file (about a second and 200 MB each): eight copies may
        # take eight seconds, and the whole process stays within 200 MB.
        copies = 8 if name.endswith("×8") else 1
        flag = "" if seconds / copies <= 1.2 and mib <= 200 else "  OVER"
        ratio = " (×%.1f)" % (seconds / (base[0] * copies)) if base and base[0] > 0 else ""
        print("%-28s %-44s %8.2f %9.1f %10d %10d  %s%s%s" % (
            name, shown[:44], seconds, mib, out, err, floor_text, ratio, flag))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
