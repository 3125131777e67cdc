/// A JSON value with ordered object members, so outputs keep the key order of the spec.
///
/// It is written by ``JSONWriter``: every string, member names included, first goes through
/// ``PrintableText`` for a document (cli.md), so no control character from a file reaches a
/// JSON output, whatever the caller passed. Newline and tab are kept (written `\n` and `\t`);
/// a caller that shows a field on one line sanitises it so beforehand. Bidirectional format
/// characters are kept, as in every document.
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

  /// The value as JSON text in UTF-8 bytes, as ``JSONWriter`` writes it (the one place that
  /// decides how arusha's JSON looks).
  public func bytes(pretty: Bool = true) -> [UInt8] {
    var writer = JSONWriter(pretty: pretty)
    writer.value(self)
    return writer.bytes
  }
}
