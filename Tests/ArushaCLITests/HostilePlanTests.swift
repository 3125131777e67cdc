import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Hostile plan files through `arusha validate` (issue 27: plans are bounded like every
/// input): each is refused or read with a clear error, never a hang (the runner's timeout),
/// and no control character of the file reaches the terminal.
@Suite struct HostilePlanTests {
  static let sha = String(repeating: "ab", count: 32)
  /// The SHA-256 of the example questionnaire, which the plans name.
  static let example = Fingerprint.sha256(
    [UInt8](
      (try? Data(contentsOf: TestPaths.questionnaires.appendingPathComponent("example.yaml")))
        ?? Data()))
  static let head = """
    format: arusha/plan-1
    questionnaire: {id: example, version: "4", sha256: \(example)}
    administration: Niger
    round: "2024"
    baseline: {sha256: \(sha)}

    """

  /// `validate` of a plan of `bytes` against the bundled example questionnaire.
  static func validate(_ bytes: [UInt8], format: String = "text") throws -> CommandResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-hostile-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(bytes).write(to: folder.appendingPathComponent("plan.yaml"))
    let example = TestPaths.questionnaires.appendingPathComponent("example.yaml").path
    return try runArusha(
      ["validate", "--format", format, "plan.yaml", "--questionnaire", example], directory: folder,
      timeout: 60)
  }

  static func validate(_ text: String, format: String = "text") throws -> CommandResult {
    try validate(Array(text.utf8), format: format)
  }

  /// What a result shows, for a failed expectation.
  static func shown(_ result: CommandResult) -> String {
    "status \(result.status)\n\(result.stdout.prefix(2000))\n\(result.stderr.prefix(2000))"
  }

  @Test func aFileOverTheReadLimitIsRefusedAtOnce() throws {
    // A million actions do not fit in the 4 MiB a plan may have.
    var text = Self.head + "actions:\n"
    text.reserveCapacity(30_000_000)
    for index in 0..<1_000_000 { text += "  - {id: a\(index), questions: [q]}\n" }
    let result = try Self.validate(text)
    #expect(result.status == 65, "\(Self.shown(result))")
    #expect(!result.timedOut)
    #expect(result.stdout.contains("plan.yaml: error: "), "\(Self.shown(result))")
    #expect(result.stdout.contains("4194304"), "\(Self.shown(result))")
  }

  @Test func moreActionsThanARealPlanAreOneError() throws {
    var text = Self.head + "actions:\n"
    for index in 0..<5_000 {
      text += "  - {id: a\(index), questions: [unknown.q\(index)], target: 9, status: don}\n"
    }
    let result = try Self.validate(text)
    #expect(result.status == 65)
    #expect(
      result.stdout.hasPrefix(
        "plan.yaml:7:3: error: the plan has 5000 actions; at most 1000 are read\n"),
      "\(Self.shown(result))")
    #expect(result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"))
  }

  @Test func deepNestingIsRefused() throws {
    let text =
      Self.head + "note: " + String(repeating: "[", count: 5_000)
      + String(repeating: "]", count: 5_000) + "\n"
    let result = try Self.validate(text)
    #expect(result.status == 65)
    #expect(result.stdout.contains("nest"), "\(Self.shown(result))")
    #expect(result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"))
  }

  @Test func aliasBombsAreRefused() throws {
    var text = Self.head + "x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for level in 1..<10 {
      let previous = Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ", ")
      text += "x\(level): &x\(level) [\(previous)]\n"
    }
    let result = try Self.validate(text)
    #expect(result.status == 65)
    #expect(result.stdout.contains("alias"), "\(Self.shown(result))")
    #expect(result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"))
  }

  @Test func longTextsAreRefusedWithTheirLength() throws {
    let long = String(repeating: "d", count: 20_000)
    let name = String(repeating: "n", count: 300)
    let text = """
      format: arusha/plan-1
      questionnaire: {id: example, version: "4", sha256: \(Self.example)}
      administration: \(name)
      round: "2024"
      baseline: {sha256: \(Self.sha)}
      actions:
        - {id: a1, questions: [leadership.strategy], status: planned, description: \(long)}

      """
    let result = try Self.validate(text)
    #expect(result.status == 65)
    let lines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("plan.yaml:") }
    #expect(
      lines == [
        "plan.yaml:3:17: error: administration has 300 characters; at most 200 are accepted",
        "plan.yaml:7:78: error: 'description' has 20000 characters; at most 10000 are accepted",
      ], "\(Self.shown(result))")
    // The source lines shown are cut, not 20,000 characters wide.
    #expect(result.stdout.utf8.count < 2_000, "\(result.stdout.utf8.count) bytes")
  }

  @Test func escapeSequencesNeverReachTheTerminal() throws {
    // Escapes written as YAML escapes are decoded into the strings, and quoted back by the
    // messages; raw control characters are refused by the reader.
    let escaped =
      Self.head + """
        actions:
          - {id: a1, questions: ["\\e]0;pwned\\u0007x"], status: "\\e[2J\\e[31mdone", description: "\\e[5m"}

        """
    for format in ["text", "json"] {
      let result = try Self.validate(escaped, format: format)
      #expect(result.status == 65)
      #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
      #expect(!result.stderr.contains("\u{1B}"))
      #expect(result.stdout.contains("unknown action status"), "\(Self.shown(result))")
    }
    let raw = Self.head + "note: \"\u{1B}[2J\u{1B}]0;pwned\u{07}\"\n"
    let result = try Self.validate(raw)
    #expect(result.status == 65)
    #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
    #expect(result.stdout.contains("control characters are not allowed"), "\(Self.shown(result))")
  }

  @Test func notUTF8IsOneError() throws {
    let result = try Self.validate(Array(Self.head.utf8) + [0xFF, 0xFE, 0x0A])
    #expect(result.status == 65)
    #expect(
      result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"), "\(Self.shown(result))")
  }
}
