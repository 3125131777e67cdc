import ArushaTestSupport
import Foundation
import Testing

/// Cost in proportion to the file (issue 22, kind 1), through the command line in-process.
///
/// One long line with thousands of errors printed its whole source line under each of them (a 113 KB
/// response made `score` write 1 GB to standard error). What is printed about one file is now
/// bounded; every finding is still counted. No timing is asserted: Benchmarks/ measures.
@Suite struct CostBoundsCommandTests {
  /// A folder with the tiny questionnaire, a complete response `base.yaml`, and `long.yaml`:
  /// the same response whose answers are one flow mapping of `count` unknown question ids.
  func workspace(count: Int = 6_000) throws -> (folder: URL, base: String) {
    let hostile = HostileInputTests()
    let folder = try hostile.workspace()
    let base = try hostile.text(try hostile.completeResponse(folder, "base.yaml"))
    let answers = (0..<count).map { "q\($0): {value: 1}" }.joined(separator: ", ")
    let head = base[..<(try #require(base.range(of: "answers:"))).lowerBound]
    try Data((head + "answers: {\(answers)}\n").utf8).write(
      to: folder.appendingPathComponent("long.yaml"))
    return (folder, base)
  }

  @Test func scoreOfAResponseWithThousandsOfErrorsOnOneLineIsBounded() throws {
    let (folder, _) = try workspace()
    let result = try runArushaInProcess(["score", "long.yaml"], directory: folder)
    #expect(result.status == 65)
    // 100 findings of at most a few hundred bytes each, not 6,001 copies of a 113 KB line.
    #expect(result.stderr.utf8.count < 40_000, "\(result.stderr.utf8.count) bytes")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.suffix(2) == [
        "long.yaml: … and 5901 more (5901 errors, 0 warnings)",
        "1 file checked: 6001 errors, 0 warnings",
      ])
    // Each excerpt is at most 120 columns, cut with "…" where the line goes on.
    let excerpts = lines.filter {
      $0.hasPrefix("  ") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("^")
    }
    #expect(!excerpts.isEmpty)
    #expect(excerpts.allSatisfy { $0.dropFirst(2).count <= 120 }, "\(excerpts.prefix(3))")
    #expect(excerpts.contains { $0.hasSuffix("…") })
  }

  @Test func compareOfEightSuchFilesIsBoundedPerFile() throws {
    let (folder, _) = try workspace()
    let long = try Data(contentsOf: folder.appendingPathComponent("long.yaml"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("r"), withIntermediateDirectories: true)
    for index in 0..<8 {
      try long.write(to: folder.appendingPathComponent("r/long\(index).yaml"))
    }
    let result = try runArushaInProcess(["compare", "r"], directory: folder)
    #expect(result.status == 65)
    #expect(result.stderr.utf8.count < 8 * 40_000, "\(result.stderr.utf8.count) bytes")
    for index in 0..<8 {
      #expect(
        result.stderr.contains("r/long\(index).yaml: … and 5901 more (5901 errors, 0 warnings)"))
    }
  }

  @Test func validateBoundsTextAndKeepsEveryFindingInJSON() throws {
    let (folder, _) = try workspace()
    // A questionnaire whose questions are one flow sequence of 3,000 with an unknown type
    // and a condition on an unknown question each: 6,000 findings on one line.
    let tiny = HostileInputTests.tiny
    let questions = (0..<3_000).map {
      "{id: q\($0), type: bogus, text: {en: T}, help: {en: H}, when: 'zz\($0) == 1'}"
    }.joined(separator: ", ")
    let head = tiny[..<(try #require(tiny.range(of: "    questions:"))).lowerBound]
    try Data((head + "    questions: [\(questions)]\n").utf8).write(
      to: folder.appendingPathComponent("q.yaml"))
    let text = try runArushaInProcess(["validate", "q.yaml"], directory: folder)
    #expect(text.status == 65)
    #expect(text.stdout.utf8.count < 40_000, "\(text.stdout.utf8.count) bytes")
    #expect(
      text.stdout.hasSuffix(
        "q.yaml: … and 5900 more (5900 errors, 0 warnings)\n1 file checked: 6000 errors, 0 warnings\n"
      ))
    let json = try runArushaInProcess(
      ["validate", "q.yaml", "--format", "json"], directory: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let file = try #require((object["files"] as? [[String: Any]])?.first)
    #expect((file["diagnostics"] as? [Any])?.count == 6_000)
    #expect(file["errors"] as? Int == 6_000)
  }
}
