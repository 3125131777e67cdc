/// A value to write as YAML: what ``YAMLWriter`` takes.
///
/// Strings always read back as the same text, whatever they contain: the writer quotes any
/// string that YAML 1.1 could read as something else (`no`, `~`, `1.0`, `0x10`, `2024-07-02`).
public indirect enum YAMLValue: Sendable, Hashable {
  /// A text, quoted when needed.
  case string(String)
  /// A number, written plain (integral values without a fraction).
  case number(Double)
  /// A plain scalar written exactly as given; the caller guarantees it reads back as meant
  /// (a timestamp, a format tag).
  case plain(String)
  /// `null`.
  case null
  /// A list; `flow` writes it on one line (`[1, 3]`).
  case sequence([YAMLValue], flow: Bool = false)
  /// A mapping with string keys, in the given order.
  case mapping([Entry])

  /// One key and value of a ``mapping(_:)``.
  public struct Entry: Sendable, Hashable {
    /// The key, quoted like a string when needed.
    public var key: String
    /// The value.
    public var value: YAMLValue

    /// Creates an entry.
    public init(_ key: String, _ value: YAMLValue) {
      self.key = key
      self.value = value
    }
  }

  /// The text a number is written as: `2`, `-1`, `2.5`.
  public static func text(of number: Double) -> String {
    if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    return String(number)
  }
}
