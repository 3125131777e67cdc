/// A scalar exactly as written: its text and the style it was written in.
///
/// The loader never resolves types (YAML 1.1 would turn `no` into a boolean and `0x10`
/// into 16); the schema that reads the tree decides what a scalar means.
public struct YAMLScalar: Sendable, Hashable {
  /// How a scalar was written in the source.
  public enum Style: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
  }

  /// The scalar's text after YAML's folding and escapes.
  public var text: String
  /// The style it was written in.
  public var style: Style

  /// Creates a scalar.
  public init(_ text: String, style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// Whether the scalar was written without quotes or block indicators.
  public var isPlain: Bool { style == .plain }

  /// Whether this is YAML's null: an empty plain scalar, `~` or `null` (in any case YAML 1.1 allows).
  public var isNull: Bool {
    style == .plain && ["", "~", "null", "Null", "NULL"].contains(text)
  }
}
