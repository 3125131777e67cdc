import ArushaYAML

/// A fixture with position markers (`1️⃣`, `2️⃣`, …) removed, and where each marker stood.
///
/// This is the swift-format `FindingSpec` pattern: the marker is written where a diagnostic
/// must point, so a test states the position by example rather than by counting columns.
public struct MarkedText: Sendable {
  /// The text without markers.
  public let text: String
  /// Where each marker stood, 1-based, columns in Unicode scalars.
  public let marks: [String: SourceMark]

  /// The markers recognised, in the order they may be used.
  public static let markers = [
    "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟", "🅰️", "🅱️", "🆎",
  ]

  /// Strips markers from `source` and records their places.
  public init(_ source: String) {
    var text = ""
    var marks: [String: SourceMark] = [:]
    var line = 1
    var column = 1
    var rest = Substring(source)
    outer: while !rest.isEmpty {
      for marker in Self.markers where rest.hasPrefix(marker) {
        marks[marker] = SourceMark(line: line, column: column)
        rest = rest.dropFirst(marker.count)
        continue outer
      }
      let character = rest.removeFirst()
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    self.text = text
    self.marks = marks
  }

  /// The mark of `marker`; a missing marker is a bug in the test, reported as 0:0.
  public subscript(marker: String) -> SourceMark {
    marks[marker] ?? SourceMark(line: 0, column: 0)
  }

  /// The text's UTF-8 bytes.
  public var bytes: [UInt8] { Array(text.utf8) }
}
