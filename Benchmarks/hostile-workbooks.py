#!/usr/bin/env python3
"""Writes hostile .xlsx files for `arusha import` (issue 28: hostile workbooks get what hostile
YAML gets): each must be refused with a one-line reason, in well under a second, never a
crash or a hang.

    python3 Benchmarks/hostile-workbooks.py --out DIR

Writes DIR/<case>.xlsx and prints one name a line. Time them with, for example:

    for f in DIR/*.xlsx; do /usr/bin/time -f "%e s %M KB $f" arusha import "$f" -o /dev/null; done

Every file but the last few is a ZIP archive with the parts a workbook needs around the hostile
one; the sizes in ZIP headers are the true ones unless the case says otherwise.
"""
import argparse
import os
import struct
import zipfile
import zlib

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">'
    '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    % (PACKAGE_RELS, RELS))
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')


def workbook(sheets=('Questionnaire',)):
    listed = "".join(
        '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i + 1, i + 1)
        for i, name in enumerate(sheets))
    return '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (MAIN, RELS, listed)


def workbook_rels(targets=('worksheets/sheet1.xml',), shared=True):
    rels = "".join(
        '<Relationship Id="rId%d" Type="%s/worksheet" Target="%s"/>' % (i + 1, RELS, target)
        for i, target in enumerate(targets))
    if shared:
        rels += '<Relationship Id="rIdS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % RELS
    return '<Relationships xmlns="%s">%s</Relationships>' % (PACKAGE_RELS, rels)


def sheet(data):
    return '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (MAIN, data)


SST = '<sst xmlns="%s"><si><t>x</t></si></sst>' % MAIN


def package(path, parts):
    """A deflated ZIP of parts: (name, str or bytes) in order."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            archive.writestr(name, data.encode() if isinstance(data, str) else data)


def standard(path, sheet_xml=sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
             shared=SST, extra=()):
    package(path, [("[Content_Types].xml", TYPES), ("_rels/.rels", ROOT_RELS),
                   ("xl/workbook.xml", workbook()), ("xl/_rels/workbook.xml.rels", workbook_rels()),
                   ("xl/worksheets/sheet1.xml", sheet_xml), ("xl/sharedStrings.xml", shared)]
            + list(extra))


def declare_size(path, name, size):
    """Rewrites the uncompressed size both ZIP headers declare for `name` (a lying bomb)."""
    data = bytearray(open(path, "rb").read())
    encoded = name.encode()
    index = 0
    while True:
        index = data.find(b"PK\x03\x04", index)
        if index < 0:
            break
        if data[index + 30:index + 30 + len(encoded)] == encoded:
            struct.pack_into("<I", data, index + 22, size)
        index += 4
    index = 0
    while True:
        index = data.find(b"PK\x01\x02", index)
        if index < 0:
            break
        if data[index + 46:index + 46 + len(encoded)] == encoded:
            struct.pack_into("<I", data, index + 24, size)
        index += 4
    open(path, "wb").write(bytes(data))


def raw_deflate(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def cases(out):
    written = []

    def case(name, make):
        path = os.path.join(out, name + ".xlsx")
        make(path)
        written.append(name)

    spaces = b" " * 50_000_000
    case("zip-bomb", lambda p: standard(p, shared=spaces))

    def lying(p):
        standard(p, shared=spaces)
        declare_size(p, "xl/sharedStrings.xml", 100)
    case("zip-bomb-declared-small", lying)

    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
              + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10)
                        for i in range(9))
              + ']><sst xmlns="%s"><si><t>&j;</t></si></sst>' % MAIN)
    case("billion-laughs", lambda p: standard(p, shared=laughs))
    case("external-entity", lambda p: standard(p, shared=(
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<sst xmlns="%s"><si><t>&x;</t></si></sst>' % MAIN)))
    case("million-rows", lambda p: standard(p, sheet_xml=sheet("<row><c><v>1</v></c></row>" * 1_000_000)))
    case("cells-past-the-bound", lambda p: standard(p, sheet_xml=sheet("".join(
        '<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>0</v></c></row>'
        % (i, i, i * 7919 % 100003, i) for i in range(1, 300_001)))))
    case("shared-strings-past-the-bound", lambda p: standard(p, shared=(
        '<sst xmlns="%s">' % MAIN + "".join("<si><t>s%d</t></si>" % i for i in range(200_000))
        + "</sst>")))
    case("elements-flood", lambda p: standard(p, sheet_xml=(
        '<worksheet xmlns="%s"><extLst>' % MAIN
        + "".join('<x a="%d" b="%d"/>' % (i, i * 31 % 997) for i in range(1_000_000))
        + "</extLst></worksheet>")))

    def many_entries(p):
        with zipfile.ZipFile(p, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("_rels/.rels", ROOT_RELS)
            for i in range(100_000):
                archive.writestr("e/%d" % i, b"")
    case("many-entries", many_entries)

    names = ["S%d" % i for i in range(100_000)]
    case("many-sheets", lambda p: package(p, [
        ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", workbook(names)),
        ("xl/_rels/workbook.xml.rels", workbook_rels())]))
    case("deep-nesting", lambda p: standard(p, sheet_xml="<a>" * 1_000_000 + "</a>" * 1_000_000))
    case("huge-attribute", lambda p: standard(
        p, sheet_xml='<worksheet a="' + "x" * 10_000_000 + '"/>'))
    case("many-attributes", lambda p: standard(
        p, sheet_xml="<worksheet " + " ".join('a%d="1"' % i for i in range(100_000)) + "/>"))
    case("invalid-utf8", lambda p: standard(
        p, sheet_xml=b"<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>\xc3\x28</t></is></c>"
        b"</row></sheetData></worksheet>"))
    case("latin1-declared", lambda p: standard(
        p, sheet_xml='<?xml version="1.0" encoding="ISO-8859-1"?><worksheet/>'))
    case("mismatched-tags", lambda p: standard(p, sheet_xml="<worksheet><sheetData></worksheet>"))
    case("traversal", lambda p: package(p, [
        ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", workbook()),
        ("xl/_rels/workbook.xml.rels", workbook_rels(("../../../../etc/passwd",), shared=False)),
        ("../../evil.xml", "<x/>")]))

    def truncated(p):
        standard(p)
        data = open(p, "rb").read()
        open(p, "wb").write(data[:len(data) // 2])
    case("truncated", truncated)

    def stream_ends_early(p):
        # The shared strings' deflate stream is a stored block announcing 65,535 bytes that
        # the file does not have: a reader that waits for more input never returns.
        standard(p)
        data = bytearray(open(p, "rb").read())
        name = b"xl/sharedStrings.xml"
        index = data.find(b"PK\x03\x04" + b"", 0)
        while index >= 0 and data[index + 30:index + 30 + len(name)] != name:
            index = data.find(b"PK\x03\x04", index + 4)
        start = index + 30 + len(name) + struct.unpack_from("<H", data, index + 28)[0]
        data[start:start + 5] = b"\x00\xff\xff\x00\x00"
        open(p, "wb").write(bytes(data))
    case("deflate-stream-ends-early", stream_ends_early)

    def xls(p):
        open(p, "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))
    case("excel-97-renamed", xls)

    def encrypted(p):
        open(p, "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(512)
                            + "EncryptedPackage".encode("utf-16-le") + bytes(512))
    case("encrypted", encrypted)

    case("ods-renamed", lambda p: package(p, [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>")]))

    def csv(p):
        open(p, "w").write("id;answer\nq1;3\n")
    case("csv-renamed", csv)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    for name in cases(arguments.out):
        print(name)


if __name__ == "__main__":
    main()
