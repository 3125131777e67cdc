#!/usr/bin/env python3
"""Types a workshop's answers into a real French line-mode session, then scores it (issue 13).

    scripts/workshop-example.py ARUSHA [--answers docs/worked-example/answers.yaml]
        [--questionnaire rad-self-assessment] [--out docs/worked-example]

Starts `ARUSHA assess QUESTIONNAIRE --plain --lang fr` with pipes, reads each screen up to its
`> ` prompt, finds which question it shows (by its French text in the questionnaire, read
here with PyYAML from the bundled file), and types the answer the answers file gives it: a
level, o/n, option numbers, a number, and the evidence reference at the evidence prompt. On
the review screen it types an empty line, which completes the assessment. Then it writes, in
OUT: `response.yaml` (the response file the session saved), `session.txt` (everything the
session printed, as the workshop saw it), `score.md` (`arusha score --lang fr --format
markdown`), `explain.md` (`arusha explain --lang fr --format markdown`) and `action-plan.md`.

A screen it cannot read stops it with the screen printed: nothing is guessed.
"""
import argparse
import os
import pathlib
import re
import select
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


def normalized(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def french(text):
    return text.get("fr", "") if isinstance(text, dict) else str(text or "")


def bundled_file(questionnaire):
    """The newest bundled file of `questionnaire` (an id), or the path given."""
    if os.path.exists(questionnaire):
        return pathlib.Path(questionnaire)
    best = None
    for path in sorted((ROOT / "Questionnaires").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("id") == questionnaire:
            key = [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", str(data["version"]))]
            if best is None or key > best[0]:
                best = (key, path)
    if best is None:
        raise SystemExit(f"workshop-example: no bundled questionnaire {questionnaire!r}")
    return best[1]


def read_screen(process, timeout=20.0):
    """(what was printed up to the next prompt `> `, whether the session ended there)."""
    out = b""
    fd = process.stdout.fileno()
    while True:
        if out.endswith(b"> ") or out.endswith(b": "):
            # A prompt waits for a line (the evidence prompt ends with its own `: ` line
            # then `> `): give the session a moment to print anything after it.
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                return out.decode("utf-8", "replace"), False
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise SystemExit(f"workshop-example: no prompt after {timeout} s:\n{out.decode()}")
        chunk = os.read(fd, 65536)
        if not chunk:
            return out.decode("utf-8", "replace"), True
        out += chunk


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--answers", default=str(ROOT / "docs/worked-example/answers.yaml"))
    parser.add_argument("--questionnaire", default="rad-self-assessment")
    parser.add_argument("--out", default=str(ROOT / "docs/worked-example"))
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    plan = yaml.safe_load(open(arguments.answers, encoding="utf-8"))
    answers = plan["answers"]
    source = yaml.safe_load(bundled_file(arguments.questionnaire).read_text(encoding="utf-8"))
    questions = [q for factor in source["factors"] for q in factor["questions"]]
    # Longest texts first, so a question whose text contains another's is found first.
    by_text = sorted(
        ((normalized(french(q["text"])), q) for q in questions), key=lambda item: -len(item[0]))

    folder = tempfile.mkdtemp(prefix="arusha-workshop-")
    command = [binary, "assess", arguments.questionnaire, "--plain", "--lang", "fr",
               "--administration", plan["administration"], "--round", str(plan["round"]),
               "-o", "response.yaml"]
    environment = dict(os.environ, NO_COLOR="1", COLUMNS="80")
    process = subprocess.Popen(command, cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, env=environment)
    transcript = []
    current = None
    typed = 0
    while True:
        screen, ended = read_screen(process)
        transcript.append(screen)
        if ended:
            break
        flat = normalized(screen)
        if "Référence du justificatif" in screen and not re.search(r"Question \d+/", screen):
            entry = answers.get(current["id"]) if current else None
            line = entry.get("evidence", "") if isinstance(entry, dict) else ""
        elif "Ligne vide" in flat and "terminer" in flat and "Récapitulatif" in flat:
            line = ""  # the review: finish
        else:
            shown = next((q for text, q in by_text if text and text in flat), None)
            if shown is None:
                process.kill()
                raise SystemExit(f"workshop-example: which question is this?\n{screen}")
            current = shown
            entry = answers.get(shown["id"], "u")
            value = entry["level"] if isinstance(entry, dict) else entry
            if value is True:
                line = "o"
            elif value is False:
                line = "n"
            elif isinstance(value, list):
                line = ",".join(str(v) for v in value)
            else:
                line = str(value).replace(".", ",")
        transcript.append(line + "\n")
        process.stdin.write((line + "\n").encode())
        process.stdin.flush()
        typed += 1
        if typed > 1000:
            raise SystemExit("workshop-example: more than 1000 lines typed; stopping")
    status = process.wait(timeout=30)
    if status != 0:
        raise SystemExit(f"workshop-example: the session exited {status}:\n{''.join(transcript[-4:])}")
    out = pathlib.Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(os.path.join(folder, "response.yaml"), out / "response.yaml")
    (out / "session.txt").write_text("".join(transcript), encoding="utf-8")
    for name, extra in [("score.md", []), ("explain.md", ["explain"]),
                        ("action-plan.md", ["--action-plan"])]:
        verb = ["explain"] if extra == ["explain"] else ["score"]
        flags = [] if extra == ["explain"] else extra
        subprocess.run(
            [binary] + verb + [str(out / "response.yaml"), "--lang", "fr", "--format", "markdown",
                               "-o", str(out / name)] + flags, check=True, env=environment)
    print(f"workshop-example: {typed} lines typed; wrote {out}/response.yaml, session.txt, "
          "score.md, explain.md, action-plan.md")


if __name__ == "__main__":
    main()
