import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a terminal of `columns` × `rows` shows after a program's output, as xterm would draw
/// it: the grid of cells, the cursor, and whether the cursor is visible.
///
/// It understands what a full-screen program writes (CSI cursor moves `H` `A` `B` `C` `D` `G`,
/// erasing `J` `K`, SGR `m`, private modes `?25`, `?1049`, `?2004`), places characters by the
/// C library's `wcwidth` under `C.UTF-8` (a second opinion on widths, independent of arusha's
/// own table), wraps at the right margin like xterm's autowrap, and scrolls at the bottom.
/// Leaving the alternate screen (`?1049l`) restores the normal screen, as xterm does.
public struct VirtualScreen: Sendable {
  /// One cell: the text drawn in it ("" for the right half of a wide character), and whether
  /// it was drawn in reverse video (the highlighted option).
  public struct Cell: Sendable, Hashable {
    public var text: String = " "
    public var reverse = false
  }

  public let columns: Int
  public let rows: Int
  public private(set) var cells: [[Cell]]
  /// The cursor: 0-based row and column.
  public private(set) var cursor: (row: Int, column: Int) = (0, 0)
  public private(set) var cursorVisible = true
  public private(set) var alternateScreen = false
  public private(set) var bracketedPaste = false
  private var reverse = false
  private var pendingWrap = false
  private var savedNormal: [[Cell]]?

  /// The screen after `output` was written to a blank terminal of `columns` × `rows`.
  public init(columns: Int, rows: Int, output: String = "") {
    self.columns = columns
    self.rows = rows
    cells = Self.blank(columns: columns, rows: rows)
    write(output)
  }

  static func blank(columns: Int, rows: Int) -> [[Cell]] {
    Array(repeating: Array(repeating: Cell(), count: columns), count: rows)
  }

  /// Row `index` as text, trailing spaces removed.
  public func line(_ index: Int) -> String {
    var text = cells[index].map(\.text).joined()
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  /// Every row as text, top to bottom.
  public var lines: [String] { (0..<rows).map(line) }

  /// The rows as one string, one row per line (for failure messages).
  public var text: String { lines.joined(separator: "\n") }

  /// The text of the reverse-video cells of row `index`, trimmed.
  public func reverseText(_ index: Int) -> String {
    cells[index].filter(\.reverse).map(\.text).joined().trimmingCharacters(in: .whitespaces)
  }

  /// The rows that have reverse-video cells.
  public var highlightedRows: [Int] {
    (0..<rows).filter { row in cells[row].contains { $0.reverse && $0.text != " " } }
  }

  /// The first row whose text contains `text`, or nil.
  public func row(containing text: String) -> Int? {
    (0..<rows).first { line($0).contains(text) }
  }

  /// The end index of the longest start of `bytes` that holds no cut escape sequence or
  /// UTF-8 character, so that output read in chunks can be written piece by piece.
  public static func completePrefix(_ bytes: ArraySlice<UInt8>) -> Int {
    var end = bytes.endIndex
    // An escape sequence still waiting for its final byte.
    if let escape = bytes.suffix(64).lastIndex(of: 0x1B) {
      let rest = bytes[(escape + 1)...]
      if rest.isEmpty {
        end = escape
      } else if rest.first == UInt8(ascii: "[") {
        let finished = rest.dropFirst().contains { (0x40...0x7E).contains($0) }
        if !finished { end = escape }
      }
    }
    // A UTF-8 character whose last bytes have not arrived.
    var back = end
    while back > bytes.startIndex, end - back < 4, bytes[back - 1] & 0xC0 == 0x80 { back -= 1 }
    if back > bytes.startIndex {
      let lead = bytes[back - 1]
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
      if length > 1, end - (back - 1) < length { end = back - 1 }
    }
    return end
  }

  /// Writes `output` as a terminal would.
  public mutating func write(_ output: String) {
    var scalars = Array(output.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\u{1B}":
        guard let next = scalars.popFirst() else { return }
        if next == "[" {
          var parameters = ""
          while let c = scalars.popFirst() {
            if ("@"..."~").contains(c) {
              control(parameters, c)
              break
            }
            parameters.unicodeScalars.append(c)
          }
        }
      // ESC followed by anything else (charset, keypad): ignored.
      case "\r":
        cursor.column = 0
        pendingWrap = false
      case "\n": lineFeed()
      case "\u{08}":
        cursor.column = max(0, cursor.column - 1)
        pendingWrap = false
      case "\t":
        cursor.column = min(columns - 1, (cursor.column / 8 + 1) * 8)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        put(scalar)
      }
    }
  }

  private mutating func lineFeed() {
    pendingWrap = false
    if cursor.row == rows - 1 {
      cells.removeFirst()
      cells.append(Array(repeating: Cell(), count: columns))
    } else {
      cursor.row += 1
    }
  }

  private mutating func put(_ scalar: Unicode.Scalar) {
    let width = Self.width(scalar)
    if width == 0 {
      // A combining mark joins the character before it.
      let column = pendingWrap ? cursor.column : cursor.column - 1
      if column >= 0 {
        var target = column
        if cells[cursor.row][target].text.isEmpty, target > 0 { target -= 1 }
        cells[cursor.row][target].text.unicodeScalars.append(scalar)
      }
      return
    }
    if pendingWrap || cursor.column + width > columns {
      cursor.column = 0
      lineFeed()
    }
    cells[cursor.row][cursor.column] = Cell(text: String(scalar), reverse: reverse)
    if width == 2, cursor.column + 1 < columns {
      cells[cursor.row][cursor.column + 1] = Cell(text: "", reverse: reverse)
    }
    if cursor.column + width >= columns {
      cursor.column = columns - 1
      pendingWrap = true
    } else {
      cursor.column += width
    }
  }

  private mutating func control(_ parameters: String, _ final: Unicode.Scalar) {
    let isPrivate = parameters.hasPrefix("?")
    let numbers = (isPrivate ? String(parameters.dropFirst()) : parameters)
      .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    func number(_ index: Int, _ fallback: Int) -> Int {
      index < numbers.count ? (numbers[index] ?? fallback) : fallback
    }
    if isPrivate {
      let on = final == "h"
      guard final == "h" || final == "l" else { return }
      switch number(0, 0) {
      case 25: cursorVisible = on
      case 2004: bracketedPaste = on
      case 1049:
        if on, !alternateScreen {
          savedNormal = cells
          cells = Self.blank(columns: columns, rows: rows)
        } else if !on, alternateScreen, let savedNormal {
          cells = savedNormal
        }
        alternateScreen = on
      default: break
      }
      return
    }
    pendingWrap = false
    switch final {
    case "H", "f":
      cursor = (
        min(rows - 1, max(0, number(0, 1) - 1)), min(columns - 1, max(0, number(1, 1) - 1))
      )
    case "A": cursor.row = max(0, cursor.row - max(1, number(0, 1)))
    case "B": cursor.row = min(rows - 1, cursor.row + max(1, number(0, 1)))
    case "C": cursor.column = min(columns - 1, cursor.column + max(1, number(0, 1)))
    case "D": cursor.column = max(0, cursor.column - max(1, number(0, 1)))
    case "G": cursor.column = min(columns - 1, max(0, number(0, 1) - 1))
    case "K":
      let range: Range<Int> =
        switch number(0, 0) {
        case 1: 0..<(cursor.column + 1)
        case 2: 0..<columns
        default: cursor.column..<columns
        }
      for column in range { cells[cursor.row][column] = Cell() }
    case "J":
      switch number(0, 0) {
      case 2, 3: cells = Self.blank(columns: columns, rows: rows)
      case 1:
        for row in 0..<cursor.row { cells[row] = Array(repeating: Cell(), count: columns) }
        for column in 0...cursor.column { cells[cursor.row][column] = Cell() }
      default:
        for column in cursor.column..<columns { cells[cursor.row][column] = Cell() }
        for row in (cursor.row + 1)..<max(cursor.row + 1, rows) {
          cells[row] = Array(repeating: Cell(), count: columns)
        }
      }
    case "m":
      for value in numbers.map({ $0 ?? 0 }) {
        if value == 7 { reverse = true } else if value == 0 || value == 27 { reverse = false }
      }
    default: break
    }
  }

  /// `C.UTF-8` for `wcwidth`, made once and set per call on the calling thread only.
  nonisolated(unsafe) private static let utf8Locale = newlocale(
    Int32(LC_CTYPE_MASK), "C.UTF-8", nil)

  /// The cells `scalar` takes: glibc's `wcwidth` under `C.UTF-8`, for this thread only.
  static func width(_ scalar: Unicode.Scalar) -> Int {
    let previous = utf8Locale.map { uselocale($0) }
    defer { if let previous { uselocale(previous) } }
    let width = Int(terminalWidth(wchar_t(bitPattern: scalar.value)))
    return width < 0 ? 1 : width
  }
}

// glibc declares `wcwidth` only under _XOPEN_SOURCE, which the Swift module does not set.
@_silgen_name("wcwidth")
private func terminalWidth(_ character: wchar_t) -> Int32
