import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 27, items 1 and 5: `arusha plan` through the real binary, on the fixture worked by
/// hand in ImprovementPlanningTests (actions code, channels, follow, training; targets lead 40,
/// hr 70, inv 40).
@Suite struct PlanCommandTests {
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ArushaCoreTests/Fixtures/improvement")

  /// A folder with the fixture's questionnaire in `Questionnaires/` and its response, which
  /// names the questionnaire's real SHA-256; `edit` changes the response's text first.
  func workspace(edit: (String) -> String = { $0 }) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-plan-make-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Questionnaires"), withIntermediateDirectories: true)
    let questionnaire = try Data(
      contentsOf: Self.fixtures.appendingPathComponent("questionnaire.yaml"))
    try questionnaire.write(to: folder.appendingPathComponent("Questionnaires/improvement.yaml"))
    let response = try String(
      contentsOf: Self.fixtures.appendingPathComponent("response.yaml"), encoding: .utf8
    )
    .replacingOccurrences(
      of: String(repeating: "0", count: 64), with: Fingerprint.sha256([UInt8](questionnaire)))
    try Data(edit(response).utf8).write(to: folder.appendingPathComponent("response.yaml"))
    return folder
  }

  /// The values of `key` in a plan file's lines, in order (`  - id: a1` → `a1`).
  static func values(_ key: String, in yaml: String) -> [String] {
    yaml.split(separator: "\n").compactMap { line in
      let trimmed = line.drop { $0 == " " || $0 == "-" }
      guard trimmed.hasPrefix(key + ": ") else { return nil }
      return String(trimmed.dropFirst(key.count + 2))
    }
  }

  @Test func aPlanFromAResponseOnStandardOutput() throws {
    let folder = try workspace()
    let result = try runArusha(["plan", "response.yaml"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let yaml = result.stdout
    #expect(yaml.hasPrefix("format: arusha/plan-1\nnote: "))
    #expect(Self.values("id", in: yaml) == ["improvement-fixture", "a1", "a2", "a3", "a4"])
    #expect(
      Self.values("questions", in: yaml) == ["[code]", "[channels]", "[follow]", "[training]"])
    #expect(Self.values("target", in: yaml) == ["1", "[3, 1]", "1", "4"])
    // hr (87.5) is in the top band: no target; lead and inv, which the actions address, do.
    #expect(Self.values("level", in: yaml) == ["40", "40"])
    // The team's parts first, the baseline last.
    let keys = yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") }
      .map { $0.prefix { $0 != ":" } }
    #expect(
      keys == [
        "format", "note", "questionnaire", "administration", "round", "made", "targets",
        "actions", "baseline",
      ])
    // Made now, in UTC.
    let made = try #require(Self.values("made", in: yaml).first)
    #expect(Timestamp.isValid(made) && made.hasSuffix("Z"), "\(made)")
    // The baseline's SHA-256 is the response file's; the questionnaire's, the file scored.
    let response = try Data(contentsOf: folder.appendingPathComponent("response.yaml"))
    let questionnaire = try Data(
      contentsOf: folder.appendingPathComponent("Questionnaires/improvement.yaml"))
    let shas = Self.values("sha256", in: yaml).map { $0.replacingOccurrences(of: "\"", with: "") }
    #expect(
      shas == [Fingerprint.sha256([UInt8](questionnaire)), Fingerprint.sha256([UInt8](response))])
    // The note is in the response's language: English.
    #expect(yaml.contains("fill in description"))
    #expect(yaml.contains("arusha validate plan.yaml"))
  }

  @Test func theNoteFollowsLang() throws {
    let folder = try workspace()
    let result = try runArusha(["plan", "response.yaml", "--lang", "fr"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    // A literal block in short lines, « la valeur cible (target) », never « Le target ».
    let stdout = result.stdout
    #expect(stdout.contains("note: |-\n  Plan d’amélioration établi par arusha"), "\(stdout)")
    #expect(stdout.contains("renseignez description"))
    #expect(stdout.contains("La valeur cible (target) d’une action"))
    #expect(!stdout.contains("Le target"))
    #expect(stdout.contains("un objectif au-dessus du score projeté demande d’autres actions"))
    #expect(stdout.contains("arusha score REPONSE-SUIVANTE.yaml --plan plan.yaml"))
    let noteLines = stdout.split(separator: "\n").prefix { !$0.hasPrefix("questionnaire:") }
    #expect(noteLines.count > 10)
    #expect(noteLines.allSatisfy { $0.count <= 100 }, "\(noteLines)")
    // The file's keys stay in English: only the note is translated.
    #expect(
      result.stdout.contains("\n  status: planned\n") || result.stdout.contains("status: planned"))
    let unknown = try runArusha(["plan", "response.yaml", "--lang", "es"], directory: folder)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("--lang es: the questionnaire is written in en, fr only"))
  }

  @Test func topAndAllChooseTheActions() throws {
    let folder = try workspace()
    func questions(_ extra: [String]) throws -> [String] {
      let result = try runArusha(["plan", "response.yaml"] + extra, directory: folder)
      #expect(result.status == 0, "\(extra): \(result.stderr)")
      return Self.values("questions", in: result.stdout)
    }
    #expect(try questions(["--top", "0"]) == ["[code]"])
    #expect(try questions(["--top", "2"]) == ["[code]", "[channels]", "[follow]"])
    #expect(try questions(["--all"]) == ["[code]", "[channels]", "[follow]", "[training]"])
    for (arguments, message) in [
      (["--top=-1"], "--top must be 0 or more"),
      (["--top", "2", "--all"], "--top and --all go separately"),
      (["-o", "plan.html"], "cannot tell the format of 'plan.html'"),
    ] {
      let result = try runArusha(["plan", "response.yaml"] + arguments, directory: folder)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  /// `-o` never replaces what the command reads: the response, the questionnaire given.
  @Test func theResponseIsNeverReplaced() throws {
    let folder = try workspace()
    let before = try Data(contentsOf: folder.appendingPathComponent("response.yaml"))
    let result = try runArusha(["plan", "response.yaml", "-o", "response.yaml"], directory: folder)
    #expect(result.status == 64)
    #expect(
      result.stderr.contains(
        "-o 'response.yaml' is one of the files this command reads; write the plan to another file"
      ), "\(result.stderr)")
    #expect(try Data(contentsOf: folder.appendingPathComponent("response.yaml")) == before)
    let questionnaire = try runArusha(
      [
        "plan", "response.yaml", "--questionnaire", "Questionnaires/improvement.yaml", "-o",
        "Questionnaires/improvement.yaml",
      ], directory: folder)
    #expect(questionnaire.status == 64, "\(questionnaire.stderr)")

    let written = try runArusha(["plan", "response.yaml", "-o", "plan.yaml"], directory: folder)
    #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
    let file = try String(
      contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
    #expect(file.hasPrefix("format: arusha/plan-1\n"))
  }

  /// The plan file is the team's edited work: `plan -o` never writes over an existing one
  /// (73), as `import` never writes over a response; the renderings, regenerated from it,
  /// are replaced; a device is written to.
  @Test func anExistingPlanFileIsNeverReplaced() throws {
    let folder = try workspace()
    let edited = Data("format: arusha/plan-1\n# the team's edits\n".utf8)
    try edited.write(to: folder.appendingPathComponent("plan.yaml"))
    let refused = try runArusha(["plan", "response.yaml", "-o", "plan.yaml"], directory: folder)
    #expect(refused.status == 73, "\(refused)")
    #expect(
      refused.stderr.contains("plan.yaml: already exists, and arusha does not overwrite it"),
      "\(refused.stderr)")
    #expect(try Data(contentsOf: folder.appendingPathComponent("plan.yaml")) == edited)
    let yaml = try runArusha(
      ["plan", "response.yaml", "--format", "yaml", "-o", "plan.txt"], directory: folder)
    #expect(yaml.status == 0, "\(yaml)")
    let again = try runArusha(
      ["plan", "response.yaml", "--format", "yaml", "-o", "plan.txt"], directory: folder)
    #expect(again.status == 73, "\(again)")
    for name in ["plan.md", "plan.xlsx"] {
      for _ in 0..<2 {
        let rendered = try runArusha(["plan", "response.yaml", "-o", name], directory: folder)
        #expect(rendered.status == 0, "\(name): \(rendered)")
      }
    }
    let device = try runArusha(
      ["plan", "response.yaml", "--format", "yaml", "-o", "/dev/stdout"], directory: folder)
    #expect(device.status == 0 && device.stdout.hasPrefix("format: arusha/plan-1\n"), "\(device)")
  }

  /// The Markdown's actions are the YAML's, row for row: id, question number (as every report
  /// numbers questions), answer then and answer to reach; the targets table names each band.
  @Test func theMarkdownHasTheYAMLsRows() throws {
    let folder = try workspace()
    let yaml = try runArusha(["plan", "response.yaml", "--top", "2"], directory: folder)
    let markdown = try runArusha(
      ["plan", "response.yaml", "--top", "2", "-o", "plan.md"], directory: folder)
    #expect(markdown.status == 0, "\(markdown.stderr)")
    let text = try String(contentsOf: folder.appendingPathComponent("plan.md"), encoding: .utf8)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| a") }.map {
      $0.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
    }
    #expect(rows.map { $0[1] } == Self.values("id", in: yaml.stdout).dropFirst().map { $0 })
    #expect(rows.map { $0[2] } == ["Q1", "Q8", "Q9"])
    #expect(
      rows.map { $0[5] } == [
        "None", "Hotline; Through the line manager", "Don't know / no evidence",
      ])
    #expect(rows.map { $0[6] } == ["Started", "Hotline; Email", "Started"])
    #expect(rows.map { $0[10] } == ["Planned", "Planned", "Planned"])
    #expect(text.hasPrefix("# Improvement plan — Improvement fixture\n"))
    // Projected: lead with code at 1 (¼, no longer a critical gap, so no cap):
    // (¼ + 1) / 2 = 62.5; inv with channels {3, 1} (1) and follow 1 (¼): (1 + ¼) / 2 = 62.5.
    #expect(
      text.contains(
        "| 1. Leadership | 30.0 | Developing | 40.0 | 62.5 | Reaches the target | Next round |"),
      "\(text)")
    #expect(!text.contains("| 2. Human resources |"))
    #expect(!text.contains("Ethics"))

    let french = try runArusha(
      ["plan", "response.yaml", "--top", "2", "--format", "md", "--lang", "fr"], directory: folder)
    #expect(french.status == 0, "\(french.stderr)")
    #expect(
      french.stdout.contains(
        "| 1. Direction | 30,0 | En progression | 40,0 | 62,5 | Atteint l’objectif | Prochain cycle |"
      ), "\(french.stdout)")
    #expect(french.stdout.contains("Score projeté si chaque action atteint son niveau"))
    #expect(
      french.stdout.contains(
        "| a1 | Q1 | Existe-t-il un code de conduite ? | 1. Direction | Aucun | Amorcé |"))
  }

  /// The workbook's sheets hold the same rows, read back by openpyxl: the actions (question
  /// number an integer, ids in their own column), then the targets (scores numbers).
  @Test(.enabled(if: WorkbookCommandTests.hasOpenpyxl, "openpyxl is missing"))
  func theWorkbookHasTheSameRows() throws {
    let folder = try workspace()
    let written = try runArusha(
      ["plan", "response.yaml", "--top", "2", "-o", "plan.xlsx"], directory: folder)
    #expect(written.status == 0, "\(written.stderr)")
    let book = try WorkbookCommandTests.read(folder.appendingPathComponent("plan.xlsx"))
    try WorkbookCommandTests.checkLayout(book)
    let sheets = try WorkbookCommandTests.sheets(book)
    #expect(sheets.map { $0["name"] as? String } == ["Actions", "Targets"])
    let actions = try WorkbookCommandTests.rows(sheets[0])
    #expect(
      actions[0].map { $0["value"] as? String } == [
        "Action", "Question no.", "Question", "Factor", "Answer", "Answer to reach",
        "Description", "Owner", "Due", "Status", "Evidence", "Question id",
      ])
    #expect(actions.dropFirst().map { $0[0]["value"] as? String } == ["a1", "a2", "a3"])
    #expect(actions.dropFirst().map { $0[1]["value"] as? Int } == [1, 8, 9])
    #expect(
      actions.dropFirst().map { $0[5]["value"] as? String } == [
        "Started", "Hotline; Email", "Started",
      ])
    #expect(
      actions.dropFirst().map { $0[11]["value"] as? String } == ["code", "channels", "follow"])
    let targets = try WorkbookCommandTests.rows(sheets[1])
    #expect(targets.dropFirst().map { $0[8]["value"] as? String } == ["lead", "inv"])
    #expect(targets[0][5]["value"] as? String == "Projected if every action reaches its level")
    #expect(
      targets.dropFirst().map { $0[3]["value"] as? String } == ["Developing", "Developing"])
    #expect(
      targets.dropFirst().map { $0[6]["value"] as? String } == [
        "Reaches the target", "Reaches the target",
      ])
    // Whole scores read back as integers: compared as numbers.
    func numbers(_ column: Int) -> [Double?] {
      targets.dropFirst().map { ($0[column]["value"] as? NSNumber)?.doubleValue }
    }
    #expect(numbers(2) == [30, 25])
    #expect(numbers(4) == [40, 40])
    // Projected (see theMarkdownHasTheYAMLsRows): 62.5 and 62.5, numbers.
    #expect(numbers(5) == [62.5, 62.5])
  }

  /// A questionnaire edited since the response was made is refused as `score` refuses it;
  /// with `--accept-questionnaire-mismatch` the plan names the file its baseline was scored
  /// with.
  @Test func aMismatchedQuestionnaireIsRefusedUnlessAccepted() throws {
    let folder = try workspace()
    let path = folder.appendingPathComponent("Questionnaires/improvement.yaml")
    var edited = try Data(contentsOf: path)
    edited.append(contentsOf: Array("# edited\n".utf8))
    try edited.write(to: path)
    let refused = try runArusha(["plan", "response.yaml"], directory: folder)
    #expect(refused.status == 65, "\(refused.stderr)")
    #expect(refused.stdout.isEmpty)
    let accepted = try runArusha(
      ["plan", "response.yaml", "--accept-questionnaire-mismatch"], directory: folder)
    #expect(accepted.status == 0, "\(accepted.stderr)")
    let sha = Self.values("sha256", in: accepted.stdout).first?.replacingOccurrences(
      of: "\"", with: "")
    #expect(sha == Fingerprint.sha256([UInt8](edited)))
  }

  /// Names from the response reach the page printable and escaped.
  @Test func hostileNamesAreSanitised() throws {
    let folder = try workspace {
      $0.replacingOccurrences(
        of: "administration: Niger", with: "administration: \"Niger | *x* \\e[31m<b>\"")
    }
    let result = try runArusha(
      ["plan", "response.yaml", "--format", "markdown"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("| *x*"))
    let yaml = try runArusha(["plan", "response.yaml"], directory: folder)
    // The plan file keeps the name as the response wrote it: a value, not a page.
    #expect(yaml.stdout.contains("administration: \"Niger | *x* \\e[31m<b>\""))
  }

  /// A plan file as a team edited it renders for the minutes with its edits, every text from
  /// it printable and escaped; its questionnaire is found by its reference.
  @Test func anEditedPlanFileRenders() throws {
    let folder = try workspace()
    let made = try runArusha(
      ["plan", "response.yaml", "--top", "2", "-o", "plan.yaml"], directory: folder)
    #expect(made.status == 0, "\(made.stderr)")
    let path = folder.appendingPathComponent("plan.yaml")
    var text = try String(contentsOf: path, encoding: .utf8)
    for (old, new) in [
      ("description: \"\"", "description: \"Adopt | the *code* \\e[31m\""),
      ("owner: \"\"", "owner: Direction"), ("due: null", "due: 2025-06-30"),
      ("status: planned", "status: done"), ("evidence: null", "evidence: Decision 12"),
    ] {
      let range = try #require(text.range(of: old))
      text.replaceSubrange(range, with: new)
    }
    try Data(text.utf8).write(to: path)
    let result = try runArusha(["plan", "plan.yaml", "--format", "markdown"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(
      result.stdout.contains(
        "| a1 | Q1 | Is there a code of conduct? | 1. Leadership | None | Started | Adopt \\| the \\*code\\* \\[31m | Direction | 2025-06-30 | Done | Decision 12 |"
      ), "\(result.stdout)")
    #expect(result.stdout.contains("| a2 | Q8 |"))
    let french = try runArusha(
      ["plan", "plan.yaml", "--format", "markdown", "--lang", "fr"], directory: folder)
    #expect(french.stdout.contains("| Direction | 2025-06-30 | Réalisée | Decision 12 |"))

    for (arguments, message) in [
      (
        ["plan", "plan.yaml"], "'plan.yaml' is a plan file already: give --format markdown or xlsx"
      ),
      (["plan", "plan.yaml", "--all", "-o", "p.md"], "--all shapes a plan made from a response"),
    ] {
      let refused = try runArusha(arguments, directory: folder)
      #expect(refused.status == 64, "\(arguments): \(refused.stderr)")
      #expect(refused.stderr.contains(message), "\(arguments): \(refused.stderr)")
    }
    // A mistake in the plan: its position, 65, nothing written.
    try Data(text.replacingOccurrences(of: "status: done", with: "status: finished").utf8)
      .write(to: path)
    let wrong = try runArusha(["plan", "plan.yaml", "-o", "p.md"], directory: folder)
    #expect(wrong.status == 65)
    #expect(wrong.stderr.contains("plan.yaml:"), "\(wrong.stderr)")
    #expect(wrong.stderr.contains("unknown action status 'finished'"), "\(wrong.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.md").path))
  }

  /// A plan as made validates clean; what `validate` refuses is not rendered either.
  ///
  /// An unknown question or factor, a target no option has: 65, every error at its place,
  /// nothing written.
  @Test func aPlanThatValidateRefusesIsNotRendered() throws {
    let folder = try workspace()
    let made = try runArusha(
      ["plan", "response.yaml", "--all", "-o", "plan.yaml"], directory: folder)
    #expect(made.status == 0, "\(made.stderr)")
    let clean = try runArusha(["validate", "plan.yaml"], directory: folder)
    #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    #expect(!(clean.stdout + clean.stderr).contains("warning"), "\(clean.stdout)\(clean.stderr)")

    let path = folder.appendingPathComponent("plan.yaml")
    var text = try String(contentsOf: path, encoding: .utf8)
    for (old, new) in [
      ("questions: [channels]", "questions: [channels, ghost]"), ("target: [3, 1]", "target: 77"),
      ("  lead:\n    level: 40", "  ghost:\n    level: 40"),
    ] {
      let range = try #require(text.range(of: old), "\(old)")
      text.replaceSubrange(range, with: new)
    }
    try Data(text.utf8).write(to: path)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let ghost = try #require(lines.firstIndex { $0.contains("questions: [channels, ghost]") })
    let result = try runArusha(["plan", "plan.yaml", "-o", "plan.md"], directory: folder)
    #expect(result.status == 65, "\(result.stderr)")
    let factor = try #require(lines.firstIndex { $0 == "  ghost:" })
    let target = try #require(lines.firstIndex { $0 == "  target: 77" })
    for expected in [
      "plan.yaml:\(factor + 1):3: error: no factor 'ghost' in questionnaire 'improvement-fixture' version '1'",
      "plan.yaml:\(ghost + 1):25: error: no question 'ghost' in questionnaire 'improvement-fixture' version '1'",
      "plan.yaml:\(target + 1):11: error: 'channels' is a multi question",
    ] {
      #expect(result.stderr.contains(expected), "\(expected)\n\(result.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.md").path))
  }
}
