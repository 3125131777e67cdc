import ArushaCore
import ArushaText
import Foundation

/// Text escaped for HTML content and attribute values, on one line without control characters
/// (``PrintableText`` for a document).
///
/// Use it alone for arusha's own words and where no element may stand (attribute values,
/// `<title>`, SVG text); put text from files in element content with ``isolated(_:)``.
func html(_ text: String) -> String {
  let clean = PrintableText.sanitize(text, for: .document, keepLineBreaks: false)
  // Most text has nothing to escape: it is returned as it is, without a walk through its
  // characters (issue 29). Only the ASCII bytes of `&<>"'` can start a character to escape.
  guard containsByte(clean, where: isHTMLSpecial) else { return clean }
  var out = ""
  out.reserveCapacity(clean.utf8.count + 16)
  for character in clean {
    switch character {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    default: out.append(character)
    }
  }
  return out
}

/// Text for HTML element content, escaped, isolated where it could turn its neighbours around.
///
/// It goes in `<bdi>` when it holds a character that can change the direction of what
/// surrounds it: a right-to-left letter (Hebrew,
/// Arabic, Syriac, Thaana, N'Ko… and their presentation forms) or a bidirectional control
/// (cli.md). A run of left-to-right letters, digits and punctuation cannot reorder its
/// neighbours, and is written without the element. The one rule of every HTML page and
/// chart legend: the document's writer and the charts' legends and notes both use it.
func isolated(_ text: String) -> String {
  let escaped = html(text)
  return turnsItsNeighbours(text) && !escaped.isEmpty ? "<bdi>\(escaped)</bdi>" : escaped
}

/// Whether `text` can change the direction of what surrounds it: it holds a right-to-left
/// letter (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms) or a
/// bidirectional control (cli.md).
func turnsItsNeighbours(_ text: String) -> Bool {
  // Every such character is U+0590 or above, whose UTF-8 holds a byte of 0xD6 or more.
  guard containsByte(text, where: { $0 >= 0xD6 }) else { return false }
  return text.unicodeScalars.contains { scalar in
    switch scalar.value {
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
      true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

/// The shared page frame of the HTML pages (reports, the printable form): self-contained,
/// printable on A4, no external file.
///
/// - Parameters:
///   - title: The page's title.
///   - language: Its language (`lang`).
///   - style: Its style sheet (default: the reports', ``reportStyle``).
///   - body: The page's body.
/// - Returns: The whole page.
func htmlPage(title: String, language: String, style: String = reportStyle, body: String)
  -> String
{
  """
  <!DOCTYPE html>
  <html lang="\(html(language))">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>\(html(title))</title>
  <style>
  \(style)
  </style>
  </head>
  <body>
  \(body)
  </body>
  </html>

  """
}

/// The reports' style sheet.
let reportStyle = """
  :root { --strong: #1a7f37; --weak: #b42318; --mid: #9a6700; --ink: #1f2328; --muted: #59636e; }
  body { font-family: \(SVGText.fontFamily); color: var(--ink);
    max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 1.8rem; }
  .subtitle { color: var(--muted); margin-top: 0; }
  .overall { font-size: 1.3rem; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
  th, td { border-bottom: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f6f8fa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .strength { color: var(--strong); font-weight: 600; } .improvement { color: var(--weak); font-weight: 600; }
  .note { color: var(--muted); font-size: .85rem; }
  .chart { display: flex; justify-content: center; } svg { max-width: 100%; height: auto; } svg text { font-family: inherit; }
  .legend { list-style: none; display: flex; flex-wrap: wrap; justify-content: center; gap: .3rem 1.2rem; padding: 0; margin: .3rem 0 1rem; font-size: .9rem; }
  .legend li { display: flex; align-items: center; gap: .4rem; } .legend .swatch { flex: none; }
  .multiples { display: flex; flex-wrap: wrap; justify-content: center; gap: .5rem 1rem; }
  .multiples svg.lines { width: 19rem; } .multiples svg.changes { width: 29rem; } table.compact td.num { white-space: nowrap; }
  table.compact { font-size: .8rem; } table.compact td, table.compact th { padding: .25rem .3rem; }
  .wide { overflow-x: auto; } @media (max-width: 56rem) { table.compact { font-size: .7rem; } }
  .coverage { border-left: 4px solid var(--mid); background: #fff8c5; padding: .4rem .7rem; }
  .alert { color: var(--weak); }
  .level-0 { color: #b42318; } .level-1 { color: #9a6700; } .level-2 { color: #0969da; } .level-3 { color: #1a7f37; }
  @page { size: A4; margin: 15mm; } @page wide { size: A4 landscape; margin: 12mm; }
  @media print { html { font-size: 9pt; } body { margin: 0; max-width: none; font-size: 10pt; }
    .wide { overflow: visible; page: wide; } table.compact { font-size: 7pt; } h2 { break-after: avoid; }
    tr, svg { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
  """

/// Whether `byte` is the ASCII of `&`, `<`, `>`, `"` or `'`, which ``html(_:)`` escapes.
func isHTMLSpecial(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
    UInt8(ascii: "'"):
    true
  default: false
  }
}

/// Whether a byte of `text`'s UTF-8 passes `test`: a fast scan of the bytes, for the
/// escapers' common case of text with nothing to escape.
func containsByte(_ text: String, where test: (UInt8) -> Bool) -> Bool {
  text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) }
    ?? text.utf8.contains(where: test)
}
