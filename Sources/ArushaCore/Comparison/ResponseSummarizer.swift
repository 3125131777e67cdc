import ArushaYAML

/// Reads a response file straight from the parser's events to its ``ResponseSummary``,
/// without building the YAML tree, the answers or the item scores: the fast path of
/// `arusha compare`.
///
/// It accepts only what ``ResponseDecoder`` accepts and scores through the same
/// ``ScoringKernel`` as ``ResponseScorer``, from the same compact answers, so the same bits. It is stricter about the
/// shape: the answers must come after `questionnaire` and in the questionnaire's order (as
/// arusha writes them), with no anchor, alias or tag. Whatever it does not accept, valid or
/// not, it leaves to the full decoder by returning nil, which then reports every problem.
public enum ResponseSummarizer {
  /// Reads `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: A response file.
  ///   - plan: The prepared questionnaire a reference names, or nil when there is none.
  /// - Returns: The header and scores, or nil when the full decoder must read the file.
  public static func summarize(
    _ bytes: [UInt8], plan: (QuestionnaireReference) -> ScoringPlan?
  ) -> Outcome? {
    YAMLEventReader.read(bytes) { reader in
      var reading = Reading(reader: reader)
      return reading.document(plan)
    }
  }
}

/// The state of reading one file.
private struct Reading {
  let reader: YAMLEventReader
  /// The answers in file order, as the kernel reads them (a question has an answer in the
  /// file exactly when its state is not `missing`: an answer without value or state is
  /// left to the full decoder).
  var items: [ScoringKernel.ItemAnswer] = []
  var plan: ScoringPlan?
  /// The last question answered so far.
  var last = -1

  init(reader: YAMLEventReader) {
    self.reader = reader
  }

  /// The next event, only if it carries no anchor or tag.
  func next() -> YAMLEventReader.Event? {
    guard let event = reader.next(), !event.hasProperties else { return nil }
    return event
  }

  /// The next event if it is a scalar that is not null.
  func string() -> YAMLEventReader.Event? {
    guard let event = next(), event.kind == .scalar, !event.isNull else { return nil }
    return event
  }

  /// A string that is not only whitespace (``NodeReader/nonEmptyString``).
  func nonEmpty() -> String? {
    guard let text = string()?.text, !text.allSatisfy(\.isWhitespace) else { return nil }
    return text
  }

  /// An identity field, as ``ResponseLimits/identityProblem(_:_:)`` accepts one.
  ///
  /// Counting bytes keeps this path cheap; a text longer in bytes than the bound in
  /// characters goes to the full decoder, which counts characters.
  func identity(_ event: YAMLEventReader.Event) -> String? {
    guard event.value.count <= ResponseLimits.identityLength else { return nil }
    let text = event.text
    return text.allSatisfy(\.isWhitespace) ? nil : text
  }

  /// Whether a long text field is within ``ResponseLimits/textLength``, counted in bytes as
  /// ``identity(_:)`` does.
  static func withinTextLength(_ event: YAMLEventReader.Event) -> Bool {
    event.value.count <= ResponseLimits.textLength
  }

  /// An optional field: nil for null, `.some(nil)` when invalid.
  func optional(_ check: (YAMLEventReader.Event) -> String?) -> String?? {
    guard let event = next(), event.kind == .scalar else { return .some(nil) }
    if event.isNull { return nil }
    return .some(check(event))
  }

  private static let topKeys: [StaticString] = [
    "format", "questionnaire", "administration", "round", "role", "respondent", "language",
    "status", "started", "updated", "completed", "answers",
  ]

  mutating func document(_ plans: (QuestionnaireReference) -> ScoringPlan?) -> ResponseSummarizer
    .Outcome?
  {
    guard next()?.kind == .streamStart, next()?.kind == .documentStart,
      next()?.kind == .mappingStart
    else { return nil }
    var seen = 0
    var reference: QuestionnaireReference?
    var administration: String?
    var round: String?
    var role: String?
    var respondent: String?
    var updated: String?
    var language: String?
    var status: Response.Status?
    while true {
      guard let key = next() else { return nil }
      if key.kind == .mappingEnd { break }
      guard key.kind == .scalar, let field = Self.topKeys.firstIndex(where: key.equals),
        seen & (1 << field) == 0
      else { return nil }
      seen |= 1 << field
      switch field {
      case 0:
        guard let value = string(), value.equals("arusha/response-1") else { return nil }
      case 1:
        guard let parsed = questionnaireReference() else { return nil }
        reference = parsed
      case 2:
        guard let event = string(), let text = identity(event) else { return nil }
        administration = text
      case 3:
        guard let event = string(), let text = identity(event) else { return nil }
        round = text
      case 4, 5:
        let checked = optional(identity)
        guard let value = checked else { continue }
        guard let text = value else { return nil }
        if field == 4 { role = text } else { respondent = text }
      case 6:
        let checked = optional { LanguageCode.isValid($0.text) ? $0.text : nil }
        guard let value = checked else { continue }
        guard let code = value else { return nil }
        language = code
      case 7:
        guard let value = string() else { return nil }
        if value.equals("complete") {
          status = .complete
        } else if value.equals("in-progress") {
          status = .inProgress
        } else {
          return nil
        }
      case 8, 9, 10:
        let checked = optional { Timestamp.isValid($0.text) ? $0.text : nil }
        if case .some(nil) = checked { return nil }
        if field == 9, case .some(let text?) = checked { updated = text }
      default:
        guard let reference, let plan = plans(reference) else { return nil }
        self.plan = plan
        items = Array(repeating: .missing, count: plan.items.count)
        guard let event = next() else { return nil }
        if event.kind == .scalar, event.isNull { continue }
        guard event.kind == .mappingStart, answers(plan) else { return nil }
      }
    }
    // Exactly one document, and every required key.
    guard next()?.kind == .documentEnd, next()?.kind == .streamEnd else { return nil }
    let required = [0, 1, 2, 3, 7, 11].reduce(0) { $0 | 1 << $1 }
    guard seen & required == required, let reference, let administration, let round,
      let status
    else { return nil }
    guard let plan = plan ?? plans(reference) else { return nil }
    if items.isEmpty {
      items = Array(repeating: .missing, count: plan.items.count)
    }
    if let language, !plan.questionnaire.languages.contains(language) { return nil }
    let result = ScoringKernel.score(plan, items)
    if status == .complete,
      items.indices.contains(where: {
        result.items[$0].visible && plan.items[$0].required && items[$0].state == .missing
      })
    {
      return nil
    }
    let response = Response(
      questionnaire: reference, administration: administration, round: round, role: role,
      respondent: respondent, language: language, status: status, updated: updated)
    return ResponseSummarizer.Outcome(
      response: response, summary: ResponseSummary(response, plan: plan, result: result))
  }

  /// `{id, version, sha256}`, each once and valid.
  func questionnaireReference() -> QuestionnaireReference? {
    guard next()?.kind == .mappingStart else { return nil }
    var id: String?
    var version: String?
    var sha: String?
    while true {
      guard let key = next() else { return nil }
      if key.kind == .mappingEnd { break }
      if key.equals("id"), id == nil {
        guard let text = string()?.text, Slug.isValid(text) else { return nil }
        id = text
      } else if key.equals("version"), version == nil {
        guard let text = nonEmpty() else { return nil }
        version = text
      } else if key.equals("sha256"), sha == nil {
        guard let value = string(), value.value.count == 64,
          value.value.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        sha = value.text
      } else {
        return nil
      }
    }
    guard let id, let version, let sha else { return nil }
    return QuestionnaireReference(id: id, version: version, sha256: sha)
  }

  /// The position of the question whose id is `key`, after `last`: answers come in order.
  func position(of key: YAMLEventReader.Event, _ plan: ScoringPlan) -> Int? {
    let wanted = key.value
    var candidate = last + 1
    while candidate < plan.items.count {
      let found = plan.items[candidate].idBytes.withUnsafeBufferPointer { id in
        id.count == wanted.count && (0..<id.count).allSatisfy { id[$0] == wanted[$0] }
      }
      if found { return candidate }
      candidate += 1
    }
    return nil
  }

  mutating func answers(_ plan: ScoringPlan) -> Bool {
    while true {
      guard let key = next() else { return false }
      if key.kind == .mappingEnd { return true }
      guard key.kind == .scalar, let index = position(of: key, plan) else { return false }
      guard answer(index, plan) else { return false }
      last = index
    }
  }

  private static let answerKeys: [StaticString] = [
    "value", "state", "comment", "evidence", "justification",
  ]

  /// One answer, checked as ``ResponseDecoder`` checks it.
  mutating func answer(_ index: Int, _ plan: ScoringPlan) -> Bool {
    guard next()?.kind == .mappingStart else { return false }
    var seen = 0
    var value: AnswerValue?
    var state: Answer.State?
    var justification: String?
    var hasEvidence = false
    while true {
      guard let key = next() else { return false }
      if key.kind == .mappingEnd { break }
      guard key.kind == .scalar, let field = Self.answerKeys.firstIndex(where: key.equals),
        seen & (1 << field) == 0
      else { return false }
      seen |= 1 << field
      switch field {
      case 0:
        guard let event = next() else { return false }
        if event.kind == .scalar, event.isNull { continue }
        guard let parsed = self.value(event, plan.items[index].kind) else { return false }
        value = parsed
      case 1:
        guard let event = next(), event.kind == .scalar else { return false }
        if event.isNull { continue }
        if event.equals("na") {
          state = .notApplicable
        } else if event.equals("unknown") {
          state = .unknown
        } else {
          return false
        }
      default:
        guard let event = next(), event.kind == .scalar, Self.withinTextLength(event) else {
          return false
        }
        if field == 4, !event.isNull { justification = event.text }
        // Evidence matters only where an answer can be unsupported.
        if field == 3, !event.isNull, plan.items[index].mayExpectEvidence {
          hasEvidence = !event.text.allSatisfy(\.isWhitespace)
        }
      }
    }
    switch (value, state) {
    case (_?, _?), (nil, nil):
      return false
    case (nil, .notApplicable?):
      guard plan.items[index].allowNotApplicable, let justification,
        !justification.allSatisfy(\.isWhitespace)
      else { return false }
    case (nil, .unknown?):
      guard plan.items[index].allowUnknown else { return false }
    case (_?, nil):
      break
    }
    if justification != nil, state != .notApplicable { return false }
    switch (state, value) {
    case (.unknown?, _): items[index] = .init(state: .unknown, hasEvidence: hasEvidence)
    case (.notApplicable?, _): items[index] = .init(state: .notApplicable, hasEvidence: hasEvidence)
    case (nil, let value?): items[index] = .init(state: .value(value), hasEvidence: hasEvidence)
    case (nil, nil): break
    }
    return true
  }

  /// A plain number, as ``NodeReader/number(_:_:)`` reads one.
  func number(_ event: YAMLEventReader.Event) -> Double? {
    guard event.kind == .scalar, event.style == .plain, !event.isNull else { return nil }
    // Up to 15 digits are an exact integer, as `Double(text)` reads them; anything else goes
    // through the format's number syntax.
    let bytes = event.value
    if bytes.count <= 15 {
      var whole = 0
      var digits = true
      for byte in bytes {
        guard byte >= 0x30, byte <= 0x39 else {
          digits = false
          break
        }
        whole = whole * 10 + Int(byte - 0x30)
      }
      if digits { return Double(whole) }
    }
    return NumberSyntax.parse(event.text)
  }

  /// A value that fits the question (`ResponseDecoder.value`).
  func value(_ event: YAMLEventReader.Event, _ kind: ScoringPlan.ItemKind) -> AnswerValue? {
    switch kind {
    case .option(let values, _, _):
      guard let number = number(event), values.contains(number) else { return nil }
      return .number(number)
    case .yesno:
      guard let number = number(event), number == 0 || number == 1 else { return nil }
      return .number(number)
    case .multi(let values, _):
      guard event.kind == .sequenceStart else { return nil }
      var selected: [Double] = []
      while true {
        guard let item = next() else { return nil }
        if item.kind == .sequenceEnd { return .selection(selected) }
        guard let number = number(item), values.contains(number), !selected.contains(number)
        else { return nil }
        selected.append(number)
      }
    case .number(let low, let high):
      guard let number = number(event) else { return nil }
      if let low, number < low { return nil }
      if let high, number > high { return nil }
      return .number(number)
    case .text:
      guard event.kind == .scalar, !event.isNull, Self.withinTextLength(event) else { return nil }
      return .text(event.text)
    }
  }
}
