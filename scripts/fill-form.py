#!/usr/bin/env python3
"""Fills in a form made by `arusha form -o FILE.xlsx` with openpyxl, as a person would.

Usage: fill-form.py FORM.xlsx ANSWERS.json OUT.xlsx

ANSWERS.json: {"fields": {"administration": "...", "round": "...", "role": ..., "respondent": ...},
               "rows": {ROW-KEY: {"answer": A, "comment": T, "evidence": T, "justification": T}}}
where ROW-KEY is what the form's hidden column K holds (a question's id, or `ID#VALUE` for an
option of a multi), and A is {"key": "3"} to choose from the cell's drop-down list the entry
that starts with "3 — " (the list is read from the cell's data validation and the hidden
sheet it points at: an entry the list does not offer is an error, exit 1), a number (typed
as a number), or a string (typed as text). Rows are found by their key in column K, never
by position. For tests of the import's refusals, three keys do what a careless hand does:
"cells": {"D12": VALUE} types into a cell directly, bypassing its list (a string starting
with "=" is a formula; "arusha!B2" names a cell of another sheet, hidden ones included); "swap_rows": [[A, B]] swaps the contents of two rows (a sort);
"delete_rows": [N] deletes rows (after unprotecting the sheet, as a user would);
"formats": {"D15": "0%"} gives cells a number format (what Excel does to `45 %` typed);
a cell value {"date": "2019-03-01"} is a date, as typed in a cell Excel reads as one.
Exits 2 when openpyxl is missing (pip install openpyxl).
"""
import datetime
import json
import re
import sys

try:
    import openpyxl
except ImportError:
    print("openpyxl is missing: pip install openpyxl", file=sys.stderr)
    sys.exit(2)

FIELDS = {"administration": 2, "round": 3, "role": 4, "respondent": 5}
COLUMNS = {"answer": "D", "comment": "E", "evidence": "F", "justification": "G"}


def list_entries(book, sheet, cell):
    """The entries of the drop-down list of `cell`, or None when it has none."""
    for validation in sheet.data_validations.dataValidation:
        if validation.type != "list" or cell not in validation.sqref:
            continue
        match = re.fullmatch(r"'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)", validation.formula1)
        if not match:
            raise SystemExit(f"{cell}: a list formula arusha does not write: {validation.formula1}")
        source = book[match.group(1)]
        cells = source[f"{match.group(2)}{match.group(3)}:{match.group(4)}{match.group(5)}"]
        return [str(row[0].value) for row in cells]
    return None


def main(form, answers_path, out):
    with open(answers_path, encoding="utf-8") as handle:
        answers = json.load(handle)
    book = openpyxl.load_workbook(form)
    sheet = book["Questionnaire"]
    for name, value in answers.get("fields", {}).items():
        sheet.cell(row=FIELDS[name], column=3).value = value
    rows = {}
    for row in range(1, sheet.max_row + 1):
        key = sheet.cell(row=row, column=11).value
        if key is not None:
            rows[str(key)] = row
    for key, given in answers.get("rows", {}).items():
        if key not in rows:
            raise SystemExit(f"no row has the key {key!r} in column K")
        row = rows[key]
        for column, value in given.items():
            if value is None:
                continue
            cell = f"{COLUMNS[column]}{row}"
            if isinstance(value, dict):
                entries = list_entries(book, sheet, cell) or []
                chosen = [entry for entry in entries if entry.split(" — ")[0] == value["key"]]
                if len(chosen) != 1:
                    print(f"{cell} ({key}): the list {entries} offers no entry {value['key']!r}", file=sys.stderr)
                    sys.exit(1)
                sheet[cell].value = chosen[0]
            else:
                sheet[cell].value = value
    for cell, value in answers.get("cells", {}).items():
        if isinstance(value, dict) and "date" in value:
            value = datetime.datetime.fromisoformat(value["date"])
        target = sheet
        if "!" in cell:
            name, cell = cell.split("!")
            target = book[name]
        target[cell].value = value
    for cell, code in answers.get("formats", {}).items():
        sheet[cell].number_format = code
    for first, second in answers.get("swap_rows", []):
        for column in range(1, sheet.max_column + 1):
            a, b = sheet.cell(row=first, column=column), sheet.cell(row=second, column=column)
            a.value, b.value = b.value, a.value
    for row in sorted(answers.get("delete_rows", []), reverse=True):
        sheet.protection.sheet = False
        sheet.delete_rows(row)
    book.save(out)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
