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
    var output = ""
    write(to: &output, indent: pretty ? 0 : nil)
    return output
  }

  private func write(to output: inout String, indent: Int?) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .integer(let value): output += String(value)
    case .number(let raw):
      // A computed figure within 1e-9 of an integer is that integer, never −0 (scoring.md).
      let value = Tolerance.reported(raw)
      output += value.isFinite ? (value == 0 ? "0.0" : String(value)) : "null"
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      writeContainer(items, open: "[", close: "]", to: &output, indent: indent) {
        item, output, indent in
        item.write(to: &output, indent: indent)
      }
    case .object(let members):
      writeContainer(members, open: "{", close: "}", to: &output, indent: indent) {
        member, output, indent in
        Self.writeString(member.name, to: &output)
        output += ": "
        member.value.write(to: &output, indent: indent)
      }
    }
  }

  private func writeContainer<Item>(
    _ items: [Item], open: String, close: String, to output: inout String, indent: Int?,
    _ writeItem: (Item, inout String, Int?) -> Void
  ) {
    output += open
    guard !items.isEmpty else {
      output += close
      return
    }
    let inner = indent.map { $0 + 2 }
    for (index, item) in items.enumerated() {
      if index > 0 { output += indent == nil ? ", " : "," }
      if let inner { output += "\n" + String(repeating: " ", count: inner) }
      writeItem(item, &output, inner)
    }
    if let indent { output += "\n" + String(repeating: " ", count: indent) }
    output += close
  }

  private static func writeString(_ value: String, to output: inout String) {
    output += "\""
    let printable = PrintableText.sanitize(value, for: .document, keepLineBreaks: true)
    for scalar in printable.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}", "\u{7F}":
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
