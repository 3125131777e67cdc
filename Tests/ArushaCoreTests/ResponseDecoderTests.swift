import ArushaCore
import ArushaTestSupport
import ArushaYAML
import Foundation
import Testing

@Suite struct ResponseDecoderTests {
  static let questionnaire: Questionnaire = {
    let url = ScoringTests.folder.appendingPathComponent("questionnaire.yaml")
    let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
    return QuestionnaireDecoder().decode(bytes).questionnaire
      ?? Questionnaire(id: "x", version: "0", title: LocalizedText([:]), factors: [])
  }()

  static let header = """
    format: arusha/response-1
    questionnaire: {id: scoring-fixture, version: "1", sha256: 0000000000000000000000000000000000000000000000000000000000000000}
    administration: Fixture Customs
    round: 2024
    language: en

    """

  func diagnostics(_ source: String) -> (MarkedText, [String]) {
    let marked = MarkedText(source)
    let header = ResponseDecoder.header(marked.bytes)
    guard let parsed = header.header else {
      return (marked, header.diagnostics.map { "\($0.mark) \($0.message)" })
    }
    let result = ResponseDecoder.decode(parsed, questionnaire: Self.questionnaire)
    return (marked, result.diagnostics.map { "\($0.mark) \($0.message)" })
  }

  @Test func headerErrorsAreAllReported() {
    let (marked, found) = diagnostics(
      """
      1️⃣format: arusha/response-2
      questionnaire: {id: scoring-fixture, version: "1", sha256: 2️⃣ABC}
      administration: 3️⃣""
      round: 2024
      status: 4️⃣done
      started: 5️⃣yesterday
      answers: {}
      6️⃣colour: red
      """)
    #expect(
      found == [
        "\(marked["1️⃣"].advanced(by: 8)) unsupported format 'arusha/response-2'; expected 'arusha/response-1'",
        "\(marked["2️⃣"]) 'sha256' must be 64 lowercase hexadecimal digits, found 'ABC'",
        "\(marked["3️⃣"]) administration is empty",
        "\(marked["4️⃣"]) unknown status 'done'; expected one of 'in-progress', 'complete'",
        "\(marked["5️⃣"]) 'started' must be an ISO 8601 time in UTC such as 2024-07-02T09:00:00Z, found 'yesterday'",
        "\(marked["6️⃣"]) unknown key 'colour' in the response",
      ])
  }

  @Test func answersThatDoNotFitAreErrorsAtTheirPlace() {
    let (marked, found) = diagnostics(
      Self.header + """
        status: in-progress
        answers:
          a1: {value: 1️⃣7}
          a2: {value: 2️⃣2}
          a3: {value: 3️⃣"2"}
          a4: {value: [1, 4️⃣9, 5️⃣1]}
          a5: {6️⃣state: na}
          a6: 7️⃣{value: 1, state: unknown}
          8️⃣a10: {value: 1}
          b1: {state: 9️⃣na, justification: x}
          b2: 🔟{comment: only a comment}
        """)
    #expect(
      found == [
        "\(marked["1️⃣"]) 7 is not an option of 'a1' (0, 1, 2, 3, 4)",
        "\(marked["2️⃣"]) the answer to the yes/no question 'a2' is 1 (yes) or 0 (no), found 2",
        "\(marked["3️⃣"]) expected the answer to 'a3' (a number), found the quoted text '2'; remove the quotes",
        "\(marked["4️⃣"]) 9 is not an option of 'a4' (1, 2, 3, -1)",
        "\(marked["5️⃣"]) option 1 is selected twice",
        "\(marked["6️⃣"].advanced(by: 7)) 'state: na' needs a 'justification' saying why the question does not apply",
        "\(marked["7️⃣"].advanced(by: 11)) an answer has either 'value' or 'state', not both",
        "\(marked["8️⃣"]) answer to 'a10', which questionnaire 'scoring-fixture' version '1' does not have; did you mean 'a1'?",
        "\(marked["9️⃣"]) 'b1' does not allow 'na' (not applicable)",
        "\(marked["🔟"]) the answer to 'b2' has neither 'value' nor 'state'",
      ])
  }

  @Test func completeNeedsEveryVisibleRequiredAnswer() {
    let (marked, found) = diagnostics(
      Self.header + "status: 1️⃣complete\nanswers:\n  a1: {value: 2}\n")
    #expect(found.count == 1, "\(found)")
    #expect(
      found.first?.hasPrefix(
        "\(marked["1️⃣"]) status is 'complete' but 12 required questions have no answer: 'a2', 'a3'")
        == true)
  }

  @Test func hiddenAnswersThatDoNotFitAreIgnoredNotReported() throws {
    // a7 shows only when a2 is no; a2 is yes, so a7's odd answer is kept out without an error.
    let (_, found) = diagnostics(
      Self.header + "status: in-progress\nanswers:\n  a2: {value: 1}\n  a7: {value: 5}\n")
    #expect(found.isEmpty)
  }

  @Test func writtenResponseReadsBackIdentical() throws {
    let (questionnaire, response) = try ScoringTests.fixture()
    var edited = response
    edited.answers["a9"] = .value(.text("no"))
    edited.answers["a2"]?.comment = "  spaces, 'quotes' and\nnew lines: # not a comment  "
    edited.respondent = "yes"
    let bytes = try edited.yamlBytes(order: questionnaire)
    let header = try #require(ResponseDecoder.header(bytes).header)
    let reread = try #require(ResponseDecoder.decode(header, questionnaire: questionnaire).response)
    #expect(reread == edited)
  }

  @Test func fingerprintIsSHA256() {
    #expect(
      Fingerprint.sha256(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }
}
