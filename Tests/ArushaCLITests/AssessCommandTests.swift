import ArushaCore
import ArushaFiles
import ArushaTestSupport
import Foundation
import Testing

@testable import ArushaTerminal

@Suite(.serialized) struct AssessCommandTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-assess-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func response(_ url: URL) throws -> Response {
    let choice = try QuestionnaireChoice.resolve("example")
    let header = try #require(ResponseDecoder.header([UInt8](try Data(contentsOf: url))).header)
    return try #require(
      ResponseDecoder.decode(header, questionnaire: choice.questionnaire).response)
  }

  static let command = [
    "assess", "example", "--administration", "Test Customs", "--round", "2024", "-o", "r.yaml",
    "--lang", "en",
  ]

  /// The end-to-end test: keys on a real pty, SIGKILL, resume with every answer intact,
  /// back, "not applicable" with a justification, completion, and the file scores as expected.
  @Test func killResumeBackNotApplicableCompleteAndScore() throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    let before = pty.settings()
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    // A new session: the questionnaire's description stands above the first question.
    #expect(pty.screenText.contains("A short example that shows every kind of question."))
    pty.type("2")  // "Fully in place" (value 2); it expects evidence, asked next with why
    #expect(pty.waitFor("Evidence reference"))
    #expect(pty.screenText.contains("This answer expects evidence"))
    pty.type("Decision 12\r")
    #expect(pty.waitFor("Was it reviewed in the last two years?"))
    pty.type("y")
    #expect(pty.waitFor("How does leadership communicate on integrity?"))
    pty.signal(SIGKILL)
    #expect(pty.waitForExit() == 128 + SIGKILL)
    let saved = try response(directory.appendingPathComponent("r.yaml"))
    #expect(
      saved.answers["leadership.strategy"] == Answer(value: .number(2), evidence: "Decision 12"))
    #expect(saved.answers["leadership.strategy-reviewed"]?.value == .number(1))
    pty.restore(before)

    pty.clear()
    try pty.start(Self.command, directory: directory)
    // Resumes at the first unanswered visible question, without the description.
    #expect(pty.waitFor("How does leadership communicate on integrity?"))
    #expect(pty.screenText.contains("Question 3/6"))
    #expect(!pty.screenText.contains("A short example that shows every kind of question."))
    pty.clear()
    pty.type("b")
    #expect(pty.waitFor("Current answer: Yes"))
    pty.type("s")
    #expect(pty.waitFor("How does leadership communicate on integrity?"))
    pty.type("13\r")  // staff meetings (3) and intranet (1)
    #expect(pty.waitFor("Who can report suspected corruption?"))
    pty.type("a")
    #expect(pty.waitFor("Why does this question not apply?"))
    pty.type("No public window yet\r")
    #expect(pty.waitFor("How many cases were investigated last year?"))
    pty.type("12\r")
    #expect(pty.waitFor("What would most improve investigations?"))
    pty.type("More investigators\r")
    #expect(pty.waitFor("Every required question has an answer."))
    pty.type("\r")
    #expect(pty.waitFor("Assessment complete. Saved in r.yaml."))
    // The last screen (issue 26), which says where the file is: q leaves.
    pty.type("q")
    #expect(pty.waitForExit() == 0)
    #expect(pty.settings() == before, "the terminal is left as it was")

    let done = try response(directory.appendingPathComponent("r.yaml"))
    #expect(done.status == .complete && done.completed != nil)
    #expect(done.answers["audit-investigation.reporting"] == .notApplicable("No public window yet"))
    #expect(done.answers["leadership.channels"]?.value == .selection([3, 1]))
    #expect(done.answers["audit-investigation.cases"]?.value == .number(12))
    #expect(done.answers["audit-investigation.notes"]?.value == .text("More investigators"))
    let attributes = try FileManager.default.attributesOfItem(
      atPath: directory.appendingPathComponent("r.yaml").path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

    // Leadership (mean): strategy 2 of 0..2 → 1 (weight 2), reviewed yes → 1, channels {3, 1}
    // of P = 6 → 4/6: 100 × (2 + 1 + 2/3) / 4 = 91.666…; audit: reporting is n/a and the rest
    // is unscored, so its score is null and the overall score is leadership's.
    let score = try runArusha(["score", "r.yaml", "--format", "json"], directory: directory)
    #expect(score.status == 0, "\(score.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
    let overall = try #require((json["overall"] as? [String: Any])?["score"] as? Double)
    #expect(abs(overall - 100 * (11.0 / 3) / 4) < 1e-9)
    #expect(json["status"] as? String == "complete")
  }

  @Test(arguments: [("q", Int32(0)), ("SIGINT", 130), ("SIGTERM", 143)])
  func everyWayOfLeavingRestoresTheTerminal(_ way: String, _ status: Int32) throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    let before = pty.settings()
    // Found on PATH as `arusha`: the resume hint says `arusha`.
    try pty.start(Self.command, directory: directory, environment: Self.pathWithArusha)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    pty.type("1")  // "Partly in place" (value 1)
    pty.type("\u{1B}")  // no evidence
    #expect(pty.waitFor("Was it reviewed"))
    switch way {
    case "q": pty.type("q")
    case "SIGINT": pty.signal(SIGINT)
    default: pty.signal(SIGTERM)
    }
    #expect(pty.waitForExit() == status)
    #expect(pty.settings() == before, "\(way) leaves the terminal as it was")
    #expect(pty.screenText.contains("To resume, run: arusha assess example -o r.yaml"))
    #expect(
      try response(directory.appendingPathComponent("r.yaml")).answers["leadership.strategy"]?.value
        == .number(1))
  }

  /// Text typed into a field but not confirmed is kept when the session is left by a signal
  /// or Ctrl-D, as Tab would keep it (found by a newcomer: Ctrl-C dropped a typed sentence).
  @Test(arguments: ["SIGINT", "SIGTERM", "Ctrl-D"])
  func leavingKeepsTextTypedButNotConfirmed(_ way: String) throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    pty.type("1")
    pty.type("\u{1B}")  // no evidence
    #expect(pty.waitFor("Was it reviewed"))
    pty.type("r")
    #expect(pty.waitFor("answered, "))
    pty.type("6")
    #expect(pty.waitFor("Go to question"))
    pty.type("\r")  // the sixth visible question: audit-investigation.notes
    #expect(pty.waitFor("What would most improve investigations?"))
    pty.type("More investigators")
    #expect(pty.waitFor("More investigators"))
    switch way {
    case "SIGINT": pty.signal(SIGINT)
    case "SIGTERM": pty.signal(SIGTERM)
    default: pty.type("\u{4}")
    }
    _ = pty.waitForExit()
    #expect(
      try response(directory.appendingPathComponent("r.yaml")).answers["audit-investigation.notes"]?
        .value == .text("More investigators"))
  }

  @Test func secondSessionOnTheSameFileIsRefused() throws {
    let directory = try folder()
    let pty = try PseudoTerminal()
    try pty.start(Self.command, directory: directory)
    #expect(pty.waitFor("Is there a written integrity strategy?"))
    let second = try runArusha(Self.command + ["--plain"], directory: directory)
    #expect(second.status == 73)
    #expect(
      second.stderr.contains(
        "another 'arusha assess' session is using this file; finish or quit that one first"))
    pty.type("q")
    #expect(pty.waitForExit() == 0)
  }

  /// Line mode completes the bundled Revised Arusha Declaration questionnaire from piped input.
  ///
  /// The lines are made by walking the same engine in process with a fixed answering policy,
  /// and the file the binary writes must hold exactly the answers the engine holds.
  @Test func lineModeCompletesTheBundledQuestionnaireFromPipedInput() throws {
    let directory = try folder()
    let choice = try QuestionnaireChoice.resolve(nil)
    var session = AssessmentSession(
      questionnaire: choice.questionnaire,
      response: Response(
        questionnaire: choice.reference, administration: "Pipe Customs", round: "2024"),
      language: "fr", now: { "" })
    var lines: [String] = []
    var step = 0
    while session.place != .completed, lines.count < 1_000 {
      let line: String
      if let field = session.field, field.purpose != .answer {
        line = field.purpose == .evidence ? "Doc \(step)" : ""
      } else if case .review = session.place {
        line = ""
      } else if let question = session.currentQuestion {
        switch question.kind {
        case .scale(_, let options), .choice(let options):
          line = String(question.optionKey(at: step % options.count))
        case .yesno: line = step % 3 == 0 ? "non" : "oui"
        case .multi(let options):
          line = (1...options.count).filter { ($0 + step) % 2 == 0 }.map(String.init).joined(
            separator: ",")
        // 7, or the lowest allowed value when that is more (a year of accession).
        case .number(let min, _): line = String(Int(Swift.max(min ?? 0, 7)))
        case .text: line = "Texte libre"
        }
      } else {
        break
      }
      step += 1
      lines.append(line)
      _ = session.handle(line: line)
    }
    #expect(session.place == .completed)
    let result = try runArusha(
      [
        "assess", "--plain", "--administration", "Pipe Customs", "--round", "2024", "--lang", "fr",
        "-o", "pipe.yaml",
      ],
      input: lines.joined(separator: "\n") + "\n", directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Évaluation terminée. Enregistrée dans pipe.yaml."))
    #expect(result.stdout.contains("Score global"))
    let header = try #require(
      ResponseDecoder.header(
        [UInt8](try Data(contentsOf: directory.appendingPathComponent("pipe.yaml")))
      ).header)
    let written = try #require(
      ResponseDecoder.decode(header, questionnaire: choice.questionnaire).response)
    #expect(written.status == .complete)
    #expect(written.answers == session.response.answers)
    #expect(written.answers.count > 70)
  }

  @Test func theDescriptionIsPrintedBeforeTheFirstQuestionOfANewSessionOnly() throws {
    let directory = try folder()
    let command = [
      "assess", "example", "--plain", "--administration", "A", "--round", "1", "--lang", "fr",
      "-o", "r.yaml",
    ]
    let description = "Un court exemple qui montre chaque type de question."
    let new = try runArusha(command, input: "q\n", directory: directory)
    #expect(new.status == 0, "\(new.stderr)")
    let first = try #require(new.stdout.range(of: "Existe-t-il une stratégie d'intégrité écrite"))
    #expect(new.stdout[..<first.lowerBound].contains(description))
    let resumed = try runArusha(command, input: "q\n", directory: directory)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("Existe-t-il une stratégie d'intégrité écrite"))
    #expect(!resumed.stdout.contains(description))
  }

  @Test func endOfInputBeforeTheRoundSavesNothing() throws {
    let directory = try folder()
    let result = try runArusha(
      ["assess", "example", "--plain"], input: "Niger Customs\n", directory: directory)
    #expect(result.status == 66)
    #expect(
      result.stdout.contains("Administration (e.g. Niger Customs): Assessment round (e.g. 2024):"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test func promptedAdministrationAndRoundNameTheFile() throws {
    let directory = try folder()
    let result = try runArusha(
      ["assess", "example", "--plain", "--lang", "en"], input: "Douanes du Sénégal\n2024-2\nq\n",
      environment: Self.pathWithArusha, directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "To resume, run: arusha assess example -o douanes-du-senegal-2024-2.yaml"))
    #expect(
      FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("douanes-du-senegal-2024-2.yaml").path))
  }

  /// A PATH on which `arusha` is the binary under test.
  static var pathWithArusha: [String: String] {
    [
      "PATH": TestPaths.productsFolder.path + ":"
        + (ProcessInfo.processInfo.environment["PATH"] ?? "")
    ]
  }

  /// After `swift run arusha`, or any start by a path that PATH does not lead to, the resume
  /// hint names the program as it was started, not an `arusha` command the machine lacks.
  @Test func theResumeHintSaysHowArushaWasStarted() throws {
    let directory = try folder()
    let binary = TestPaths.arusha.path
    let result = try runArusha(
      Self.command + ["--plain"], input: "q\n", environment: ["PATH": "/usr/bin:/bin"],
      directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    // Over 80 columns, the command stands whole on its own line (issue 26).
    #expect(
      result.stderr.contains("To resume, run:\n  \(binary) assess example -o r.yaml"),
      "\(result.stderr)")
    #expect(!result.stderr.contains("run: arusha "))
  }

  /// `--lang`, `--role` and `--respondent` that differ from the file being resumed are
  /// refused (64), naming the option, the file's value and what to do; the file is unchanged.
  @Test(arguments: [
    (["--lang", "fr"], "language 'en', not 'fr' (--lang)", "leave out --lang"),
    (["--role", "Auditor"], "role 'Director', not 'Auditor' (--role)", "leave out --role"),
    (
      ["--respondent", "B. Diallo"], "respondent 'A. Sow', not 'B. Diallo' (--respondent)",
      "leave out --respondent"
    ),
    (
      ["--lang", "fr", "--role", "Auditor"], "language 'en', not 'fr' (--lang) and role",
      "leave out --lang and --role"
    ),
  ])
  func optionsThatConflictWithTheResumedFileAreRefused(
    _ options: [String], _ difference: String, _ advice: String
  ) throws {
    let directory = try folder()
    let first = try runArusha(
      Self.command + ["--plain", "--role", "Director", "--respondent", "A. Sow"], input: "q\n",
      directory: directory)
    #expect(first.status == 0, "\(first.stderr)")
    let file = directory.appendingPathComponent("r.yaml")
    let before = try Data(contentsOf: file)
    let base = Self.command.filter { $0 != "--lang" && $0 != "en" }
    let again = try runArusha(
      base + ["--plain"] + (options.contains("--lang") ? [] : ["--lang", "en"]) + options,
      input: "q\n", directory: directory)
    #expect(again.status == 64, "\(again.stderr)")
    #expect(
      again.stderr.contains("r.yaml is an assessment in progress with \(difference)"),
      "\(again.stderr)")
    #expect(
      again.stderr.contains("\(advice) to resume it as it was started, or choose another -o FILE"))
    #expect(try Data(contentsOf: file) == before)
    // The same values, or none, resume it.
    let same = try runArusha(
      Self.command + ["--plain", "--role", "Director"], input: "q\n", directory: directory)
    #expect(same.status == 0, "\(same.stderr)")
  }

  /// A response in progress keeps its own version when newer ones are bundled (cli.md,
  /// issue 13): `assess ID -o FILE` resumes it on that version, and score finds it.
  @Test func aResponseInProgressResumesOnItsOwnVersion() throws {
    let directory = try folder()
    let first = try runArusha(
      ["assess", "example@1", "--plain", "-o", "r.yaml", "--administration", "A", "--round", "1"],
      input: "1\n\nq\n", directory: directory)
    #expect(first.status == 0, "\(first.stderr)")
    let file = directory.appendingPathComponent("r.yaml")
    let started = try String(contentsOf: file, encoding: .utf8)
    #expect(started.contains("version: '1'") || started.contains("version: \"1\""), "\(started)")
    let again = try runArusha(
      ["assess", "example", "--plain", "-o", "r.yaml"], input: "q\n", directory: directory)
    #expect(again.status == 0, "\(again.stderr)")
    let resumed = try String(contentsOf: file, encoding: .utf8)
    #expect(resumed.contains("version: '1'") || resumed.contains("version: \"1\""), "\(resumed)")
    #expect(!resumed.contains("version: '2'") && !resumed.contains("version: \"2\""))
    let score = try runArusha(["score", "r.yaml"], directory: directory)
    #expect(score.status == 0, "\(score.stderr)")
    // A version asked for by name is that version: another one's file is refused.
    let named = try runArusha(
      ["assess", "example@2", "--plain", "-o", "r.yaml"], input: "q\n", directory: directory)
    #expect(named.status == 65)
    #expect(named.stderr.contains("answers questionnaire 'example' version '1'"))
  }

  @Test func resumingAFileOfAnotherQuestionnaireIsRefused() throws {
    let directory = try folder()
    let first = try runArusha(
      ["assess", "example", "--plain", "-o", "r.yaml", "--administration", "A", "--round", "1"],
      input: "q\n", directory: directory)
    #expect(first.status == 0)
    let second = try runArusha(
      ["assess", "internal-affairs", "--plain", "-o", "r.yaml"], input: "q\n", directory: directory)
    #expect(second.status == 65)
    #expect(second.stderr.hasPrefix("arusha: r.yaml answers questionnaire 'example' version '4'"))
  }
}
