#!/usr/bin/env python3
"""Writes hostile inputs up to the 4 MiB read limit (issue 22, kind 1: cost out of proportion).

Each file is valid YAML that arusha reads to the end and finds many problems in, or a shape
that once cost more than its size: one long line with many errors, many unknown keys, many
duplicate ids, conditions on unknown ids, unknown question ids in a response, huge scalars,
deep but allowed nesting, many aliases; for questionnaires, responses, item maps,
improvement plans and allowed-signers files.

    python3 Benchmarks/hostile.py --out DIR [--size BYTES]

Writes DIR/<case>.yaml (and DIR/allowed_signers-*), prints one name a line.
"""
import argparse
import hashlib
import os

LIMIT = 4 * 1024 * 1024

HEAD = """format: arusha/questionnaire-1
id: hostile
version: "1"
title: {en: Hostile}
languages: [en]
scales:
  m:
    - {value: 0, label: {en: No}}
    - {value: 1, label: {en: Yes}}
"""


def fill(prefix, item, suffix, size, sep=", "):
    """prefix + item(0) + sep + item(1) ... + suffix, as many items as fit in size bytes."""
    parts, total, i = [], len(prefix.encode()) + len(suffix.encode()), 0
    while True:
        text = item(i)
        if total + len(text.encode()) + len(sep) > size:
            break
        parts.append(text)
        total += len(text.encode()) + len(sep)
        i += 1
    return prefix + sep.join(parts) + suffix


def questionnaires(size):
    q = {}
    # One long line: every question in one flow sequence, each with an unknown key and a bad type.
    q["q-one-line"] = fill(
        HEAD + "factors: [{id: f, title: {en: F}, questions: [",
        lambda i: "{id: q%d, type: bogus, zz%d: 1, text: {en: T}, help: {en: H}}" % (i, i),
        "]}]\n", size)
    # The same with wide characters before each error: caret placement work per finding.
    q["q-one-line-wide"] = fill(
        HEAD + "factors: [{id: f, title: {en: 漢字}, questions: [",
        lambda i: "{id: 漢%d, type: 字字, text: {en: 漢字漢字}, help: {en: H}}" % i,
        "]}]\n", size)
    # Many unknown keys, block style.
    q["q-unknown-keys"] = fill(
        HEAD + "factors:\n  - id: f\n    title: {en: F}\n    questions:\n"
        "      - {id: q, type: yesno, text: {en: T}, help: {en: H}}\n",
        lambda i: "    unknown_key_%d: 1" % i, "\n", size, sep="\n")
    # Many duplicate ids.
    q["q-duplicate-ids"] = fill(
        HEAD + "factors:\n  - id: f\n    title: {en: F}\n    questions:\n",
        lambda i: "      - {id: same, type: yesno, text: {en: T}, help: {en: H}}", "\n", size,
        sep="\n")
    # Many distinct ids, each condition on an unknown id ("did you mean" against every id).
    q["q-unknown-conditions"] = fill(
        HEAD + "factors:\n  - id: f\n    title: {en: F}\n    questions:\n",
        lambda i: "      - {id: question.%d, type: yesno, when: missing.%d == yes, text: {en: T}, help: {en: H}}" % (i, i),
        "\n", size, sep="\n")
    # One huge scalar (just under the read limit).
    q["q-huge-scalar"] = HEAD + "description: {en: \"" + "x" * (size - len(HEAD) - 200) + "\"}\nfactors: []\n"
    # Deep but allowed nesting, many times.
    q["q-deep"] = fill(HEAD + "factors:\n  - id: f\n    title: {en: F}\n    questions:\n",
                       lambda i: "      - {id: d%d, type: yesno, text: {en: T}, help: {en: H}, x: %s%s}" % (i, "[" * 60, "]" * 60),
                       "\n", size, sep="\n")
    # Many aliases of one small anchor.
    q["q-aliases"] = fill(HEAD + "anchors: &a {en: T}\nfactors:\n  - id: f\n    title: *a\n    questions:\n",
                          lambda i: "      - {id: a%d, type: yesno, text: *a, help: *a, bad: *a}" % i,
                          "\n", size, sep="\n")
    return q


RESPONSE_HEAD = """format: arusha/response-1
questionnaire:
  id: example
  version: "2"
  sha256: %s
administration: Hostile
round: "2024"
role: management
respondent: null
language: en
status: complete
started: 2024-07-02T09:00:00Z
updated: 2024-07-02T11:00:00Z
completed: 2024-07-02T11:00:00Z
"""


def responses(size, sha):
    head = RESPONSE_HEAD % sha
    r = {}
    r["r-one-line"] = fill(head + "answers: {", lambda i: "unknown.q%d: {value: 1, zz: 2}" % i, "}\n", size)
    r["r-unknown-ids"] = fill(head + "answers:\n", lambda i: "  unknown.question.%d: {value: 1}" % i, "\n", size, sep="\n")
    r["r-bad-values"] = fill(head + "answers: {", lambda i: "leadership.strategy: {value: %d}" % (i + 9), "}\n", size)
    r["r-huge-comment"] = head + "answers:\n  leadership.strategy: {value: 1, comment: \"" + "y" * (size - len(head) - 200) + "\"}\n"
    return r


def maps(size):
    head = """format: arusha/map-1
from: {id: example, version: "1"}
to: {id: example, version: "2"}
"""
    return {
        "m-one-line": fill(head + "questions: {", lambda i: "unknown.%d: {to: nowhere.%d, zz: 1}" % (i, i), "}\n", size),
    }


def plans(size, sha):
    head = """format: arusha/plan-1
questionnaire: {id: example, version: "4", sha256: %s}
administration: Hostile
round: "2024"
baseline:
  sha256: %s
""" % (sha, sha)
    return {
        # Past the most actions read (1,000): one error, whatever the count.
        "p-many-actions": fill(head + "actions:\n", lambda i: "  - {id: a%d, questions: [unknown.q%d], target: 9, status: don}" % (i, i), "\n", size, sep="\n"),
        # Actions within the count, each with every mistake on one long line.
        "p-one-line": head + "actions: [" + ", ".join("{id: a%d, questions: [unknown.q%d, unknown.q%d], due: 2025-02-30, target: [9, 9], status: don, zz: 1}" % (i % 900, i, i) for i in range(1000)) + "]\n",
        # Many baseline items naming unknown questions.
        "p-unknown-items": fill(head + "  items:\n", lambda i: "    unknown.question.%d: {value: 1, score: 2}" % i, "\n", size, sep="\n"),
        "p-huge-description": head + "actions:\n  - {id: a1, questions: [leadership.strategy], status: planned, description: \"" + "d" * (size - len(head) - 200) + "\"}\n",
    }


def signers(size):
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBadKeyBadKeyBadKeyBadKeyBadKeyBadKeyBadKey"
    return {
        "allowed_signers-bad-lines": fill("", lambda i: "p%d ssh-ed25519 notbase64!! %d" % (i, i), "\n", size, sep="\n"),
        "allowed_signers-long-line": "x" * (size - 100) + " " + key + "\n",
        "allowed_signers-star": fill("", lambda i: "* " + key, "\n", size, sep="\n"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--size", type=int, default=LIMIT - 4096)
    parser.add_argument("--questionnaire", default=os.path.join(os.path.dirname(__file__), "..", "Questionnaires", "example.yaml"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sha = hashlib.sha256(open(args.questionnaire, "rb").read()).hexdigest()
    files = {}
    files.update(questionnaires(args.size))
    files.update(responses(args.size, sha))
    files.update(maps(args.size))
    files.update(plans(args.size, sha))
    files.update(signers(args.size))
    for name, text in files.items():
        data = text.encode("utf-8")
        assert len(data) <= LIMIT, (name, len(data))
        path = os.path.join(args.out, name if name.startswith("allowed_signers") else name + ".yaml")
        with open(path, "wb") as f:
            f.write(data)
        print(path)


if __name__ == "__main__":
    main()
