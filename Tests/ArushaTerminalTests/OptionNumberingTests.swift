import ArushaCore
import ArushaTestSupport
import Testing

@testable import ArushaTerminal

/// How options are numbered on screen and chosen with keys (questionnaire-format.md): a scale
/// or choice whose values are exactly 0…N (N ≤ 9) is shown and keyed by its values, in both
/// modes; every other list, and every `multi`, is numbered 1…N in file order.
@Suite struct OptionNumberingTests {
  static let yaml = """
    format: arusha/questionnaire-1
    id: keys
    version: "1"
    title: {en: Keys, fr: Touches}
    languages: [en, fr]
    scales:
      levels:
        - {value: 0, label: {en: Level zero, fr: Niveau zéro}}
        - {value: 1, label: {en: Level one, fr: Niveau un}}
        - {value: 2, label: {en: Level two, fr: Niveau deux}}
        - {value: 3, label: {en: Level three, fr: Niveau trois}}
        - {value: 4, label: {en: Level four, fr: Niveau quatre}}
    factors:
      - id: f
        title: {en: F, fr: F}
        questions:
          - id: f.scale
            type: scale
            scale: levels
            text: {en: On a scale of 0 to 4?, fr: Sur une échelle de 0 à 4 ?}
            help: {en: H, fr: H}
          - id: f.gapped
            type: choice
            text: {en: "Values one, two and five?", fr: "Valeurs un, deux et cinq ?"}
            help: {en: H, fr: H}
            options:
              - {value: 1, label: {en: One, fr: Un}}
              - {value: 2, label: {en: Two, fr: Deux}}
              - {value: 5, label: {en: Five, fr: Cinq}}
          - id: f.shuffled
            type: choice
            text: {en: Values in another order?, fr: Valeurs dans un autre ordre ?}
            help: {en: H, fr: H}
            options:
              - {value: 2, label: {en: Two first, fr: Deux d'abord}}
              - {value: 0, label: {en: Zero second, fr: Zéro ensuite}}
              - {value: 1, label: {en: One last, fr: Un enfin}}
          - id: f.ten
            type: choice
            text: {en: Ten values 0 to 9?, fr: Dix valeurs de 0 à 9 ?}
            help: {en: H, fr: H}
            options:
    \((0...9).map { "          - {value: \($0), label: {en: V\($0), fr: V\($0)}}" }.joined(separator: "\n"))
          - id: f.eleven
            type: choice
            text: {en: Eleven values 0 to 10?, fr: Onze valeurs de 0 à 10 ?}
            help: {en: H, fr: H}
            options:
    \((0...10).map { "          - {value: \($0), label: {en: W\($0), fr: W\($0)}}" }.joined(separator: "\n"))
          - id: f.multi
            type: multi
            text: {en: Several with values 0 to 2?, fr: Plusieurs de valeurs 0 à 2 ?}
            help: {en: H, fr: H}
            options:
              - {value: 0, label: {en: Nought, fr: Nul}}
              - {value: 1, label: {en: Single, fr: Simple}}
              - {value: 2, label: {en: Double, fr: Double}}

    """

  static func session(language: String = "en") throws -> AssessmentSession {
    let result = QuestionnaireDecoder().decode(Array(yaml.utf8))
    let questionnaire = try #require(result.questionnaire, "\(result.diagnostics)")
    let response = Response(
      questionnaire: QuestionnaireReference(
        id: questionnaire.id, version: questionnaire.version,
        sha256: String(repeating: "0", count: 64)
      ),
      administration: "Test Customs", round: "2024")
    return AssessmentSession(
      questionnaire: questionnaire, response: response, language: language,
      now: { "2024-07-02T09:00:00Z" })
  }

  func value(_ session: AssessmentSession, _ id: String) -> AnswerValue? {
    session.response.answers[id]?.value
  }

  @Test func aZeroToFourScaleIsKeyedByItsValuesOnScreen() throws {
    var session = try Self.session()
    let screen = session.screen(width: 100, style: .plain).plainSpaces
    #expect(screen.contains("❯   0  Level zero"))
    #expect(screen.contains("    4  Level four"))
    #expect(screen.contains { $0.hasPrefix("0–4 · ↑↓ Enter · u don't know · h help") })
    // 5 is no key here: the notice names the keys there are, and nothing is recorded.
    #expect(!session.handle(.character("5")).save)
    #expect(session.screen(width: 100, style: .plain).contains("Choose a number from 0 to 4."))
    _ = session.handle(.character("x"))  // dismisses the notice
    #expect(session.handle(.character("3")).save)
    #expect(value(session, "f.scale") == .number(3))
    #expect(session.place == .question("f.gapped"))
    _ = session.handle(.character("b"))
    #expect(session.screen(width: 100, style: .plain).contains("❯ ● 3  Level three"))
    #expect(session.screen(width: 100, style: .plain).contains("Current answer: 3 Level three"))
    #expect(session.handle(.character("0")).save)
    #expect(value(session, "f.scale") == .number(0))
  }

  @Test func aChoiceOfOneTwoFiveIsNumberedOneToThreeOnScreen() throws {
    var session = try Self.session()
    session.jump(to: 2)
    let screen = session.screen(width: 100, style: .plain).plainSpaces
    #expect(screen.contains("❯   1  One") && screen.contains("    3  Five"))
    #expect(screen.contains { $0.hasPrefix("1–3 · ↑↓ Enter") })
    #expect(!session.handle(.character("0")).save)
    #expect(session.screen(width: 100, style: .plain).contains("Choose a number from 1 to 3."))
    _ = session.handle(.character("x"))  // only dismisses the message
    #expect(session.handle(.character("3")).save)
    #expect(value(session, "f.gapped") == .number(5))
    // Values 2, 0, 1 in file order are 0…2: keyed by value, listed in file order.
    #expect(session.place == .question("f.shuffled"))
    let shuffled = session.screen(width: 100, style: .plain)
    #expect(shuffled.contains("❯   2  Two first") && shuffled.contains("    0  Zero second"))
    #expect(session.handle(.character("0")).save)
    #expect(value(session, "f.shuffled") == .number(0))
    session.jump(to: 3)
    #expect(session.handle(.enter).save)  // the highlight is on the chosen option
    #expect(value(session, "f.shuffled") == .number(0))
    session.jump(to: 3)
    _ = session.handle(.home)
    #expect(session.handle(.enter).save)
    #expect(value(session, "f.shuffled") == .number(2))
  }

  @Test func tenValuesAreSingleDigitKeysAndElevenAreTypedNumbers() throws {
    var session = try Self.session()
    session.jump(to: 4)
    #expect(
      session.screen(width: 100, style: .plain).plainSpaces.contains {
        $0.hasPrefix("0–9 · ↑↓ Enter")
      })
    #expect(session.handle(.character("0")).save)
    #expect(value(session, "f.ten") == .number(0))
    session.jump(to: 4)
    #expect(session.handle(.character("9")).save)
    #expect(value(session, "f.ten") == .number(9))
    // Eleven options (0…10 has N > 9): numbered 1…11, a typed number and Enter.
    #expect(session.place == .question("f.eleven"))
    let screen = session.screen(width: 100, style: .plain).plainSpaces
    #expect(screen.contains("❯   1  W0") && screen.contains("    11 W10"))
    #expect(screen.contains { $0.hasPrefix("number + Enter · ↑↓ Enter") })
    _ = session.handle(.character("1"))
    _ = session.handle(.character("1"))
    #expect(session.handle(.enter).save)
    #expect(value(session, "f.eleven") == .number(10))
    session.jump(to: 5)
    _ = session.handle(.character("1"))
    _ = session.handle(.character("2"))
    #expect(!session.handle(.enter).save)
    #expect(session.screen(width: 100, style: .plain).contains("Choose a number from 1 to 11."))
    _ = session.handle(.character("x"))  // only dismisses the message
    // A multi stays 1…N, even with values 0…2.
    session.jump(to: 6)
    #expect(session.screen(width: 100, style: .plain).contains("❯ ◯ 1  Nought"))
    _ = session.handle(.character("1"))
    _ = session.handle(.character("3"))
    #expect(session.handle(.enter).save)
    #expect(value(session, "f.multi") == .selection([0, 2]))
  }

  @Test func lineModeShowsAndTakesTheSameKeys() throws {
    var session = try Self.session(language: "fr")
    let scale = session.lineText().plainSpaces
    #expect(scale.contains("  0) Niveau zéro\n") && scale.contains("  4) Niveau quatre\n"))
    #expect(scale.contains("(0–4 choisir · u ne sait pas"))
    _ = session.handle(line: "5")
    #expect(session.notice == "Choisissez un nombre de 0 à 4.")
    _ = session.handle(line: "3")
    #expect(value(session, "f.scale") == .number(3))
    let gapped = session.lineText().plainSpaces
    #expect(gapped.contains("  1) Un\n") && gapped.contains("  3) Cinq\n"))
    #expect(gapped.contains("(1–3 choisir"))
    _ = session.handle(line: "0")
    #expect(session.notice == "Choisissez un nombre de 1 à 3.")
    _ = session.handle(line: "3")
    #expect(value(session, "f.gapped") == .number(5))
    #expect(session.lineText().plainSpaces.contains("  2) Deux d'abord\n"))
    _ = session.handle(line: "1")
    #expect(value(session, "f.shuffled") == .number(1))
    _ = session.handle(line: "0")
    #expect(value(session, "f.ten") == .number(0))
    #expect(session.lineText().plainSpaces.contains("(1–11 choisir"))
    _ = session.handle(line: "11")
    #expect(value(session, "f.eleven") == .number(10))
    #expect(session.lineText().plainSpaces.contains("  1) Nul\n"))
    _ = session.handle(line: "1,3")
    #expect(value(session, "f.multi") == .selection([0, 2]))
    session.jump(to: 1)
    #expect(session.lineText().plainSpaces.contains("Réponse actuelle : 3 Niveau trois"))
  }
}
