import ArushaCore
import ArushaTestSupport
import ArushaYAML
import Foundation
import Testing

/// `position` (issue 26): where an in-progress session was left, read, refused and written by
/// the one set of rules, and ignored by compare's fast path.
@Suite struct ResponsePositionTests {
  func diagnostics(_ source: String) -> (MarkedText, [String], Response?) {
    let marked = MarkedText(source)
    let header = ResponseDecoder.header(marked.bytes)
    guard let parsed = header.header else {
      return (marked, header.diagnostics.map { "\($0.mark) \($0.message)" }, nil)
    }
    let result = ResponseDecoder.decode(parsed, questionnaire: ResponseDecoderTests.questionnaire)
    return (marked, result.diagnostics.map { "\($0.mark) \($0.message)" }, result.response)
  }

  @Test func anInProgressResponseKeepsItsPosition() {
    let (_, found, response) = diagnostics(
      ResponseDecoderTests.header + """
        status: in-progress
        position: a3
        answers:
          a1: {value: 2}

        """)
    #expect(found.isEmpty)
    #expect(response?.position == "a3")
    // An old file, without it, has none.
    let (_, none, old) = diagnostics(
      ResponseDecoderTests.header + "status: in-progress\nanswers: {}\n")
    #expect(none.isEmpty)
    #expect(old != nil && old?.position == nil)
  }

  @Test func aPositionThatIsNoQuestionIsAnErrorAtItsPlace() {
    let (marked, found, response) = diagnostics(
      ResponseDecoderTests.header + """
        status: in-progress
        position: 1️⃣a33
        answers: {}

        """)
    #expect(response == nil)
    #expect(
      found == [
        "\(marked["1️⃣"]) 'position' names 'a33', a question that questionnaire 'scoring-fixture' version '1' does not have; did you mean 'a3'?"
      ])
  }

  @Test func aCompleteResponseHasNoPosition() throws {
    let questionnaire = try NormalizedFigureTests.questionnaire()
    let url = NormalizedFigureTests.folder.appendingPathComponent("responses/beta-2025-1.yaml")
    let bytes = [UInt8](try Data(contentsOf: url))
    let opened = try #require(ResponseDecoder.header(bytes).header)
    var response = try #require(
      ResponseDecoder.decode(opened, questionnaire: questionnaire).response)
    #expect(response.status == .complete)
    response.position = "sanctions"
    // Complete: never written, whatever the model holds, so signed bytes never carry it.
    let complete = String(decoding: try response.yamlBytes(order: questionnaire), as: UTF8.self)
    #expect(!complete.contains("position"), "\(complete)")
    // In progress: between `completed` and `answers`, and read back.
    response.status = .inProgress
    response.completed = nil
    let written = String(decoding: try response.yamlBytes(order: questionnaire), as: UTF8.self)
    #expect(written.contains("completed: null\nposition: sanctions\nanswers:\n"), "\(written)")
    let reread = try #require(ResponseDecoder.header(Array(written.utf8)).header)
    let back = try #require(ResponseDecoder.decode(reread, questionnaire: questionnaire).response)
    #expect(back.position == "sanctions")
    // Without a position, nothing: files read as before issue 26 are written as before.
    response.position = nil
    #expect(
      !String(decoding: try response.yamlBytes(order: questionnaire), as: UTF8.self)
        .contains("position"))
    // A complete file that carries one by hand is refused at its key.
    let marked = MarkedText(
      complete.replacingOccurrences(of: "answers:\n", with: "1️⃣position: sanctions\nanswers:\n"))
    let header = try #require(ResponseDecoder.header(marked.bytes).header)
    let result = ResponseDecoder.decode(header, questionnaire: questionnaire)
    #expect(result.response == nil)
    #expect(
      result.diagnostics.map { "\($0.mark) \($0.message)" } == [
        "\(marked["1️⃣"]) 'position' is kept only while the status is 'in-progress'; a complete response has none (remove the line)"
      ])
  }

  /// Compare's fast path accepts and ignores `position`: the same figures as without it and as
  /// the full decoder; one the decoder refuses goes to the decoder.
  @Test func theFastPathIgnoresThePosition() throws {
    let questionnaire = try NormalizedFigureTests.questionnaire()
    let plan = ScoringPlan(questionnaire)
    let url = NormalizedFigureTests.folder.appendingPathComponent("responses/beta-2025-1.yaml")
    let source = String(decoding: try Data(contentsOf: url), as: UTF8.self)
      .replacingOccurrences(of: "status: complete", with: "status: in-progress")
      .replacingOccurrences(of: "completed: 2025-07-02T11:00:00Z", with: "completed: null")
    let with = source.replacingOccurrences(
      of: "answers:\n", with: "position: sanctions\nanswers:\n")
    #expect(with != source)
    let plain = try #require(ResponseSummarizer.summarize(Array(source.utf8)) { _ in plan })
    let fast = try #require(ResponseSummarizer.summarize(Array(with.utf8)) { _ in plan })
    #expect(fast.summary == plain.summary)
    #expect(fast.response.position == "sanctions")
    let header = try #require(ResponseDecoder.header(Array(with.utf8)).header)
    let response = try #require(
      ResponseDecoder.decode(header, questionnaire: questionnaire).response)
    #expect(
      fast.summary
        == ResponseSummary(response, score: ResponseScorer.score(plan, answers: response.answers)))
    for refused in [
      source.replacingOccurrences(of: "answers:\n", with: "position: sanction\nanswers:\n"),
      with.replacingOccurrences(of: "status: in-progress", with: "status: complete")
        .replacingOccurrences(of: "completed: null", with: "completed: 2025-07-02T11:00:00Z"),
    ] {
      #expect(ResponseSummarizer.summarize(Array(refused.utf8)) { _ in plan } == nil)
      let header = try #require(ResponseDecoder.header(Array(refused.utf8)).header)
      #expect(ResponseDecoder.decode(header, questionnaire: questionnaire).response == nil)
    }
  }

  /// One numbering (issue 26): a question's number is its place among all the questions of
  /// the file, whatever the conditions.
  @Test func aQuestionsNumberIsItsPlaceInTheFile() {
    let questionnaire = ResponseDecoderTests.questionnaire
    for (index, question) in questionnaire.questions.enumerated() {
      #expect(questionnaire.number(of: question.id) == index + 1)
    }
    #expect(questionnaire.number(of: "nope") == nil)
  }
}
