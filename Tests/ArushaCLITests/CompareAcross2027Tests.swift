import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// Issue 25, "Done when": `compare --map` runs over a round on RAD 2027.1 and a round on 2027.2
/// through the shipped map, and says the change crosses versions.
@Suite struct CompareAcross2027Tests {
  /// A response of `administration` for `round` to the bundled file `name` (its id, version
  /// and bytes' sha256), every question answered: scales and choices at their second-lowest
  /// value, yes, every option of a `multi`, each number at its minimum (or 1).
  static func response(_ name: String, administration: String, round: String) throws -> String {
    let bytes = [UInt8](try Data(contentsOf: TestPaths.questionnaires.appendingPathComponent(name)))
    let questionnaire = try #require(QuestionnaireDecoder().decode(bytes).questionnaire)
    var lines = [
      "format: arusha/response-1",
      "questionnaire: {id: \(questionnaire.id), version: \"\(questionnaire.version)\", sha256: \(Fingerprint.sha256(bytes))}",
      "administration: \(administration)", "round: \"\(round)\"", "status: in-progress",
      "started: 2026-11-02T09:00:00Z", "updated: 2026-11-02T12:00:00Z", "answers:",
    ]
    for question in questionnaire.questions {
      let value: String
      switch question.kind {
      case .yesno: value = "1"
      case .multi(let options):
        value = "[" + options.map { fixed($0.value) }.joined(separator: ", ") + "]"
      case .number(let low, _): value = fixed(low ?? 1)
      case .text: value = "\"none\""
      default:
        let values = question.kind.options.map(\.value).sorted()
        value = fixed(values.dropFirst().first ?? values[0])
      }
      lines.append("  \(question.id): {value: \(value), evidence: \"Decision 1\"}")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func fixed(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  @Test func aRoundOn2027Point1IsComparedWithARoundOn2027Point2() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-2027-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(
      try Self.response(
        "revised-arusha-declaration-2027.1.yaml", administration: "Niger", round: "2026"
      ).utf8
    ).write(to: folder.appendingPathComponent("niger-2026.yaml"))
    try Data(
      try Self.response("revised-arusha-declaration.yaml", administration: "Niger", round: "2027")
        .utf8
    ).write(to: folder.appendingPathComponent("niger-2027.yaml"))
    let result = try runArushaInProcess(
      [
        "compare", "niger-2026.yaml", "niger-2027.yaml", "--include-incomplete", "--map",
        "rad-self-assessment-2027.1-to-2027.2", "--format", "json",
      ], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["questionnaire"] as? [String: Any])?["version"] as? String == "2027.2")
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.map { $0["mapped_from"] as? [String] } == [["2027.1"], []])
    let change = try #require((object["changes"] as? [[String: Any]])?.first)
    #expect(change["mapped"] as? Bool == true && change["note"] is String)
    // 2027.2 offers N/A nowhere where 2027.1 did (officer assignment, rotation, the fonds
    // commun, unions, the broker code, the AEO question): a mapped N/A there stays N/A, and
    // the mapped note says so by their numbers.
    let rad = try #require(
      QuestionnaireDecoder().decode(
        [UInt8](
          try Data(
            contentsOf: TestPaths.questionnaires.appendingPathComponent(
              "revised-arusha-declaration.yaml")))
      ).questionnaire)
    let numbers = [
      "automation.officer-assignment", "hr.rotation", "hr.fines-distribution",
      "morale-culture.unions", "private-sector.broker-code", "private-sector.aeo-integrity",
    ]
    .map { id in "Q\((rad.questions.firstIndex { $0.id == id } ?? -1) + 1)" }
    let markdown = try runArushaInProcess(
      [
        "compare", "niger-2026.yaml", "niger-2027.yaml", "--include-incomplete", "--map",
        "rad-self-assessment-2027.1-to-2027.2", "--format", "markdown",
      ], directory: folder)
    #expect(
      markdown.stdout.contains(
        "Questions " + numbers.joined(separator: ", ")
          + " no longer offer “not applicable”: a mapped answer “not applicable” there stays so"),
      "\(markdown.stdout)")
  }
}
