import ArushaTestSupport
import ArushaYAML
import Testing

@testable import ArushaCore

/// Every error and warning class of questionnaire-format.md, each on a fixture whose markers
/// say where the diagnostic must point.
@Suite struct QuestionnaireValidationTests {
  /// A valid header to which each fixture adds what it tests.
  static let header = """
    format: arusha/questionnaire-1
    id: test
    version: "1"
    title: Test

    """

  struct Expected: CustomStringConvertible {
    var marker: String
    var severity: Diagnostic.Severity
    var message: String
    var description: String { "\(marker) \(severity): \(message)" }
  }

  static func error(_ marker: String, _ message: String) -> Expected {
    Expected(marker: marker, severity: .error, message: message)
  }
  static func warning(_ marker: String, _ message: String) -> Expected {
    Expected(marker: marker, severity: .warning, message: message)
  }

  /// Decodes `source` and checks its diagnostics are exactly `expected`, in order.
  func check(
    _ source: String, _ expected: [Expected], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let marked = MarkedText(source)
    let result = QuestionnaireDecoder().decode(marked.bytes)
    let found = result.diagnostics.map { "\($0.mark) \($0.severity): \($0.message)" }
    let wanted = expected.map { "\(marked[$0.marker]) \($0.severity): \($0.message)" }
    #expect(found == wanted, sourceLocation: sourceLocation)
    #expect(
      (result.questionnaire == nil) == expected.contains { $0.severity == .error },
      sourceLocation: sourceLocation)
  }

  @Test func minimalQuestionnaireIsValid() throws {
    let result = QuestionnaireDecoder().decode(
      Array(
        (Self.header + """
          factors:
            - id: f
              title: F
              questions:
                - {id: q, type: yesno, text: Q?, help: H}
          """).utf8))
    #expect(result.diagnostics.isEmpty)
    let questionnaire = try #require(result.questionnaire)
    #expect(questionnaire.languages == ["en"])
    #expect(questionnaire.scoring == ScoringSettings())
    let question = try #require(questionnaire.questions.first)
    #expect(
      question.kind == .yesno && question.required && question.allowUnknown
        && !question.allowNotApplicable)
  }

  @Test func syntaxErrorIsReportedWithLibyamlsProblem() {
    check(
      Self.header + "factors: [\n  {id: f,\n1️⃣",
      [Self.error("1️⃣", "did not find expected node content")])
  }

  @Test func duplicateKeysAtEveryLevel() {
    check(
      Self.header + """
        1️⃣title: Again
        factors:
          - id: f
            title: F
            questions:
              - {id: q, type: yesno, text: Q?, 2️⃣help: H, 3️⃣help: H2}
        """,
      [Self.error("1️⃣", "duplicate key 'title'"), Self.error("3️⃣", "duplicate key 'help'")])
  }

  @Test func unknownKeysWithSuggestionsAndMergeKeys() {
    check(
      Self.header + """
        1️⃣factor:
          - x
        factors:
          - id: f
            title: F
            2️⃣questons: []
            questions:
              - {id: q, type: yesno, text: Q?, help: H, 3️⃣wieght: 2, 4️⃣colour: red, 5️⃣<<: {a: 1}}
        """,
      [
        Self.error("1️⃣", "unknown key 'factor' in the questionnaire; did you mean 'factors'?"),
        Self.error("2️⃣", "unknown key 'questons' in a factor; did you mean 'questions'?"),
        Self.error("3️⃣", "unknown key 'wieght' in a question; did you mean 'weight'?"),
        Self.error("4️⃣", "unknown key 'colour' in a question"),
        Self.error("5️⃣", "unknown key '<<' in a question: merge keys are not part of the format"),
      ])
  }

  @Test func missingRequiredKeys() {
    check(
      """
      1️⃣format: arusha/questionnaire-1
      id: x
      factors:
        - 2️⃣id: f
          questions:
            - 3️⃣{type: yesno, help: H}
      """,
      [
        Self.error("1️⃣", "missing required key 'version' in the questionnaire"),
        Self.error("1️⃣", "missing required key 'title' in the questionnaire"),
        Self.error("2️⃣", "missing required key 'title' in a factor"),
        Self.error("3️⃣", "missing required key 'id' in a question"),
        Self.error("3️⃣", "missing required key 'text' in a question"),
      ])
  }

  /// Issue 24: `critical_below` is an item score (0..1), and goes with `critical: true`.
  @Test func criticalBelowIsAnItemScoreOnACriticalQuestion() {
    check(
      """
      format: arusha/questionnaire-1
      id: x
      version: "1"
      title: T
      scoring:
        critical_below: 1️⃣50
      factors:
        - id: f
          title: F
          questions:
            - {id: q, type: yesno, text: Q?, help: H, critical: true, critical_below: 2️⃣-0.1}
            - {id: r, type: yesno, text: R?, help: H, 3️⃣critical_below: 0.5}
      """,
      [
        Self.error("1️⃣", "'critical_below' must be within 0..1 (an item score), found 50"),
        Self.error("2️⃣", "'critical_below' must be within 0..1 (an item score), found -0.1"),
        Self.error(
          "3️⃣", "'critical_below' goes with 'critical: true': this question is not critical"),
      ])
  }

  /// Issue 24: `requires` names other scored questions of the file, each once, on a scored
  /// question; an unknown id gets "did you mean", the first entry of a duplicate a note.
  @Test func requiresNamesOtherScoredQuestions() {
    check(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: strategy, type: yesno, text: S?, help: H}
              - {id: unit, type: yesno, text: U?, help: H, requires: [1️⃣unit, 2️⃣stratgy]}
              - {id: register, type: yesno, text: R?, help: H, requires: [3️⃣cases, strategy, 5️⃣strategy]}
              - {id: cases, type: number, text: C?, help: H, 6️⃣requires: [register]}
              - {id: later, type: yesno, text: L?, help: H, requires: 7️⃣[]}
        """,
      [
        Self.error("1️⃣", "question 'unit' cannot require itself"),
        Self.error("2️⃣", "unknown question 'stratgy' in 'requires'; did you mean 'strategy'?"),
        Self.error(
          "3️⃣",
          "'requires' names 'cases', a 'number' question, which has no score and is never a gap; list scored questions only"
        ),
        Self.error("5️⃣", "'strategy' is listed twice in 'requires'"),
        Self.error("6️⃣", "'requires' applies to scored questions only, not to a 'number' question"),
        Self.error(
          "7️⃣",
          "'requires' is empty; list the ids of the questions this one builds on, or leave the key out"
        ),
      ])
    let marked = MarkedText(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: strategy, type: yesno, text: S?, help: H}
              - {id: register, type: yesno, text: R?, help: H, requires: [1️⃣strategy, 2️⃣strategy]}
        """)
    let duplicate = QuestionnaireDecoder().decode(marked.bytes).diagnostics
    #expect(duplicate.map(\.mark) == [marked["2️⃣"]])
    #expect(duplicate.first?.notes.map(\.mark) == [marked["1️⃣"]])
  }

  /// Issue 24: a cycle in `requires`, reported once at the entry that closes it (the walk
  /// goes in file order: a → b → c, whose `a` closes it), naming every question of the cycle
  /// from the one that lists that entry; a question later in the file that only leads into
  /// the cycle (d requires a) is no second error, and a chain without a cycle is none.
  @Test func aCycleInRequiresIsAnErrorAtTheEntryThatClosesIt() {
    check(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: yesno, text: A?, help: H, requires: [b]}
              - {id: b, type: yesno, text: B?, help: H, requires: [c]}
          - id: g
            title: G
            questions:
              - {id: c, type: yesno, text: C?, help: H, requires: [x, 1️⃣a]}
              - {id: d, type: yesno, text: D?, help: H, requires: [a]}
              - {id: x, type: yesno, text: X?, help: H}
              - {id: y, type: yesno, text: Y?, help: H, requires: [x, d]}
        """,
      [
        Self.error(
          "1️⃣",
          "'requires' makes a cycle: 'c' → 'a' → 'b' → 'c' (each requires the next); remove one of these entries"
        )
      ])
  }

  /// Two questions that require each other: the second's entry closes the cycle.
  @Test func twoQuestionsThatRequireEachOtherAreACycle() {
    check(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: p, type: yesno, text: P?, help: H, requires: [q]}
              - {id: q, type: yesno, text: Q?, help: H, requires: [1️⃣p]}
        """,
      [
        Self.error(
          "1️⃣",
          "'requires' makes a cycle: 'q' → 'p' → 'q' (each requires the next); remove one of these entries"
        )
      ])
  }

  /// A chain of 10,000 questions, each requiring the next, is walked without recursion (no
  /// stack to exhaust); closed into a cycle, it is one error whose message keeps the first
  /// nine questions and the end.
  @Test func aLongChainIsWalkedAndALongCycleIsNamedShort() throws {
    func file(closed: Bool) -> [UInt8] {
      let count = 10_000
      let questions = (0..<count).map { index in
        let next = index + 1 < count ? "q\(index + 1)" : (closed ? "q0" : nil)
        return "{id: q\(index), type: yesno, text: T, help: H"
          + (next.map { ", requires: [\($0)]" } ?? "") + "}"
      }
      return Array(
        (Self.header
          + "factors: [{id: f, title: F, questions: [\(questions.joined(separator: ", "))]}]\n")
          .utf8)
    }
    let chain = QuestionnaireDecoder().decode(file(closed: false))
    #expect(chain.diagnostics.isEmpty)
    #expect(try #require(chain.questionnaire).questions.count == 10_000)
    let cycle = QuestionnaireDecoder().decode(file(closed: true)).diagnostics
    #expect(cycle.count == 1)
    #expect(
      cycle.first?.message
        == "'requires' makes a cycle: 'q9999' → 'q0' → 'q1' → 'q2' → 'q3' → 'q4' → 'q5' → 'q6' → 'q7' → … (9990 more) → 'q9998' → 'q9999' (each requires the next); remove one of these entries"
    )
  }

  @Test func wrongValueTypes() {
    check(
      """
      format: arusha/questionnaire-2
      """.replacingOccurrences(of: "format: ", with: "format: 1️⃣") + "\n" + """
        id: x
        version: "1"
        title: 2️⃣[a, b]
        factors:
          - id: f
            title: F
            weight: 3️⃣heavy
            number: 4️⃣2.5
            questions:
              - {id: q, type: yesno, text: Q?, help: H, required: 5️⃣maybe, weight: 6️⃣"2", critical: 7️⃣[]}
              - {id: r, type: yesno, text: R?, help: H, weight: 8️⃣0}
        """,
      [
        Self.error(
          "1️⃣", "unsupported format 'arusha/questionnaire-2'; expected 'arusha/questionnaire-1'"),
        Self.error(
          "2️⃣", "expected title (a text, or a map from language code to text), found a list"),
        Self.error("3️⃣", "expected factor weight (a number), found 'heavy'"),
        Self.error("4️⃣", "expected factor number (a whole number), found 2.5"),
        Self.error("5️⃣", "expected 'required' (true or false), found 'maybe'"),
        Self.error(
          "6️⃣", "expected question weight (a number), found the quoted text '2'; remove the quotes"),
        Self.error("7️⃣", "expected 'critical' (true or false), found a list"),
        Self.error("8️⃣", "question weight must be greater than 0, found 0"),
      ])
  }

  @Test func badSlugsWithSuggestion() {
    check(
      """
      format: arusha/questionnaire-1
      id: 1️⃣My Questionnaire
      version: "1"
      title: T
      factors:
        - id: 2️⃣-lead
          title: F
          questions:
            - {id: 3️⃣Leadership.Strategy, type: yesno, text: Q?, help: H}
      """,
      [
        Self.error(
          "1️⃣",
          "'My Questionnaire' is not a valid questionnaire id: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit; did you mean 'my-questionnaire'?"
        ),
        Self.error(
          "2️⃣",
          "'-lead' is not a valid factor id: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit; did you mean 'lead'?"
        ),
        Self.error(
          "3️⃣",
          "'Leadership.Strategy' is not a valid question id: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit; did you mean 'leadership.strategy'?"
        ),
      ])
  }

  @Test func duplicateFactorAndQuestionIDs() {
    check(
      Self.header + """
        factors:
          - id: 1️⃣f
            title: F
            questions:
              - {id: 2️⃣q, type: yesno, text: Q?, help: H}
          - id: 3️⃣f
            title: G
            questions:
              - {id: 4️⃣q, type: yesno, text: Q?, help: H}
        """,
      [Self.error("3️⃣", "duplicate factor id 'f'"), Self.error("4️⃣", "duplicate question id 'q'")])
    let marked = MarkedText(
      Self.header
        + "factors:\n  - {id: 1️⃣f, title: F, questions: [{id: q, type: text, text: T, help: H}]}\n  - {id: 2️⃣f, title: F, questions: [{id: r, type: text, text: T, help: H}]}"
    )
    let notes = QuestionnaireDecoder().decode(marked.bytes).diagnostics.first?.notes
    #expect(notes?.map(\.message) == ["'f' is first used here"])
    #expect(notes?.map(\.mark) == [marked["1️⃣"]])
  }

  @Test func scalesAndOptions() {
    check(
      Self.header + """
        scales:
          maturity:
            - {value: 0, label: None}
            - {value: 1, label: Some}
          tiny:
            1️⃣- {value: 0, label: Only}
          2️⃣unused:
            - {value: 0, label: A}
            - {value: 1, label: B}
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: scale, scale: 3️⃣maturty, text: A?, help: H}
              - {id: b, type: choice, text: B?, help: H, options: [{value: 1, label: X}, {value: 4️⃣1, label: Y}]}
              - {id: c, type: multi, text: C?, help: H, options: 5️⃣[{value: 0, label: X}, {value: -1, label: Y}]}
              - {id: d, type: choice, text: D?, help: H, options: 6️⃣[{value: 1, label: X}]}
              - {id: e, type: choice, text: E?, help: H, options: [{value: 1, label: X}, {value: 2, label: 7️⃣""}]}
              - 8️⃣{id: g, type: scale, text: G?, help: H}
              - {id: h, type: yesno, text: H?, help: H, 9️⃣scale: maturity}
        """,
      [
        Self.error("1️⃣", "scale 'tiny' has 1 option; at least two are needed"),
        Self.warning("2️⃣", "scale 'unused' is defined but no question uses it"),
        Self.error("3️⃣", "unknown scale 'maturty'; did you mean 'maturity'?"),
        Self.error("4️⃣", "duplicate option value 1 in this question"),
        Self.error(
          "5️⃣", "a 'multi' question needs options whose positive values sum to more than 0"),
        Self.error("6️⃣", "this question has 1 option; at least two are needed"),
        Self.error("7️⃣", "option label is empty"),
        Self.error("8️⃣", "a 'scale' question needs 'scale: NAME' naming an entry of 'scales'"),
        Self.error("9️⃣", "'scale' does not apply to a 'yesno' question"),
      ])
  }

  @Test func conditions() {
    check(
      Self.header + """
        scales:
          m:
            - {value: 0, label: None}
            - {value: 2, label: Full}
        factors:
          - id: f
            title: F
            questions:
              - {id: s, type: scale, scale: m, text: S?, help: H}
              - {id: y, type: yesno, text: Y?, help: H}
              - {id: mu, type: multi, text: M?, help: H, options: [{value: 1, label: A}, {value: 2, label: B}]}
              - {id: t, type: text, text: T?, help: H}
              - {id: n, type: number, text: N?, help: H, min: 0, max: 10}
              - {id: c1, type: yesno, text: C?, help: H, when_hidden: excluded, when: s >= 1 and 1️⃣y >= 1}
              - {id: c2, type: yesno, text: C?, help: H, when_hidden: excluded, when: "s == 2️⃣1 or y == yes"}
              - {id: c3, type: yesno, text: C?, help: H, when_hidden: excluded, when: 3️⃣mu == 1}
              - {id: c4, type: yesno, text: C?, help: H, when_hidden: excluded, when: mu includes 4️⃣3}
              - {id: c5, type: yesno, text: C?, help: H, when_hidden: excluded, when: 5️⃣s includes 2}
              - {id: c6, type: yesno, text: C?, help: H, when_hidden: excluded, when: not (6️⃣later == yes)}
              - {id: c7, type: yesno, text: C?, help: H, when_hidden: excluded, when: 7️⃣c7 == yes}
              - {id: c8, type: yesno, text: C?, help: H, when_hidden: excluded, when: answered(8️⃣sx)}
              - {id: c9, type: yesno, text: C?, help: H, when_hidden: excluded, when: 'answered(s) and 9️⃣)'}
              - {id: c10, type: yesno, text: C?, help: H, when_hidden: excluded, when: t == "x" and n > 2 and 🔟t > "a"}
              - {id: later, type: yesno, text: L?, help: H}
        """,
      [
        Self.error("1️⃣", "'y' is a yes/no question: compare it with yes or no"),
        Self.error("2️⃣", "1 is not an option value of 's' (0, 2)"),
        Self.error("3️⃣", "'mu' is a 'multi' question: use 'mu includes VALUE'"),
        Self.error("4️⃣", "3 is not an option value of 'mu' (1, 2)"),
        Self.error("5️⃣", "'includes' applies to 'multi' questions; 's' is a 'scale' question"),
        Self.error(
          "6️⃣",
          "condition refers to 'later', which is a later question; a condition can only use questions asked before it"
        ),
        Self.error(
          "7️⃣",
          "condition refers to 'c7', which is the question itself; a condition can only use questions asked before it"
        ),
        Self.error("8️⃣", "unknown question 'sx' in condition; did you mean 's'?"),
        Self.error("9️⃣", "invalid condition: expected a question id, found ')'"),
        Self.error("🔟", "compare the text question 't' with == or !=, not '>'"),
      ])
  }

  @Test func conditionSyntaxErrorsPointIntoTheExpression() {
    check(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: yesno, text: A?, help: H}
              - {id: b, type: yesno, text: B?, help: H, when_hidden: excluded, when: a 1️⃣= yes}
              - {id: c, type: yesno, text: C?, help: H, when_hidden: excluded, when: "a == yes 2️⃣a"}
              - {id: d, type: yesno, text: D?, help: H, when_hidden: excluded, when: (a == yes3️⃣}
        """,
      [
        Self.error("1️⃣", "invalid condition: '=' is not an operator; write '=='"),
        Self.error(
          "2️⃣", "invalid condition: expected 'and', 'or' or the end of the condition, found 'a'"),
        Self.error("3️⃣", "invalid condition: expected ')', found the end of the condition"),
      ])
  }

  @Test func scoringSettingsAndLevels() {
    check(
      Self.header + """
        scoring:
          method: 1️⃣avg
          strength: 40
          2️⃣improvement: 60
          change: 3️⃣0
          levels:
            - {min: 4️⃣10, label: Low}
            - {min: 5️⃣5, label: Lower}
            - {min: 6️⃣120, label: Over}
        factors:
          - id: f
            title: F
            questions:
              - {id: q, type: yesno, text: Q?, help: H}
        """,
      [
        Self.error("1️⃣", "unknown scoring method 'avg'; expected one of 'mean', 'minimum'"),
        Self.error("2️⃣", "'improvement' (60) must not be above 'strength' (40)"),
        Self.error("3️⃣", "'change' must be at least 0.1, found 0"),
        Self.error("4️⃣", "the first level must start at 0, found 10"),
        Self.error("5️⃣", "level mins must be strictly ascending: 5 follows 10"),
        Self.error("6️⃣", "level 'min' must be within 0..100, found 120"),
      ])
  }

  @Test func numberBoundsAndEmptyLists() {
    check(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: n, type: number, text: N?, help: H, 1️⃣min: 5, max: 1}
              - {id: t, type: text, text: T?, help: H, 2️⃣min: 1}
          - id: g
            title: G
            questions: 3️⃣[]
        """,
      [
        Self.error("1️⃣", "'min' (5) is greater than 'max' (1)"),
        Self.error("2️⃣", "'min' does not apply to a 'text' question"),
        Self.error("3️⃣", "'questions' is empty; a factor needs at least one question"),
      ])
    check(
      Self.header + "factors: 1️⃣[]",
      [Self.error("1️⃣", "'factors' is empty; a questionnaire needs at least one factor")])
  }

  /// Issue 23: `unit_singular` needs `unit`, and applies to `number` questions only.
  @Test func unitSingularNeedsAUnitOnANumber() {
    check(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: n, type: number, text: N?, help: H, 1️⃣unit_singular: case}
              - {id: t, type: text, text: T?, help: H, 2️⃣unit_singular: case}
              - {id: m, type: number, text: M?, help: H, unit: cases, unit_singular: case}
        """,
      [
        Self.error(
          "1️⃣",
          "'unit_singular' needs 'unit': give the plural first, e.g. 'unit: {en: cases, fr: dossiers}'"
        ),
        Self.error("2️⃣", "'unit_singular' does not apply to a 'text' question"),
      ])
  }

  @Test func languagesAndTranslations() {
    check(
      """
      format: arusha/questionnaire-1
      id: x
      version: "1"
      languages: [en, fr, 1️⃣English, 2️⃣fr]
      title: 3️⃣{en: Title, fr: Titre, 4️⃣de: Titel}
      description: 5️⃣Only English
      factors:
        - id: f
          title: 6️⃣{en: Factor}
          questions:
            - 7️⃣{id: q, type: yesno, text: {en: Q?, fr: Q ?}}
      """,
      [
        Self.error(
          "1️⃣",
          "'English' is not a language code (use ISO 639 codes such as 'en', 'fr', optionally with a region: 'pt-BR')"
        ),
        Self.error("2️⃣", "language 'fr' is listed twice"),
        Self.error("4️⃣", "language 'de' is not listed in 'languages' ('en', 'fr')"),
        Self.warning("5️⃣", "description has no 'fr' translation"),
        Self.warning("6️⃣", "factor title has no 'fr' translation"),
        Self.warning("7️⃣", "question 'q' has no help; say what evidence counts"),
      ])
  }

  @Test func aliasesAreExpandedAndErrorsInsideThemPointAtTheAlias() throws {
    let marked = MarkedText(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - &base {id: q, type: yesno, text: Q?, help: H}
              - 1️⃣*base
        """)
    let result = QuestionnaireDecoder().decode(marked.bytes)
    #expect(result.diagnostics.map(\.message) == ["duplicate question id 'q'"])
    #expect(result.diagnostics.first?.mark == marked["1️⃣"])
  }

  @Test func strictTurnsWarningsIntoErrors() {
    let diagnostics = [Diagnostic.warning(.unusedScale("s"), at: .start)].strict()
    #expect(diagnostics.map(\.severity) == [.error])
  }

  @Test func authorsGuideFindings() {
    // A broken scale gets its own error only, not a second "unknown scale" on its questions;
    // an empty help still warns; a quoted boolean says to remove the quotes; accents fold in
    // slug suggestions; a single-quoted string in a condition says to use double quotes.
    check(
      Self.header + """
        scales:
          one:
            1️⃣- {value: 0, label: Only}
        factors:
          - id: f
            title: F
            questions:
              - {id: q, type: scale, scale: one, text: Q?, help: H}
              - 2️⃣{id: r, type: yesno, text: R?, help: , critical: 3️⃣"true"}
              - {id: 4️⃣été, type: text, text: T?, help: H, when: "t == 5️⃣'x'"}
        """,
      [
        Self.error("1️⃣", "scale 'one' has 1 option; at least two are needed"),
        Self.warning("2️⃣", "question 'r' has no help; say what evidence counts"),
        Self.error(
          "3️⃣",
          "expected 'critical' (true or false), found the quoted text 'true'; remove the quotes"),
        Self.error(
          "4️⃣",
          "'été' is not a valid question id: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit; did you mean 'ete'?"
        ),
        Self.error(
          "5️⃣",
          "invalid condition: strings in conditions take double quotes (\"…\"), not single quotes"),
      ])
  }

  @Test func byteOrderMarkIsIgnoredAndBadUTF8PointsAtTheBrokenCharacter() throws {
    let withBOM =
      [0xEF, 0xBB, 0xBF]
      + Array(
        (Self.header
          + "factors: [{id: f, title: F, questions: [{id: q, type: text, text: T, help: H}]}]").utf8
      )
    #expect(QuestionnaireDecoder().decode(withBOM).diagnostics.isEmpty)
    let broken = Array("title: D".utf8) + [0xE9] + Array("mo\n".utf8)
    #expect(
      QuestionnaireDecoder().decode(broken).diagnostics.map { "\($0.mark) \($0.message)" }
        == ["1:9 the file is not valid UTF-8: invalid trailing UTF-8 octet (byte 0xE9)"])
  }

  // MARK: Issue 10's keys

  @Test func theNewKeysDecode() throws {
    let result = QuestionnaireDecoder().decode(
      Array(
        (Self.header + """
          scales:
            m:
              - {value: 0, label: None}
              - {value: 1, label: Some}
              - {value: 2, label: Full, evidence: expected}
          scoring: {critical_cap: 49}
          factors:
            - id: f
              title: F
              questions:
                - {id: s, type: scale, scale: m, help: H, text: S?, descriptions: {1: One here, 2: Two here}}
                - {id: y, type: yesno, help: H, text: Y?, when: s >= 1, when_hidden: zero, evidence: expected}
                - {id: n, type: number, help: H, text: N?, unit: cases, min: -1000000000, max: 1000000000}
                - {id: c, type: choice, help: H, text: C?, evidence: true, options: [{value: 1, label: A}, {value: 5, label: B}]}
          """).utf8))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let questionnaire = try #require(result.questionnaire)
    #expect(questionnaire.scoring.criticalCap == 49)
    let questions = questionnaire.questions
    #expect(questions[0].descriptions[1] == LocalizedText(["en": "One here"]))
    #expect(questions[0].kind.options[2].evidenceExpected)
    #expect(questions[0].isValueKeyed && questions[0].optionKey(at: 2) == 2)
    #expect(questions[0].optionDescription(at: 0) == nil)
    #expect(questions[1].whenHidden == .zero && questions[1].evidence == .expected)
    #expect(questions[2].unit == LocalizedText(["en": "cases"]))
    #expect(questions[3].evidence == .asked && !questions[3].isValueKeyed)
    #expect(questions[3].optionKey(at: 1) == 2)
  }

  @Test func theNewKeysAreCheckedWithTheirPositions() {
    check(
      Self.header + """
        scales:
          m:
            - {value: 0, label: None}
            - {value: 1, label: Some}
        scoring: {critical_cap: 1️⃣101, change: 2️⃣0.05}
        factors:
          - id: f
            title: F
            weight: 3️⃣1001
            questions:
              - {id: a, type: yesno, help: H, text: A?, 4️⃣when_hidden: zero}
              - {id: b, type: text, help: H, text: B?, when: answered(a), 5️⃣when_hidden: zero}
              - {id: c, type: scale, scale: m, help: H, text: C?, descriptions: {6️⃣3: Three}}
              - {id: d, type: yesno, help: H, text: D?, 7️⃣descriptions: {1: One}}
              - {id: e, type: multi, help: H, text: E?, options: [{value: 1, label: X, 8️⃣evidence: expected}, {value: 2, label: Y}]}
              - {id: g, type: number, help: H, text: G?, evidence: 9️⃣expected}
              - {id: h, type: yesno, help: H, text: H?, 🔟unit: cases}
              - {id: i, type: choice, help: H, text: I?, options: [{value: 🅰️2000000000, label: X}, {value: 1, label: Y}]}
              - {id: j, type: yesno, help: H, text: J?, weight: 🅱️1e307}
              - {id: k, type: yesno, help: H, text: K?, 🆎when: answered(a)}
        """,
      [
        Self.error("1️⃣", "'critical_cap' must be within 0..100, found 101"),
        Self.error("2️⃣", "'change' must be at least 0.1, found 0.05"),
        Self.error("3️⃣", "factor weight must be at most 1000, found 1001"),
        Self.error("4️⃣", "'when_hidden' goes with 'when': this question is always shown"),
        Self.error("5️⃣", "'when_hidden' applies to scored questions only, not to a 'text' question"),
        Self.error("6️⃣", "3 is not a value of scale 'm' (0, 1)"),
        Self.error("7️⃣", "'descriptions' does not apply to a 'yesno' question"),
        Self.error(
          "8️⃣",
          "'evidence: expected' does not apply to an option of a 'multi' question; put 'evidence: expected' on the question"
        ),
        Self.error(
          "9️⃣",
          "'evidence: expected' applies to scored questions only (an answer that claims a practice), not to a 'number' question; use 'evidence: true' to ask for a reference"
        ),
        Self.error("🔟", "'unit' does not apply to a 'yesno' question"),
        Self.error("🅰️", "option value must be within -1000000000..1000000000, found 2000000000"),
        Self.error("🅱️", "question weight must be at most 1000, found 1e+307"),
        Self.warning(
          "🆎",
          "question 'k' is shown only 'when' a condition holds but does not say how it scores while hidden: add 'when_hidden: zero' (a deeper practice, absent without its prerequisite) or 'when_hidden: excluded' (it does not apply)"
        ),
      ])
  }

  @Test func aConditionOnADuplicatedIDIsNotJudgedAgainstTheFirst() {
    // Which 'a' the condition means is unknown: the duplicate is the finding, not "compare the
    // yes/no question 'a' with == or !=" (the first 'a' is a yes/no, the second a choice).
    check(
      Self.header + """
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: yesno, text: A, help: H}
              - {id: 1️⃣a, type: choice, text: A, help: H, options: [{value: 0, label: N}, {value: 2, label: Y}]}
              - {id: c, type: yesno, text: C, help: H, when_hidden: zero, when: a >= 1 and a < 1}
        """,
      [Self.error("1️⃣", "duplicate question id 'a'")])
  }

  @Test func levelsAboveTheLargestOptionValuePass() {
    check(
      Self.header + """
        scoring:
          levels:
            - {min: 0, label: Low}
            - {min: 3, label: High}
        factors:
          - id: f
            title: F
            questions:
              - {id: a, type: choice, text: A, help: H, options: [{value: 0, label: N}, {value: 2, label: Y}]}
        """, [])
  }

  /// Issue 22: a "did you mean" search is made for the first 100 near misses of a file and no
  /// more, whichever check finds them (unknown keys, a type, a slug): each finding is still
  /// reported, the later ones without a suggestion.
  @Test func suggestionsStopAfterTheFirstHundredNearMissesOfAFile() {
    let questions = (0..<60).map {
      "    - {id: Q\($0), type: yesnoo, text: T, help: H, requird: true}"
    }
    let source =
      Self.header + """
        languages: [en]
        factors:
          - id: f
            title: F
            questions:

        """ + questions.joined(separator: "\n") + "\n"
    let result = QuestionnaireDecoder().decode(Array(source.utf8))
    let misses = result.diagnostics.filter {
      $0.message.hasPrefix("unknown key 'requird'") || $0.message.contains("'yesnoo'")
        || $0.message.contains("'Q")
    }
    #expect(misses.count == 180, "every near miss is reported")
    // Searched in the order the checks run (the unknown key, then the id, then the type, for
    // each question), reported in the order of the file.
    #expect(misses.filter { $0.suggestion != nil }.count == 100)
    #expect(misses.prefix(99).allSatisfy { $0.suggestion != nil }, "questions 0–32")
    #expect(misses.suffix(78).allSatisfy { $0.suggestion == nil }, "questions 34–59")
    #expect(misses.prefix(3).map(\.suggestion) == ["q0", "yesno", "required"])
  }
}
