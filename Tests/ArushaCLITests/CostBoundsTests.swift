import ArushaTestSupport
import Foundation
import Testing

/// Issue 22, kind 1, through the command line in-process: a file with one long line and thousands of
/// findings costs what it holds, and what is printed about it is bounded (at most 100 findings,
/// then "… and N more (E errors, W warnings)"; excerpts at most 120 columns around the caret;
/// the summary counts every finding; JSON keeps them all and says how many text left out).
@Suite struct CostBoundsTests {
  /// The suite's folder, written once (nil when it cannot be written: each test then fails).
  static let written: URL? = try? write()

  /// A folder with a 111 KB questionnaire and eight 107 KB responses.
  ///
  /// The questionnaire's 2,000 questions are on one line, each with an unknown type; each
  /// response answers 4,000 unknown questions on one line (the sizes of the issue's examples).
  static func write() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-cost-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("responses"), withIntermediateDirectories: true)
    let questions = (0..<2000).map { "{id: q\($0), type: bogus, text: {en: T}, help: {en: H}}" }
    let questionnaire = """
      format: arusha/questionnaire-1
      id: long
      version: "1"
      title: {en: Long}
      languages: [en]
      factors: [{id: f, title: {en: F}, questions: [\(questions.joined(separator: ", "))]}]

      """
    try Data(questionnaire.utf8).write(to: folder.appendingPathComponent("q.yaml"))
    let sha = try Self.sha256(TestPaths.questionnaires.appendingPathComponent("example.yaml"))
    let answers = (0..<4000).map { "unknown.q\($0): {value: 1}" }.joined(separator: ", ")
    for index in 0..<8 {
      let response = """
        format: arusha/response-1
        questionnaire:
          id: example
          version: "4"
          sha256: \(sha)
        administration: Admin \(index)
        round: "2024"
        role: management
        respondent: null
        language: en
        status: complete
        started: 2024-07-02T09:00:00Z
        updated: 2024-07-02T11:00:00Z
        completed: 2024-07-02T11:00:00Z
        answers: {\(answers)}

        """
      try Data(response.utf8).write(
        to: folder.appendingPathComponent("responses/r\(index).yaml"))
    }
    return folder
  }

  /// The SHA-256 of a file in hex, by `sha256sum` (the tests have no crypto library).
  static func sha256(_ url: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [url.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: output, as: UTF8.self).prefix(64))
  }

  static var example: String {
    TestPaths.packageRoot.appendingPathComponent("Questionnaires/example.yaml").path
  }

  @Test func validateOfOneLongLineWithThousandsOfErrorsIsBounded() throws {
    // Before: every finding printed the whole 111 KB line again (221 MB for the issue's file).
    let result = try runArushaInProcess(
      ["validate", "q.yaml"], directory: try #require(Self.written))
    #expect(result.status == 65)
    #expect(result.stdout.utf8.count < 40_000, "\(result.stdout.utf8.count) bytes")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 100 * 3 + 2)
    #expect(
      Array(lines.prefix(3)) == [
        "q.yaml:6:62: error: unknown question type 'bogus'; expected one of 'scale', 'choice', 'yesno', 'multi', 'number', 'text'",
        "  …ctors: [{id: f, title: {en: F}, questions: [{id: q0, type: bogus, text: {en: T}, help: {en: H}}, {id: q1, type: bogus,…",
        "  " + String(repeating: " ", count: 60) + "^",
      ])
    #expect(
      lines.suffix(2) == [
        "q.yaml: … and 1900 more (1900 errors, 0 warnings)",
        "1 file checked: 2000 errors, 0 warnings",
      ])
    for line in lines where line.hasPrefix("  ") {
      #expect(line.count <= 122, "an excerpt is at most 120 columns after its indent")
    }
  }

  @Test func validateJSONKeepsEveryFindingAndSaysHowManyTextLeftOut() throws {
    let result = try runArushaInProcess(
      ["validate", "--format", "json", "q.yaml"], directory: try #require(Self.written))
    #expect(result.status == 65)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    let file = (json["files"] as! [[String: Any]])[0]
    #expect((file["diagnostics"] as! [Any]).count == 2000)
    #expect(file["errors"] as? Int == 2000)
    #expect(file["omitted"] as? Int == 1900)
    let small = try runArushaInProcess(
      ["validate", "--format", "json", Self.example], directory: try #require(Self.written))
    #expect(!small.stdout.contains("\"omitted\""), "no field when text shows every finding")
  }

  @Test func scoreOfAResponseWithThousandsOfUnknownAnswersIsBounded() throws {
    // Before: 6.5 s for the issue's 104 KB response, each finding with its whole line.
    let result = try runArushaInProcess(
      ["score", "responses/r0.yaml", "--questionnaire", Self.example],
      directory: try #require(Self.written))
    #expect(result.status == 65)
    #expect(result.stderr.utf8.count < 40_000, "\(result.stderr.utf8.count) bytes")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.contains("responses/r0.yaml: … and 3901 more (3901 errors, 0 warnings)"))
    #expect(lines.last == "1 file checked: 4001 errors, 0 warnings")
    #expect(
      lines.contains(
        "  answers: {unknown.q0: {value: 1}, unknown.q1: {value: 1}, unknown.q2: {value: 1}, unknown.q3: {value: 1}, unknown.q4: {…"
      ))
  }

  @Test func compareOfEightSuchResponsesIsBoundedPerFile() throws {
    // Before: 50 s and 1 GB for eight of the issue's responses.
    let result = try runArushaInProcess(
      ["compare", "responses", "--questionnaire", Self.example],
      directory: try #require(Self.written))
    #expect(result.status == 65)
    #expect(result.stderr.utf8.count < 8 * 40_000, "\(result.stderr.utf8.count) bytes")
    for index in 0..<8 {
      #expect(
        result.stderr.contains(
          "responses/r\(index).yaml: … and 3901 more (3901 errors, 0 warnings)\n"))
    }
  }
}
