/// Whether output gets ANSI colour, decided once at start-up and passed down (swift-format's `ColorMode`).
public struct TextStyle: Sendable, Hashable {
  /// Whether to emit colour.
  public var colour: Bool

  /// Creates a style.
  public init(colour: Bool) {
    self.colour = colour
  }

  /// No colour.
  public static let plain = TextStyle(colour: false)

  /// The cli.md rule: colour only on a terminal, never with a non-empty `NO_COLOR` or `TERM=dumb`.
  public static func resolve(isTerminal: Bool, environment: [String: String]) -> TextStyle {
    let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
    return TextStyle(colour: isTerminal && !noColour && environment["TERM"] != "dumb")
  }

  /// An SGR colour or attribute.
  public enum Tone: String, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case blue = "34"
    case magenta = "35"
    case cyan = "36"
    case boldRed = "1;31"
    case boldYellow = "1;33"
    case boldGreen = "1;32"
  }

  /// `text` in `tone` when colour is on.
  public func apply(_ tone: Tone, _ text: String) -> String {
    colour ? "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m" : text
  }
}
