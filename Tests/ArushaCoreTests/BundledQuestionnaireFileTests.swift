import ArushaCore
import ArushaTestSupport
import ArushaYAML
import Foundation
import Testing

/// The files of `Questionnaires/` themselves: valid under `--strict`, and the committed schema
/// in step with the decoder.
@Suite struct QuestionnaireFileTests {
  static let files = TestPaths.questionnaireFiles()

  /// Released versions, whose bytes never change (responses are tied to them by sha256):
  /// written before `when_hidden` existed, they carry its warning, and only that one.
  static let released = [
    "example-1.yaml": "69521ab7ec70a3b063cf9912c45e80795d123ad88a33174f4e21b06030c7034a",
    "internal-affairs-2026.1.yaml":
      "bb67d47d326d532626009b564ef14f3209e28c227b7c4c7bdfb2ca64608374a5",
    "revised-arusha-declaration-2026.1.yaml":
      "bcc20f5bcbee68e4ae80c668af10e145c6e0ad188b60730d506589e12f81ce71",
  ]

  @Test(arguments: files)
  func isValidUnderStrict(_ url: URL) throws {
    let bytes = [UInt8](try Data(contentsOf: url))
    let result = QuestionnaireDecoder().decode(bytes)
    var diagnostics = result.diagnostics
    if let sha = Self.released[url.lastPathComponent] {
      #expect(Fingerprint.sha256(bytes) == sha, "a released questionnaire's bytes never change")
      diagnostics.removeAll {
        $0.severity == .warning && $0.message.contains("does not say how it scores while hidden")
      }
    }
    #expect(
      diagnostics.strict().isEmpty,
      "\(url.lastPathComponent): \(diagnostics.map { "\($0.mark): \($0.message)" })")
    #expect(result.questionnaire != nil)
  }

  @Test func committedSchemaEqualsTheGeneratedOne() throws {
    let committed = try String(
      contentsOf: TestPaths.questionnaires.appendingPathComponent("questionnaire.schema.json"),
      encoding: .utf8)
    #expect(
      committed == QuestionnaireSchema.text(),
      "run: swift run arusha schema > Questionnaires/questionnaire.schema.json")
  }

  @Test func schemaListsExactlyTheKeysTheDecoderKnows() throws {
    guard case .object(let top) = QuestionnaireSchema.json() else {
      Issue.record("the schema is not an object")
      return
    }
    func properties(_ members: [JSONValue.Member]) -> [String] {
      guard case .object(let properties)? = members.first(where: { $0.name == "properties" })?.value
      else { return [] }
      return properties.map(\.name)
    }
    #expect(properties(top) == FormatSchema.questionnaire.keys)
    guard case .object(let definitions)? = top.first(where: { $0.name == "definitions" })?.value
    else {
      Issue.record("no definitions")
      return
    }
    for object in FormatSchema.objects where object.name != "questionnaire" {
      guard case .object(let members)? = definitions.first(where: { $0.name == object.name })?.value
      else {
        Issue.record("no definition for \(object.name)")
        continue
      }
      #expect(properties(members) == object.keys, "\(object.name)")
    }
  }

  /// Every key of every object is used by example.yaml (`per` by the figures fixture) and
  /// decodes without complaint, and a key outside the schema is reported: the decoder
  /// accepts exactly the schema's keys.
  @Test func exampleUsesEveryKeyOfTheFormat() throws {
    let bytes = [UInt8](
      try Data(contentsOf: TestPaths.questionnaires.appendingPathComponent("example.yaml")))
    let root = try YAMLLoader().load(bytes).root
    var used: [String: Set<String>] = [:]
    func collect(_ node: YAMLNode, as object: String) {
      guard let pairs = node.mapping else { return }
      for pair in pairs {
        guard let key = pair.key.scalar?.text else { continue }
        used[object, default: []].insert(key)
        let children: [(YAMLNode, String)]
        switch (object, key) {
        case ("questionnaire", "factors"):
          children = (pair.value.sequence ?? []).map { ($0, "factor") }
        case ("questionnaire", "scoring"): children = [(pair.value, "scoring")]
        case ("questionnaire", "scales"):
          children = (pair.value.mapping ?? []).flatMap {
            ($0.value.sequence ?? []).map { ($0, "option") }
          }
        case ("scoring", "levels"): children = (pair.value.sequence ?? []).map { ($0, "level") }
        case ("factor", "questions"):
          children = (pair.value.sequence ?? []).map { ($0, "question") }
        case ("question", "options"): children = (pair.value.sequence ?? []).map { ($0, "option") }
        case ("question", "per"): children = [(pair.value, "per")]
        default: children = []
        }
        for (child, name) in children { collect(child, as: name) }
      }
    }
    collect(root, as: "questionnaire")
    // `per` needs a second number question, the denominator, which example.yaml does not
    // have (the terminal tests walk its sessions question by question): the figures fixture
    // (issue 24) shows it, and the keys it uses are the format's too.
    let figures = try YAMLLoader().load(
      [UInt8](
        try Data(
          contentsOf: TestPaths.packageRoot.appendingPathComponent(
            "Tests/ArushaCoreTests/Fixtures/figures/questionnaire.yaml")))
    ).root
    collect(figures, as: "questionnaire")
    for object in FormatSchema.objects {
      #expect(
        used[object.name] == Set(object.keys),
        "\(object.name): missing \(Set(object.keys).subtracting(used[object.name] ?? []))")
    }
    let example = try #require(QuestionnaireDecoder().decode(bytes).questionnaire)
    #expect(Set(example.questions.map(\.kind.typeName)) == Set(FormatSchema.questionTypes))
  }
}
