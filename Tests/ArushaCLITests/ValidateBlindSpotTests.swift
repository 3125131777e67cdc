import ArushaTestSupport
import Foundation
import Testing

/// Checks an author trusts that could not see the fault (issue 22, kind 6), each through the
/// command line with the exact FILE:LINE:COL of every finding (markers in the fixtures).
@Suite struct ValidateBlindSpotTests {
  /// Writes each fixture (name → marked text) into a fresh folder; returns the folder and the
  /// marks.
  func write(_ files: [String: String]) throws -> (URL, [String: MarkedText]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-blind-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var marked: [String: MarkedText] = [:]
    for (name, source) in files {
      let text = MarkedText(source)
      try Data(text.text.utf8).write(to: folder.appendingPathComponent(name))
      marked[name] = text
    }
    return (folder, marked)
  }

  /// `arusha validate` of `names` in `folder`: exit status and its finding lines, with the
  /// folder cut from each path.
  func validate(_ folder: URL, _ arguments: [String]) throws -> (Int32, [String]) {
    let paths = arguments.map {
      $0.hasSuffix(".yaml") ? folder.appendingPathComponent($0).path : $0
    }
    let result = try runArushaInProcess(["validate"] + paths)
    let prefix = folder.path + "/"
    let lines = result.stdout.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map {
      String($0.dropFirst(prefix.count))
    }
    return (result.status, lines)
  }

  static let header = """
    format: arusha/questionnaire-1
    id: t
    version: "1"
    title: T
    scales:
      s:
        - {value: 0, label: No}
        - {value: 1, label: Partly}
        - {value: 2, label: Yes}

    """

  @Test func aConditionThatCanNeverBeTrueIsAnError() throws {
    let source =
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: scale, scale: s, text: A, help: H}
              - {id: n, type: number, min: 0, max: 10, text: N, help: H}
              - {id: b, type: yesno, text: B, help: H, when_hidden: zero, when: a >= 1️⃣5}
              - {id: c, type: yesno, text: C, help: H, when_hidden: zero, when: n > 2️⃣10}
              - {id: d, type: yesno, text: D, help: H, when_hidden: zero, when: "3️⃣a == 0 and a == 2"}
              - {id: e, type: yesno, text: E, help: H, when_hidden: zero, when: a == 2}
              - {id: g, type: yesno, text: G, help: H, when_hidden: zero, when: 4️⃣a == 0 and e == yes}
        """
    let (folder, marks) = try write(["q.yaml": source])
    let m = try #require(marks["q.yaml"])
    let (status, lines) = try validate(folder, ["q.yaml"])
    #expect(status == 65)
    #expect(
      lines == [
        "q.yaml:\(m["1️⃣"]): error: 'a >= 5' can never be true: the values of 'a' are 0, 1, 2",
        "q.yaml:\(m["2️⃣"]): error: 'n > 10' can never be true: 'n' is a number from 0 to 10",
        "q.yaml:\(m["3️⃣"]): error: this condition can never be true, whatever the answers to 'a', so the question is never shown",
        "q.yaml:\(m["4️⃣"]): error: this condition can never be true, whatever the answers to 'a', 'e' (a question hidden by its own condition has no value), so the question is never shown",
      ])
  }

  @Test func aDuplicateQuestionIDIsBlamedNotTheConditionAfterIt() throws {
    // The first 'b' does not decode (no text); the condition on 'c' reads it. Before, the
    // condition was blamed: "'b', which is a later question".
    let source =
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - 1️⃣{id: 2️⃣b, type: yesno, help: H}
              - {id: a, type: scale, scale: s, text: A, help: H}
              - {id: c, type: yesno, text: C, help: H, when_hidden: zero, when: b == yes}
              - {id: 3️⃣b, type: yesno, text: B, help: H}
        """
    let (folder, marks) = try write(["q.yaml": source])
    let m = try #require(marks["q.yaml"])
    let (status, lines) = try validate(folder, ["q.yaml"])
    #expect(status == 65)
    #expect(
      lines == [
        "q.yaml:\(m["1️⃣"]): error: missing required key 'text' in a question",
        "q.yaml:\(m["3️⃣"]): error: duplicate question id 'b'",
        "q.yaml:\(m["2️⃣"]): note: 'b' is first used here",
      ])
  }

  @Test func levelsOnTheAnswersScaleAreAWarning() throws {
    // SAMM's 0–3 levels on 0–3 answers: every factor scoring 3 or more (all of them) was
    // labelled with the top level, and --strict passed.
    let source =
      Self.header + """
        scoring:
          levels:
            - {min: 0, label: Initial}
            - {min: 1, label: Defined}
            - {min: 1️⃣2, label: Optimised}
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: scale, scale: s, text: A, help: H}
        """
    let (folder, marks) = try write(["q.yaml": source])
    let m = try #require(marks["q.yaml"])
    let (status, lines) = try validate(folder, ["q.yaml"])
    #expect(status == 0)
    let warning =
      "q.yaml:\(m["1️⃣"]): warning: the highest level starts at 2, but scores run 0–100 and the largest option value is 2: levels look written on the answers' scale, and every score of 2 or more gets the highest level; write each 'min' as a score (0–100)"
    #expect(lines == [warning])
    let (strictStatus, strictLines) = try validate(folder, ["--strict", "q.yaml"])
    #expect(strictStatus == 65)
    #expect(strictLines == [warning.replacingOccurrences(of: "warning:", with: "error:")])
  }

  /// Version 1 on a 0–3 scale, version 2 on 0–10 and a choice of 0, 5, 10.
  static func versions() -> [String: String] {
    func questionnaire(_ version: String, _ top: Int) -> String {
      let options = (0...top).map { "    - {value: \($0), label: L\($0)}" }.joined(
        separator: "\n")
      return """
        format: arusha/questionnaire-1
        id: t
        version: "\(version)"
        title: T
        scales:
          s:
        \(options)
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: scale, scale: s, text: A, help: H}
              - {id: k, type: choice, text: K, help: H, options: [{value: 0, label: No}, {value: 2, label: Yes}]}

        """
    }
    return ["v1.yaml": questionnaire("1", 3), "v2.yaml": questionnaire("2", 10)]
  }

  @Test func aMapBetweenRangesWithoutAValueMapIsAnError() throws {
    var files = Self.versions()
    files["map.yaml"] = """
      format: arusha/map-1
      from: {id: t, version: "1"}
      to: {id: t, version: "2"}
      questions:
        a: 1️⃣a
        k: 2️⃣a
      """
    let (folder, marks) = try write(files)
    let m = try #require(marks["map.yaml"])
    let (status, lines) = try validate(folder, ["v1.yaml", "v2.yaml", "map.yaml"])
    #expect(status == 65)
    #expect(
      lines == [
        "map.yaml:\(m["1️⃣"]): error: 'a' runs 0–3 in the 'from' questionnaire and 'a' 0–10 in the 'to' one: without a value map, an answer of 3 that scores 100 would score 30; add 'values: {a: {…}}'",
        "map.yaml:\(m["2️⃣"]): error: 'k' runs 0–2 in the 'from' questionnaire and 'a' 0–10 in the 'to' one: without a value map, an answer of 2 that scores 100 would score 20; add 'values: {a: {…}}'",
      ])
    // With a value map, the same map is valid.
    let fixed = """
      format: arusha/map-1
      from: {id: t, version: "1"}
      to: {id: t, version: "2"}
      questions:
        k: null
      values:
        a: {0: 0, 1: 3, 2: 7, 3: 10}
      """
    try Data(fixed.utf8).write(to: folder.appendingPathComponent("fixed.yaml"))
    let (fixedStatus, fixedLines) = try validate(folder, ["v1.yaml", "v2.yaml", "fixed.yaml"])
    #expect(fixedStatus == 0 && fixedLines.isEmpty, "\(fixedLines)")
  }

  @Test func aMapFromANewerVersionToAnOlderIsAnError() throws {
    var files = Self.versions()
    files["map.yaml"] = """
      format: arusha/map-1
      from: {id: t, version: "2"}
      to: 1️⃣{id: t, version: "1"}
      questions: {a: null, k: null}
      """
    let (folder, marks) = try write(files)
    let m = try #require(marks["map.yaml"])
    let (status, lines) = try validate(folder, ["v1.yaml", "v2.yaml", "map.yaml"])
    #expect(status == 65)
    #expect(
      lines == [
        "map.yaml:\(m["1️⃣"]): error: the map goes from 't' version '2' to the older version '1'; a map reads old responses as new ones: swap 'from' and 'to'"
      ])
    // Versions compare as `compare` and the catalogue sort them: runs of digits as numbers.
    let bundled = try runArushaInProcess(["validate", "rad-self-assessment-2026.1-to-2027.1"])
    #expect(bundled.status == 0, "\(bundled.stdout)")
  }

  @Test func noNewCheckFiresOnABundledQuestionnaireOrMap() throws {
    let files = TestPaths.questionnaireFiles().map(\.path)
    let maps = try FileManager.default.contentsOfDirectory(
      at: TestPaths.packageRoot.appendingPathComponent("Questionnaires/maps"),
      includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "yaml" }.map(\.path)
    #expect(maps.count >= 2)
    let result = try runArushaInProcess(["validate", "--strict"] + files + maps)
    for phrase in [
      "can never be true", "in the 'to' one: without a value map", "to the older version",
      "levels look written on the answers' scale",
    ] {
      #expect(!result.stdout.contains(phrase), "\(phrase): \(result.stdout)")
    }
  }
}
