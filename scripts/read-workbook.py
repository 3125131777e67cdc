#!/usr/bin/env python3
"""Reads an .xlsx file with openpyxl and prints what a test needs to check, as JSON.

Usage: read-workbook.py FILE.xlsx

For each sheet: its name, its frozen cell, its column widths, its row heights (by row
number, only rows given one), its print setup ("orientation", "fitToWidth", "fitToHeight",
"fitToPage", "titleRows": the rows repeated on every printed page), and every cell as
{"value", "type" (openpyxl's data_type: s, n, b), "format" (number format), "bold"};
and, read from the archive itself, whether any worksheet holds a formula (<f>) and the
names of the parts (each one parsed as XML: a part that is not well-formed fails).
Exits 2 when openpyxl is missing (pip install openpyxl).
"""
import json
import sys
import zipfile
from xml.etree import ElementTree

try:
    import openpyxl
except ImportError:
    print("openpyxl is missing: pip install openpyxl", file=sys.stderr)
    sys.exit(2)


def main(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        widths = {
            key: dimension.width
            for key, dimension in sheet.column_dimensions.items()
            if dimension.customWidth
        }
        rows = []
        for row in sheet.iter_rows():
            rows.append(
                [
                    {
                        "value": cell.value,
                        "type": cell.data_type,
                        "format": cell.number_format,
                        "bold": bool(cell.font and cell.font.b),
                    }
                    for cell in row
                ]
            )
        heights = {
            str(key): dimension.height
            for key, dimension in sheet.row_dimensions.items()
            if dimension.height is not None
        }
        setup = sheet.page_setup
        fit = sheet.sheet_properties.pageSetUpPr
        printing = {
            "orientation": setup.orientation,
            "fitToWidth": setup.fitToWidth,
            "fitToHeight": setup.fitToHeight,
            "fitToPage": bool(fit and fit.fitToPage),
            "titleRows": sheet.print_title_rows,
        }
        sheets.append(
            {
                "name": sheet.title,
                "freeze": sheet.freeze_panes,
                "widths": widths,
                "heights": heights,
                "print": printing,
                "rows": rows,
            }
        )
    with zipfile.ZipFile(path) as archive:
        parts = archive.namelist()
        for name in parts:
            ElementTree.fromstring(archive.read(name))
        formulas = any(
            b"<f>" in archive.read(name) or b"<f " in archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        )
    json.dump(
        {"sheets": sheets, "formulas": formulas, "parts": parts}, sys.stdout, ensure_ascii=False
    )


if __name__ == "__main__":
    main(sys.argv[1])
