/// One question of a factor.
public struct Question: Sendable, Hashable {
  /// The question's id, unique in the questionnaire and stable across versions.
  public var id: String
  /// The question's type, with the options or bounds that go with it.
  public var kind: Kind
  /// The question.
  public var text: LocalizedText
  /// Guidance shown on demand: what evidence counts, examples.
  public var help: LocalizedText?
  /// A sub-area heading inside the factor.
  public var topic: LocalizedText?
  /// Weight in the factor's mean, > 0.
  public var weight: Double = 1
  /// Whether an answer is needed to complete the assessment.
  public var required = true
  /// Whether "not applicable" (with a justification) is offered.
  public var allowNotApplicable = false
  /// Whether "don't know / no evidence" is offered.
  public var allowUnknown = true
  /// Whether a zero score here is a critical gap.
  public var critical = false
  /// For a critical question: an item score (0…1) below this is a critical gap, instead of
  /// `scoring.critical_below`; nil to follow the questionnaire's setting.
  public var criticalBelow: Double?
  /// Whether the runner asks for an evidence reference after the answer, and whether an
  /// answer that claims the practice without one is unsupported.
  public var evidence = Evidence.none
  /// The condition under which the question is shown; nil when always shown.
  public var condition: Condition?
  /// How the question scores while its condition hides it (only with a condition).
  public var whenHidden = WhenHidden.excluded
  /// Whether the file said `when_hidden` (without it, a scored conditional question is
  /// warned about).
  public var declaresWhenHidden = false
  /// What each level means for this question, by scale value, in place of the scale
  /// option's description (`scale` questions only).
  public var descriptions: [Double: LocalizedText] = [:]
  /// What a `number` question counts ("cases", "days", "%").
  public var unit: LocalizedText?
  /// `unit` for a count the report language reads as singular ("case"; issue 23): without
  /// it, the catalogue's singular of a common unit, else `unit` (``Phrases/unit(_:count:singular:)``).
  public var unitSingular: LocalizedText?
  /// For a `number` question: the question it is also reported per, and the scale
  /// ("per 100 staff"); nil when not normalised.
  public var per: Per?
  /// The clause or document the item derives from.
  public var source: String?
  /// The ids of the questions whose practice this one builds on (`requires`, issue 24): in
  /// the action plan, a gap here comes after the gaps of these questions, and pulls them in.
  public var requires: [String] = []

  /// The `evidence` key: whether an evidence reference is asked for after the answer.
  public enum Evidence: Sendable, Hashable {
    /// Not asked (`false`, the default).
    case none
    /// Asked, optional (`true`).
    case asked
    /// Asked and expected (`expected`): an answer that claims the practice without it is
    /// unsupported.
    case expected

    /// Whether the runner asks for a reference after the answer.
    public var isAsked: Bool { self != .none }
  }

  /// The `when_hidden` key (questionnaire-format.md, scoring.md).
  public enum WhenHidden: String, Sendable, Hashable, CaseIterable {
    /// The practice is absent because its prerequisite is: a hidden question scores 0.
    case zero
    /// It does not apply: a hidden question is left out, like `na` (the default).
    case excluded
  }

  /// Whether the options are shown and keyed by their values.
  ///
  /// True for a `scale` or `choice` whose values are exactly the integers 0, 1, …, N with
  /// N ≤ 9, in any order (questionnaire-format.md, "How options are numbered"). Every other
  /// option list is numbered 1…N in file order.
  public var isValueKeyed: Bool {
    switch kind {
    case .scale(_, let options), .choice(let options):
      let values = options.map(\.value).sorted()
      return values.count <= 10
        && values.enumerated().allSatisfy { Double($0.offset) == $0.element }
    default:
      return false
    }
  }

  /// The key (and on-screen number) of the option at `index`: its value when
  /// ``isValueKeyed``, else `index + 1`.
  public func optionKey(at index: Int) -> Int {
    guard isValueKeyed, kind.options.indices.contains(index) else { return index + 1 }
    return Int(kind.options[index].value)
  }

  /// The index of the option whose key is `key`, or nil.
  public func optionIndex(forKey key: Int) -> Int? {
    kind.options.indices.first { optionKey(at: $0) == key }
  }

  /// The description of the option at `index` for this question: its own `descriptions`
  /// entry, else the option's.
  public func optionDescription(at index: Int) -> LocalizedText? {
    guard kind.options.indices.contains(index) else { return nil }
    let option = kind.options[index]
    return descriptions[option.value] ?? option.description
  }

  /// Whether an answer of `value` must be backed by an evidence reference (scoring.md,
  /// "unsupported"): its option says `evidence: expected`, or the question does and the value
  /// claims the practice (above the lowest value of a `scale` or `choice`, yes for `yesno`, an
  /// item score above 0 for `multi`).
  public func expectsEvidence(for value: AnswerValue) -> Bool {
    EvidenceRule(self).expects(value, kind: ScoringPlan.ItemKind(kind))
  }

  /// Whether the runner asks for an evidence reference after an answer of `value`: the
  /// answer expects one, or the question asks for one and the answer claims something
  /// (issue 26: no evidence is asked for an answer that evidence could not change, see
  /// ``claimsNothing(_:)``; nil, "don't know" or "not applicable", claims nothing either).
  public func asksForEvidence(after value: AnswerValue?) -> Bool {
    guard let value else { return false }
    return expectsEvidence(for: value) || (evidence.isAsked && !claimsNothing(value))
  }

  /// Whether an answer of `value` claims nothing of the practice.
  ///
  /// No evidence could change what such an answer counts (issue 26): the lowest value of a
  /// `scale` or `choice` (the evidence-checked score cannot lower it, scoring.md), "no" on a
  /// `yesno`, and a `multi` selection that is empty or whose item score is 0. Number and
  /// text answers always claim something. Such an answer never expects evidence unless its
  /// option says `evidence: expected` (then evidence is still asked), so scoring is unchanged.
  public func claimsNothing(_ value: AnswerValue) -> Bool {
    switch (kind, value) {
    case (.scale(_, let options), .number(let number)), (.choice(let options), .number(let number)):
      return options.map(\.value).min() == number
    case (.yesno, .number(let number)):
      return number != 1
    case (.multi, .selection(let selected)):
      return selected.isEmpty || ScoringPlan.ItemKind(kind).score(value) == 0
    default:
      return false
    }
  }

  /// Creates a question with the format's defaults.
  public init(id: String, kind: Kind, text: LocalizedText) {
    self.id = id
    self.kind = kind
    self.text = text
    self.allowUnknown = kind.isScored
  }
}

/// What decides whether an answer must be backed by evidence (scoring.md, "unsupported"),
/// reduced to what scoring many responses needs: the one rule behind
/// ``Question/expectsEvidence(for:)`` and ``ScoringKernel``.
public struct EvidenceRule: Sendable, Hashable {
  /// The question's `evidence` key.
  public var mode: Question.Evidence
  /// The values of the options that say `evidence: expected`.
  public var expectedValues: [Double]
  /// The lowest option value of a `scale` or `choice`.
  public var lowest: Double?

  /// The rule of `question`.
  public init(_ question: Question) {
    mode = question.evidence
    expectedValues = question.kind.options.filter(\.evidenceExpected).map(\.value)
    switch question.kind {
    case .scale(_, let options), .choice(let options): lowest = options.map(\.value).min()
    default: lowest = nil
    }
  }

  /// Whether any answer can be unsupported (else the rule need not be asked).
  public var mayExpect: Bool { mode == .expected || !expectedValues.isEmpty }

  /// What an unsupported answer of `value` counts as in the evidence-checked score (issue
  /// 24): for a `scale` or `choice`, the highest value of the question below `value` that
  /// expects no evidence (level 2 of a maturity scale whose levels 3 and 4 expect it), else
  /// the lowest; for `yesno`, no; for `multi`, the empty selection.
  ///
  /// - Parameters:
  ///   - value: The answer's value, one that ``expects(_:kind:)``.
  ///   - kind: The question's kind.
  /// - Returns: The value whose item score the evidence-checked score counts.
  public func supported(_ value: AnswerValue, kind: ScoringPlan.ItemKind) -> AnswerValue {
    switch (kind, value) {
    case (.option(let values, let low, _), .number(let number)):
      let below = values.filter { $0 < number && !expects(.number($0), kind: kind) }
      return .number(below.max() ?? low)
    case (.multi, _):
      return .selection([])
    default:
      return .number(0)
    }
  }

  /// Whether `value`, an answer to a question of `kind`, expects evidence.
  public func expects(_ value: AnswerValue, kind: ScoringPlan.ItemKind) -> Bool {
    switch (kind, value) {
    case (.option, .number(let number)):
      if expectedValues.contains(number) { return true }
      guard mode == .expected, let lowest else { return false }
      return number > lowest
    case (.yesno, .number(let number)):
      return mode == .expected && number == 1
    case (.multi, .selection):
      return mode == .expected && (kind.score(value) ?? 0) > 0
    default:
      return false
    }
  }
}
