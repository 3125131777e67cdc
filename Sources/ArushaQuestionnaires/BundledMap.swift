/// One item map file (`Questionnaires/maps/`) compiled into the executable, byte for byte
/// (trust-and-continuity.md: "a map ships with each new version").
public struct BundledMap: Sendable, Hashable {
  /// The file's name in `Questionnaires/maps/`.
  public let name: String
  /// The file's text.
  public let text: String

  /// Creates a bundled map.
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// The file's bytes (UTF-8).
  public var bytes: [UInt8] { Array(text.utf8) }
}

extension BundledQuestionnaires {
  /// The bundled map named `name`, with or without its `.yaml`.
  public static func map(named name: String) -> BundledMap? {
    maps.first { $0.name == name || $0.name == name + ".yaml" }
  }
}
