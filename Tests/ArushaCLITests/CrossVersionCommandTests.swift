import ArushaTestSupport
import Foundation
import Testing

/// Issue 24, through the command line: `compare --map` says in every format that a change
/// across questionnaire versions mixes changes in the instrument with changes in practice
/// (the fixture of MapCommandTests: 2026 on version 1 read as version 2, 2027 on version 2).
@Suite struct CrossVersionCommandTests {
  let map = MapCommandTests()

  func compare(_ format: String) throws -> String {
    let result = try map.compare(
      ["--map", map.path("v1-v2.yaml"), "--lang", "en", "--format", format])
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  static let note =
    "Changes marked † cross questionnaire versions (1\u{A0}→\u{A0}2): they mix changes in the instrument with changes in practice."

  @Test func everyFormatSaysTheInstrumentChanged() throws {
    let table = try compare("table")
    // The terminal wraps at 100 columns: the sentence's words, in order.
    let flat = table.replacingOccurrences(of: "\n", with: " ")
    #expect(flat.contains(Self.note), "\(table)")
    #expect(
      flat.contains(
        "Rounds marked † were answered on an earlier version of the questionnaire (1) and read as version 2"
      ))
    #expect(try compare("markdown").contains("\n\(Self.note)\n"))
    #expect(try compare("html").contains("<p class=\"note\">\(Self.note)</p>"))
    let json = try map.json(try compare("json"))
    let changes = try #require(json["changes"] as? [[String: Any]])
    #expect(changes.first?["mapped"] as? Bool == true)
    #expect(
      changes.first?["note"] as? String
        == "Crosses questionnaire versions (1 → 2): mixes changes in the instrument with changes in practice."
    )
  }

  /// Within one version, nothing is said.
  @Test func withinOneVersionNothingIsSaid() throws {
    let result = try map.compare(
      ["--format", "markdown", "--lang", "en"], folders: ["compare/fixture-2027.yaml"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("questionnaire versions"), "\(result.stdout)")
  }
}
