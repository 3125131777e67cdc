#!/usr/bin/env python3
"""Keypress to finished frame, measured on a real pseudo-terminal (issue 12, cli.md).

    scripts/frame-latency.py ARUSHA [--questionnaire ID] [--lang fr] [--size 80x24] [--runs 3]

Starts `ARUSHA assess` on a pty of the given size, answers the whole questionnaire the way a
workshop does (moves the highlight down and up, opens and closes the help, answers with a
level, skips the evidence prompt, confirms texts and numbers), and for every key measures the
time from writing the key to reading the end of the frame it causes: the frame ends with
`ESC[J` and then the cursor sequence (`ESC[?25l`, or `ESC[row;colH ESC[?25h` in a field), see
AssessmentRunner.draw. An answering key saves the response (atomic write and rename) before
its frame is drawn, so its time includes the save; those keys are reported apart. So is a
lone Esc: the key decoder waits up to 30 ms for the rest of an escape sequence before it
takes ESC as the Esc key (an arrow key's bytes may arrive apart over ssh), so Esc costs
about 30 ms by design.

Prints the median, 95th percentile and maximum in milliseconds, for all keys, for the keys
that save, and for the others. Timing on a shared machine is noisy: compare runs made in the
same session; the figures are for the note, not for a test.
"""
import argparse
import os
import pty
import re
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import fcntl
import time

FRAME_END = re.compile(rb"\x1b\[J(?:\x1b\[\?25l|\x1b\[\d+;\d+H\x1b\[\?25h)")
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[@-~]")


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(fraction * (len(ordered) - 1)))))
    return ordered[index]


class Session:
    def __init__(self, binary, arguments, columns, rows, folder):
        self.primary, secondary = pty.openpty()
        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        environment = dict(os.environ, TERM="xterm-256color", NO_COLOR="1")
        self.process = subprocess.Popen(
            [binary] + arguments, stdin=secondary, stdout=secondary, stderr=secondary,
            cwd=folder, env=environment, start_new_session=True)
        os.close(secondary)
        self.buffer = b""

    def read_frame(self, timeout=10.0):
        """Reads until a frame ends; returns the bytes of that frame, or None at the end."""
        deadline = time.perf_counter() + timeout
        while True:
            match = FRAME_END.search(self.buffer)
            if match:
                frame, self.buffer = self.buffer[: match.end()], self.buffer[match.end():]
                return frame
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.primary], [], [], remaining)
            if not ready:
                return None
            try:
                chunk = os.read(self.primary, 65536)
            except OSError:
                return None
            if not chunk:
                return None
            self.buffer += chunk

    def key(self, text):
        """Writes `text`; returns (seconds to the frame's end, the frame's plain text)."""
        # Frames drawn before the key (a redraw after start or a resize) are not its own.
        while select.select([self.primary], [], [], 0.02)[0]:
            try:
                if not os.read(self.primary, 65536):
                    break
            except OSError:
                break
        self.buffer = b""
        start = time.perf_counter()
        os.write(self.primary, text.encode())
        frame = self.read_frame()
        elapsed = time.perf_counter() - start
        return elapsed, (plain(frame) if frame is not None else None)

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        os.close(self.primary)


def plain(frame):
    text = frame.decode("utf-8", "replace")
    # The last full frame in the bytes: from its home sequence on.
    home = text.rfind("\x1b[H")
    if home >= 0:
        text = text[home:]
    return ESCAPES.sub("", text).replace("\r", "").replace("\u00a0", " ")


def answer_key(text, number):
    """The key a workshop types on this frame, and whether it saves an answer."""
    lines = [line for line in text.split("\n") if line.strip()]
    bottom = " ".join(lines[-3:])
    if lines and (lines[0].startswith("Review") or lines[0].startswith("Récapitulatif")):
        return "\r", True
    if "Esc cancel" in bottom or "Échap annuler" in bottom:
        return "\x1b", False  # no evidence reference now
    if "y yes" in bottom or "o oui" in bottom:
        return ("y" if "y yes" in bottom else "o"), True
    if "Space toggle" in bottom or "Espace cocher" in bottom:
        return "1\r", True
    if "Tab next" in bottom or "Tab suivante" in bottom:
        return "12\r", True
    if "↑↓ Enter" in bottom or "↑↓ Entrée" in bottom:
        return ("3" if number % 3 == 0 else "2"), True
    return None, False


slowest = []


def run(arguments):
    folder = tempfile.mkdtemp(prefix="arusha-latency-")
    command = ["assess", arguments.questionnaire, "--administration", "Latency Customs",
               "--round", "2024", "-o", "r.yaml", "--lang", arguments.lang]
    columns, rows = (int(part) for part in arguments.size.split("x"))
    session = Session(os.path.abspath(arguments.binary), command, columns, rows, folder)
    saving, other, escapes = [], [], []
    try:
        frame = session.read_frame()
        text = plain(frame) if frame else ""
        number = 0
        for _ in range(2000):
            if session.process.poll() is not None:
                break
            question = re.search(r"Question (\d+)/", text)
            number = int(question.group(1)) if question else number
            key, saves = answer_key(text, number)
            if key is None:
                raise SystemExit(f"frame-latency: no key help understood:\n{text}")
            if saves and not text.lstrip().startswith(("Review", "Récapitulatif")):
                # Before answering, what a room does: look at the next option, come back,
                # open and close the help (none of these saves).
                for move in ("\x1b[B", "\x1b[A", "h", "h"):
                    elapsed, moved = session.key(move)
                    if moved is None:
                        break
                    other.append(elapsed)
                    slowest.append((elapsed, move))
            if key == "\r" and text.lstrip().startswith(("Review", "Récapitulatif")):
                os.write(session.primary, key.encode())  # completes: no frame follows
                session.read_frame(timeout=2.0)  # drain what it prints as it leaves
                try:
                    session.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
                break
            elapsed, after = session.key(key)
            if after is None:
                break
            (saving if saves else escapes if key == "\x1b" else other).append(elapsed)
            slowest.append((elapsed, key))
            text = after
    finally:
        session.close()
    status = open(os.path.join(folder, "r.yaml"), encoding="utf-8").read()
    if "status: complete" not in status:
        print("frame-latency: the session did not complete", file=sys.stderr)
    return saving, other, escapes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--questionnaire", default="rad-self-assessment")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="80x24")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    saving, other, escapes = [], [], []
    for _ in range(arguments.runs):
        s, o, e = run(arguments)
        saving += s
        other += o
        escapes += e

    def line(name, values):
        values = [v * 1000 for v in values]
        return (f"{name:<14} n={len(values):<5} median {statistics.median(values):6.2f} ms  "
                f"p95 {percentile(values, 0.95):6.2f} ms  max {max(values):6.2f} ms")

    print(f"{arguments.binary} {arguments.questionnaire} --lang {arguments.lang} "
          f"{arguments.size}, {arguments.runs} runs")
    print(line("all keys", saving + other + escapes))
    print(line("saving keys", saving))
    print(line("other keys", other))
    if escapes:
        print(line("lone Esc", escapes))
    top = sorted(slowest, reverse=True)[:5]
    print("slowest: " + ", ".join(f"{repr(key)} {elapsed * 1000:.1f} ms" for elapsed, key in top))


if __name__ == "__main__":
    main()
