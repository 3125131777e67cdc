/// A JSON value with ordered object members, so outputs keep the key order of the spec.
///
/// Every string it writes, member names included, first goes through ``PrintableText`` for a
/// document (cli.md): no control character from a file reaches a JSON output, not even as an
/// escape such as `\u001b`, whatever the caller passed. Newline and tab are kept (written
/// `\n` and `\t`); a caller that shows a field on one line sanitises it so beforehand.
/// Bidirectional format characters are kept, as in every document.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// A whole number, written without a fraction.
  case integer(Int)
  /// A number, written as Swift's shortest round-tripping form; NaN and infinities become null.
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([Member])

  /// One member of an ``object(_:)``.
  public struct Member: Sendable, Hashable {
    /// The member's name.
    public var name: String
    /// Its value.
    public var value: JSONValue

    /// Creates a member.
    public init(_ name: String, _ value: JSONValue) {
      self.name = name
      self.value = value
    }
  }

  /// A number, or null when absent.
  public static func number(_ value: Double?) -> JSONValue {
    value.map { .number($0) } ?? .null
  }

  /// A string, or null when absent.
  public static func string(_ value: String?) -> JSONValue {
    value.map { .string($0) } ?? .null
  }

  /// The value as JSON text, indented by two spaces, ending without a newline.
  public func serialized(pretty: Bool = true) -> String {
    String(decoding: bytes(pretty: pretty), as: UTF8.self)
  }

  /// The value as JSON text in UTF-8 bytes: what ``serialized(pretty:)`` returns, written
  /// byte by byte (a comparison of 10,000 groups spent a third of its time appending Unicode
  /// scalars one at a time).
  public func bytes(pretty: Bool = true) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    write(to: &output, indent: pretty ? 0 : nil)
    return output
  }

  private func write(to output: inout [UInt8], indent: Int?) {
    switch self {
    case .null: output += "null".utf8
    case .bool(let value): output += (value ? "true" : "false").utf8
    case .integer(let value): output += String(value).utf8
    case .number(let raw):
      // A computed figure within 1e-9 of an integer is that integer, never −0 (scoring.md).
      let value = Tolerance.reported(raw)
      output += (value.isFinite ? (value == 0 ? "0.0" : String(value)) : "null").utf8
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      writeContainer(
        items, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), to: &output, indent: indent
      ) {
        item, output, indent in
        item.write(to: &output, indent: indent)
      }
    case .object(let members):
      writeContainer(
        members, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), to: &output, indent: indent
      ) {
        member, output, indent in
        Self.writeString(member.name, to: &output)
        output += ": ".utf8
        member.value.write(to: &output, indent: indent)
      }
    }
  }

  private func writeContainer<Item>(
    _ items: [Item], open: UInt8, close: UInt8, to output: inout [UInt8], indent: Int?,
    _ writeItem: (Item, inout [UInt8], Int?) -> Void
  ) {
    output.append(open)
    guard !items.isEmpty else {
      output.append(close)
      return
    }
    let inner = indent.map { $0 + 2 }
    for (index, item) in items.enumerated() {
      if index > 0 { output += (indent == nil ? ", " : ",").utf8 }
      if let inner {
        output.append(UInt8(ascii: "\n"))
        output += repeatElement(UInt8(ascii: " "), count: inner)
      }
      writeItem(item, &output, inner)
    }
    if let indent {
      output.append(UInt8(ascii: "\n"))
      output += repeatElement(UInt8(ascii: " "), count: indent)
    }
    output.append(close)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private static func writeString(_ value: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var printable = PrintableText.sanitize(value, for: .document, keepLineBreaks: true)
    // The string's own UTF-8 storage, read in place: no copy per string.
    printable.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): output += "\\\"".utf8
        case UInt8(ascii: "\\"): output += "\\\\".utf8
        case UInt8(ascii: "\n"): output += "\\n".utf8
        case UInt8(ascii: "\r"): output += "\\r".utf8
        case UInt8(ascii: "\t"): output += "\\t".utf8
        case 0x00...0x1F, 0x7F:
          output += "\\u00".utf8
          output.append(hexDigits[Int(byte >> 4)])
          output.append(hexDigits[Int(byte & 0xF)])
        case 0xE2
        where index + 1 < bytes.count && bytes[index] == 0x80
          && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
          // U+2028 and U+2029 end lines in JavaScript: escaped for readers that eval JSON.
          output += (bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8
          index += 2
        default: output.append(byte)
        }
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
