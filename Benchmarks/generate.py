#!/usr/bin/env python3
"""Writes N synthetic, valid `arusha/response-1` files for a questionnaire (seeded).

The responses are spread over administrations × rounds × respondents, as WCO experts receive
them; each answers every visible question of the questionnaire (sometimes "don't know",
sometimes "not applicable" where allowed, sometimes with a comment), has status `complete`
and carries the questionnaire file's real SHA-256, so `arusha compare` accepts them all.

    python3 Benchmarks/generate.py --count 10000 --seed 1 --out /tmp/responses

Needs PyYAML (`pip install pyyaml`) to read the questionnaire.
"""
import argparse
import hashlib
import os
import random
import re
import sys

import yaml

ROLES = ["management", "operations", "audit", "human-resources"]
COMMENTS = [
    "Adopted by the executive committee; reviewed every year.",
    "Decision 2021-045, see the annex.",
    "Only at the main border posts for now.",
    "Draft awaiting approval by the Minister.",
    "Figures from the customs IT system, last full year.",
]


def quote(text):
    """A double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def visible(condition, values):
    """Evaluates the questionnaire's `when:` (comparisons joined by and/or) on the values so far."""
    if not condition:
        return True
    def atom(text):
        match = re.fullmatch(r"\s*([a-z0-9._-]+)\s*(==|!=|>=|<=|>|<)\s*(\S+)\s*", text)
        if not match:
            return True  # unknown syntax: answer it anyway (kept and ignored if hidden)
        name, op, right = match.groups()
        if name not in values:
            return False
        left = values[name]
        right = {"yes": 1, "no": 0}.get(right, right)
        right = float(right)
        return {"==": left == right, "!=": left != right, ">=": left >= right,
                "<=": left <= right, ">": left > right, "<": left < right}[op]
    return any(all(atom(part) for part in clause.split(" and "))
               for clause in condition.split(" or "))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--questionnaire",
                        default=os.path.join(os.path.dirname(__file__), "..", "Questionnaires",
                                             "revised-arusha-declaration.yaml"))
    parser.add_argument("--administrations", type=int, default=40)
    parser.add_argument("--rounds", default="2018,2020,2022,2024")
    args = parser.parse_args()

    with open(args.questionnaire, "rb") as handle:
        source = handle.read()
    sha = hashlib.sha256(source).hexdigest()
    questionnaire = yaml.safe_load(source)
    scales = questionnaire.get("scales", {})
    questions = [q for factor in questionnaire["factors"] for q in factor["questions"]]
    rounds = args.rounds.split(",")
    administrations = [f"Customs Administration {i + 1:03d}" for i in range(args.administrations)]
    groups = [(a, r) for a in administrations for r in rounds]

    random_source = random.Random(args.seed)
    # Each administration has a level of maturity per round that its respondents scatter around.
    maturity = {group: random_source.uniform(0.8, 3.4) for group in groups}
    os.makedirs(args.out, exist_ok=True)
    for index in range(args.count):
        administration, round_label = groups[index % len(groups)]
        centre = maturity[(administration, round_label)]
        values = {}
        lines = [
            "format: arusha/response-1",
            "questionnaire:",
            f"  id: {questionnaire['id']}",
            f"  version: {quote(str(questionnaire['version']))}",
            f"  sha256: {sha}",
            f"administration: {administration}",
            f"round: {quote(round_label)}",
            f"role: {ROLES[index % len(ROLES)]}",
            "respondent: null",
            "language: " + ("fr" if index % 3 == 0 else "en"),
            "status: complete",
            f"started: {round_label}-07-02T09:00:00Z",
            f"updated: {round_label}-07-02T11:{index % 60:02d}:00Z",
            f"completed: {round_label}-07-02T11:{index % 60:02d}:00Z",
            "answers:",
        ]
        for question in questions:
            if not visible(question.get("when"), values):
                continue
            kind = question["type"]
            lines.append(f"  {question['id']}:")
            draw = random_source.random()
            if kind in ("scale", "choice", "yesno", "multi") and draw < 0.04 \
                    and question.get("allow_unknown", True):
                lines.append("    state: unknown")
            elif draw < 0.07 and question.get("allow_na", False):
                lines.append("    state: na")
                lines.append("    justification: Does not apply to this administration.")
            elif kind in ("scale", "choice"):
                options = question.get("options") or scales[question["scale"]]
                choices = sorted(option["value"] for option in options)
                position = min(len(choices) - 1, max(0, round(random_source.gauss(centre, 0.9))))
                value = choices[position]
                values[question["id"]] = value
                lines.append(f"    value: {value}")
            elif kind == "yesno":
                value = 1 if random_source.random() < centre / 4 else 0
                values[question["id"]] = value
                lines.append(f"    value: {value}")
            elif kind == "multi":
                chosen = [option["value"] for option in question["options"]
                          if random_source.random() < centre / 4]
                lines.append("    value: [" + ", ".join(str(v) for v in chosen) + "]")
            elif kind == "number":
                low = int(question.get("min", 0))
                high = int(question.get("max", low + 100))
                lines.append(f"    value: {random_source.randint(low, high)}")
            else:
                lines.append(f"    value: {quote('Free text answer.')}")
            if random_source.random() < 0.15:
                lines.append(f"    comment: {quote(random_source.choice(COMMENTS))}")
        name = f"{administration.split()[-1]}-{round_label}-{index:06d}.yaml"
        folder = os.path.join(args.out, administration.split()[-1])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    print(f"wrote {args.count} responses to {args.out} ({len(groups)} groups)", file=sys.stderr)


if __name__ == "__main__":
    main()
