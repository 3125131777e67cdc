/// Writes JSON text into UTF-8 bytes as it goes, without building a tree: the one place that
/// decides how arusha's JSON looks (member order as written, two-space indentation, numbers
/// and the sanitising of strings), used by ``JSONValue`` and by reports too large to build as
/// a tree first (a comparison of 10,000 groups).
///
/// Every string it writes, member names included, first goes through ``PrintableText`` for a
/// document (cli.md): no control character from a file reaches a JSON output, not even as an
/// escape such as `\u001b`. Newline and tab are kept (written `\n` and `\t`). U+2028 and
/// U+2029 are escaped for readers that evaluate JSON as JavaScript.
///
/// Use: `writer.object { $0.member("id"); $0.string("x") }`. A value written after
/// ``member(_:)`` is that member's; any other value is the next item of the enclosing array
/// (or the whole document at the top level).
public struct JSONWriter {
  /// The text written so far.
  public private(set) var bytes: [UInt8] = []

  /// Spaces per level when pretty, nil on one line.
  private let pretty: Bool
  /// The current depth of containers.
  private var depth = 0
  /// Whether the innermost open container has no item yet.
  private var empty = false
  /// Whether a member name was just written, so the next value is its value.
  private var afterName = false

  /// A writer; `pretty` indents by two spaces, one item per line, as ``JSONValue`` prints.
  public init(pretty: Bool = true, capacity: Int = 4096) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  // MARK: Containers

  /// An object whose members `body` writes with ``member(_:)`` and a value each.
  public mutating func object(_ body: (inout JSONWriter) -> Void) {
    container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
  }

  /// An array whose items `body` writes.
  public mutating func array(_ body: (inout JSONWriter) -> Void) {
    container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
  }

  /// An array of `items`, each written by `write`.
  public mutating func array<Items: Sequence>(
    _ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void
  ) {
    array { writer in
      for item in items { write(&writer, item) }
    }
  }

  /// The name of the next member of the enclosing object; the value written next is its value.
  public mutating func member(_ name: String) {
    beginItem()
    writeString(name)
    bytes += ": ".utf8
    afterName = true
  }

  // MARK: Values

  /// `null`.
  public mutating func null() {
    beginItem()
    bytes += "null".utf8
  }

  /// `true` or `false`.
  public mutating func bool(_ value: Bool) {
    beginItem()
    bytes += (value ? "true" : "false").utf8
  }

  /// A whole number, written without a fraction.
  public mutating func integer(_ value: Int) {
    beginItem()
    bytes += String(value).utf8
  }

  /// A number as Swift's shortest round-tripping form, within 1e-9 of an integer that integer
  /// and never −0 (scoring.md); NaN and infinities are null, as is an absent value.
  public mutating func number(_ raw: Double?) {
    beginItem()
    guard let raw else {
      bytes += "null".utf8
      return
    }
    let value = Tolerance.reported(raw)
    bytes += (value.isFinite ? (value == 0 ? "0.0" : String(value)) : "null").utf8
  }

  /// A string (sanitised for a document), or null when absent.
  public mutating func string(_ value: String?) {
    beginItem()
    guard let value else {
      bytes += "null".utf8
      return
    }
    writeString(value)
  }

  /// A whole ``JSONValue``.
  public mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let flag): bool(flag)
    case .integer(let number): integer(number)
    case .number(let number): self.number(number)
    case .string(let text): string(text)
    case .array(let items): array(items) { $0.value($1) }
    case .object(let members):
      object { writer in
        for member in members {
          writer.member(member.name)
          writer.value(member.value)
        }
      }
    }
  }

  // MARK: Layout

  private mutating func container(
    open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void
  ) {
    beginItem()
    bytes.append(open)
    depth += 1
    empty = true
    body(&self)
    let hadItems = !empty
    depth -= 1
    empty = false
    if hadItems, pretty { newline() }
    bytes.append(close)
  }

  /// Before a value or a member name: the separator from the previous item and the line
  /// break, unless this value is the value of the member just named.
  private mutating func beginItem() {
    if afterName {
      afterName = false
      return
    }
    guard depth > 0 else { return }
    if !empty { bytes += (pretty ? "," : ", ").utf8 }
    empty = false
    if pretty { newline() }
  }

  private mutating func newline() {
    bytes.append(UInt8(ascii: "\n"))
    bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
  }

  // MARK: Strings

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Whether `byte` is written other than as itself: a quote, a backslash, a control
  /// character, or the first byte of U+2028 or U+2029 (E2 80 A8/A9), looked at by the switch.
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
      || byte == 0xE2
  }

  private mutating func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var printable = PrintableText.sanitize(value, for: .document, keepLineBreaks: true)
    // The string's own UTF-8 storage, read in place: no copy per string.
    printable.withUTF8 { text in
      var index = 0
      while index < text.count {
        // A run of bytes written as they are, copied at once.
        var end = index
        while end < text.count, !Self.needsEscape(text[end]) { end += 1 }
        if end > index {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<end]))
          index = end
          continue
        }
        let byte = text[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): bytes += "\\\"".utf8
        case UInt8(ascii: "\\"): bytes += "\\\\".utf8
        case UInt8(ascii: "\n"): bytes += "\\n".utf8
        case UInt8(ascii: "\r"): bytes += "\\r".utf8
        case UInt8(ascii: "\t"): bytes += "\\t".utf8
        case 0x00...0x1F, 0x7F:
          bytes += "\\u00".utf8
          bytes.append(Self.hexDigits[Int(byte >> 4)])
          bytes.append(Self.hexDigits[Int(byte & 0xF)])
        case 0xE2
        where index + 1 < text.count && text[index] == 0x80
          && (text[index + 1] == 0xA8 || text[index + 1] == 0xA9):
          bytes += (text[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8
          index += 2
        default: bytes.append(byte)
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
