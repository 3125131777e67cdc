import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// The fast path of `arusha compare` must agree with the full decoder and scorer: it accepts
/// nothing the decoder refuses, and what it accepts scores to the same bits.
@Suite struct ResponseSummarizerTests {
  /// The bundled questionnaires and the rules fixture (every new scoring key).
  static let questionnaires: [Questionnaire] =
    (TestPaths.questionnaireFiles() + [
      TestPaths.packageRoot.appendingPathComponent(
        "Tests/ArushaCoreTests/Fixtures/rules/questionnaire.yaml")
    ]).compactMap { url in
      (try? Data(contentsOf: url)).flatMap {
        QuestionnaireDecoder().decode([UInt8]($0)).questionnaire
      }
    }

  /// The full decoder and scorer's result, or nil when the decoder refuses the file.
  static func slow(_ bytes: [UInt8], _ questionnaire: Questionnaire) -> ResponseSummarizer.Outcome?
  {
    guard let header = ResponseDecoder.header(bytes).header,
      let response = ResponseDecoder.decode(header, questionnaire: questionnaire).response
    else { return nil }
    var headerOnly = response
    headerOnly.answers = [:]
    let score = ResponseScorer.score(questionnaire, answers: response.answers)
    return ResponseSummarizer.Outcome(
      response: headerOnly, summary: ResponseSummary(response, score: score))
  }

  static func fast(_ bytes: [UInt8], _ questionnaire: Questionnaire) -> ResponseSummarizer.Outcome?
  {
    let plan = ScoringPlan(questionnaire)
    return ResponseSummarizer.summarize(bytes) { $0.id == questionnaire.id ? plan : nil }
  }

  /// A random response: each question missing (unless complete, then mostly valid),
  /// unknown, not applicable or answered with a fitting value, hidden ones included;
  /// sometimes a comment.
  static func randomResponse(_ questionnaire: Questionnaire, _ random: inout SplitMix64)
    -> Response
  {
    var answers: [String: Answer] = [:]
    let complete = Bool.random(using: &random)
    for question in questionnaire.questions {
      let draw = Int.random(in: 0..<(complete ? 200 : 20), using: &random)
      var answer: Answer
      switch draw {
      case 0: continue
      case 1...3 where question.allowUnknown: answer = .unknown
      case 4...6 where question.allowNotApplicable: answer = .notApplicable("Does not apply.")
      default:
        switch question.kind {
        case .scale(_, let options), .choice(let options):
          answer = .value(.number(options.randomElement(using: &random)?.value ?? 0))
        case .yesno:
          answer = .value(.number(Double(Int.random(in: 0...1, using: &random))))
        case .multi(let options):
          answer = .value(
            .selection(options.map(\.value).filter { _ in Bool.random(using: &random) }))
        case .number(let low, let high):
          answer = .value(.number((low ?? 0) + Double(Int.random(in: 0...3, using: &random))))
          if let high, case .number(let value)? = answer.value, value > high {
            answer = .value(.number(high))
          }
        case .text:
          answer = .value(.text("Free text: \(draw)"))
        }
      }
      if Int.random(in: 0..<6, using: &random) == 0 { answer.comment = "Seen in the 2023 report." }
      // Evidence present, blank, or a number read as text: the unsupported rule's cases.
      if Int.random(in: 0..<3, using: &random) == 0 {
        answer.evidence = ["Decision 12", "  ", "0"].randomElement(using: &random)
      }
      answers[question.id] = answer
    }
    return Response(
      questionnaire: QuestionnaireReference(
        id: questionnaire.id, version: questionnaire.version,
        sha256: String(repeating: "ab", count: 32)),
      administration: "Customs \(Int.random(in: 1...9, using: &random))",
      round: ["2020", "2024", "2024-2"].randomElement(using: &random) ?? "2024",
      role: Bool.random(using: &random) ? "management" : nil,
      language: questionnaire.languages.randomElement(using: &random),
      status: complete ? .complete : .inProgress, started: "2024-07-02T09:00:00Z",
      updated: "2024-07-02T10:00:00Z", completed: complete ? "2024-07-02T10:00:00Z" : nil,
      answers: answers)
  }

  @Test func writtenResponsesReadTheSameBothWays() throws {
    var random = SplitMix64(seed: 6)
    var fastCount = 0
    var slowCount = 0
    for questionnaire in Self.questionnaires {
      for _ in 0..<150 {
        let response = Self.randomResponse(questionnaire, &random)
        let bytes = try response.yamlBytes(order: questionnaire)
        let slow = Self.slow(bytes, questionnaire)
        let fast = Self.fast(bytes, questionnaire)
        // Files written by arusha are in the fast path's shape: it reads every one the
        // decoder accepts (random "complete" ones with a required answer missing are refused
        // by both).
        #expect(fast?.summary == slow?.summary, "\(String(decoding: bytes, as: UTF8.self))")
        #expect(fast?.response == slow?.response)
        if fast != nil { fastCount += 1 }
        if slow != nil { slowCount += 1 }
      }
    }
    #expect(fastCount == slowCount && fastCount > 100)
  }

  /// Replacements that break a line in the ways files get broken.
  static let replacements = [
    "9", "null", "'3'", "\"2\"", "[1, 1]", "[]", "na", "unknown", "&a 3", "*a", "!!str 3", "{}",
    "{value: 1}", "- 1", "1.0", "1e0", "0x1", "yes", "", "~", " ", "2024-13-02", "xx", "3 # c",
  ]

  static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let line = Int.random(in: 0..<max(1, lines.count - 1), using: &random)
    switch Int.random(in: 0..<6, using: &random) {
    case 0: lines.remove(at: line)
    case 1: lines.insert(lines[line], at: line)
    case 2:
      let other = Int.random(in: 0..<max(1, lines.count - 1), using: &random)
      lines.swapAt(line, other)
    case 3:
      // Change what follows the first ': ' (or the line's end).
      let replacement = replacements.randomElement(using: &random) ?? ""
      if let colon = lines[line].range(of: ": ") {
        lines[line] = String(lines[line][..<colon.upperBound]) + replacement
      } else {
        lines[line] += " " + replacement
      }
    case 4:
      // Rename a key.
      lines[line] = lines[line].replacingOccurrences(of: "value", with: "valeu")
        .replacingOccurrences(of: "state", with: "status")
        .replacingOccurrences(of: ".", with: "-")
    default:
      lines.insert("  extra: 1", at: line)
    }
    return lines.joined(separator: "\n")
  }

  @Test func brokenResponsesAreNeverAcceptedByTheFastPathAlone() throws {
    var random = SplitMix64(seed: 7)
    var accepted = 0
    var refused = 0
    var slowAccepted = 0
    for questionnaire in Self.questionnaires {
      for _ in 0..<300 {
        let response = Self.randomResponse(questionnaire, &random)
        var text = String(decoding: try response.yamlBytes(order: questionnaire), as: UTF8.self)
        for _ in 0..<Int.random(in: 1...2, using: &random) {
          text = Self.mutate(text, &random)
        }
        let bytes = Array(text.utf8)
        let fast = Self.fast(bytes, questionnaire)
        let slow = Self.slow(bytes, questionnaire)
        if slow != nil { slowAccepted += 1 }
        if let fast {
          accepted += 1
          #expect(slow?.summary == fast.summary, "\(text)")
          #expect(slow?.response == fast.response, "\(text)")
        } else {
          refused += 1
        }
      }
    }
    // Both kinds happen, so the test checks something.
    #expect(
      accepted > 50 && refused > 50,
      "\(accepted) accepted, \(refused) refused, \(slowAccepted) by the decoder")
  }

  @Test func hiddenAnswersAndNullsAreReadAsTheDecoderReadsThem() throws {
    // The scoring fixture has an answer to a hidden question (a7), `na` and `unknown`.
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/scoring")
    let questionnaire = try #require(
      QuestionnaireDecoder().decode(
        [UInt8](try Data(contentsOf: folder.appendingPathComponent("questionnaire.yaml")))
      ).questionnaire)
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("response.yaml")))
    let fast = try #require(Self.fast(bytes, questionnaire))
    #expect(fast.summary == Self.slow(bytes, questionnaire)?.summary)
    // `role: ~`, `value: null` and a flow mapping are fine; answers out of order go to the decoder.
    var text = String(decoding: bytes, as: UTF8.self)
      .replacingOccurrences(of: "role: management", with: "role: ~")
      .replacingOccurrences(
        of: "a9: {value: \"free text\"}", with: "a9: {value: \"free text\", comment: null}")
    #expect(
      Self.fast(Array(text.utf8), questionnaire)?.summary
        == Self.slow(Array(text.utf8), questionnaire)?.summary)
    #expect(Self.fast(Array(text.utf8), questionnaire)?.response.role == nil)
    text =
      text.replacingOccurrences(
        of: "  a1: {value: 3, comment: \"Adopted in 2021\", evidence: \"Decision 2021-045\"}\n",
        with: "")
      + "  a1: {value: 3}\n"
    #expect(Self.fast(Array(text.utf8), questionnaire) == nil)
    #expect(Self.slow(Array(text.utf8), questionnaire)?.summary == fast.summary)
  }
}
