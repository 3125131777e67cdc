import ArushaYAML

/// Reads a response file straight from the parser's events to its ``ResponseSummary``,
/// without building the YAML tree, the answers or the item scores: the fast path of
/// `arusha compare`.
///
/// It reads by the same rules as ``ResponseDecoder`` (``ResponseRules`` and ``AnswerRule``:
/// the keys, what each value must be, how an answer's keys go together), so it accepts only
/// what the decoder accepts, and scores through the same ``ScoringKernel`` as
/// ``ResponseScorer``, from the same compact answers, so the same bits. It is stricter about
/// the shape: the answers must come after `questionnaire` and in the questionnaire's order (as
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
    summarize(bytes, scoring: { plan($0).map(Scoring.plan) })
  }

  /// Reads `bytes`, carrying them through a map where `scoring` says so.
  ///
  /// - Parameters:
  ///   - bytes: A response file.
  ///   - scoring: What a reference's responses are read with and scored against, or nil when
  ///     there is nothing.
  /// - Returns: The header and scores (of the version compared, for a mapped response, with
  ///   ``ResponseSummary/mappedFrom`` set), or nil when the full decoder must read the file.
  public static func summarize(
    _ bytes: [UInt8], scoring: (QuestionnaireReference) -> Scoring?
  ) -> Outcome? {
    YAMLEventReader.read(bytes) { reader in
      var reading = Reading(reader: reader)
      return reading.document(scoring)
    }
  }
}

/// The state of reading one file; the parser's events as a ``ResponseSource``, which stops at
/// the first refusal.
private struct Reading: ResponseSource {
  let reader: YAMLEventReader
  /// The answers in file order, as the kernel reads them (a question has an answer in the
  /// file exactly when its state is not `missing`: an answer without value or state is
  /// left to the full decoder).
  var items: [ScoringKernel.ItemAnswer] = []
  var plan: ScoringPlan?
  /// The last question answered so far.
  var last = -1
  /// The value being read: its first event (nil past an anchor, a tag or the end).
  var current: YAMLEventReader.Event?
  /// Whether a rule refused a value: the file goes to the full decoder.
  var failed = false
  /// The route the answers are carried through, for a response a map starts from.
  var mapped: MappedScoringPlan?
  /// Whether an evidence reference that was read is blank
  /// (``MappedScoringPlan/carry(_:blankEvidence:)``).
  var blankEvidence = false
  /// Where the answer's keys that its rules name are in ``ResponseRules/answer``.
  let at = ResponseRules.AnswerPositions.shared
  /// The answer's keys, held for the file (an answer is read thousands of times).
  let answerKeys = ResponseRules.answer

  init(reader: YAMLEventReader) {
    self.reader = reader
  }

  /// The next event, only if it carries no anchor or tag.
  func next() -> YAMLEventReader.Event? {
    guard let event = reader.next(), !event.hasProperties else { return nil }
    return event
  }

  /// Moves to the next value; whether it is null (then absent, where a key is optional).
  mutating func advance() -> Bool {
    current = next()
    guard let event = current else { return false }
    return event.kind == .scalar && event.isNull
  }

  // MARK: ResponseSource

  mutating func string(_ what: @autoclosure () -> String) -> String? {
    guard let event = current, event.kind == .scalar, !event.isNull else {
      failed = true
      return nil
    }
    return event.text
  }

  /// The length in Unicode scalars, counted on the UTF-8 bytes (libyaml has checked them): one
  /// a byte that does not continue a sequence.
  mutating func textLength(_ what: @autoclosure () -> String) -> Int? {
    guard let event = current, event.kind == .scalar, !event.isNull else {
      failed = true
      return nil
    }
    var count = 0
    for byte in event.value where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// A plain number, as ``NodeReader/number(_:_:)`` reads one.
  @inline(__always)
  mutating func number(_ what: @autoclosure () -> String) -> Double? {
    guard let event = current, event.kind == .scalar, event.style == .plain, !event.isNull else {
      failed = true
      return nil
    }
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
      if digits, !bytes.isEmpty { return Double(whole) }
    }
    guard let number = NumberSyntax.parse(event.text) else {
      failed = true
      return nil
    }
    return number
  }

  mutating func items(_ what: @autoclosure () -> String, _ each: (inout Reading) -> Void) -> Int? {
    guard current?.kind == .sequenceStart else {
      failed = true
      return nil
    }
    var count = 0
    while true {
      current = next()
      guard let item = current else {
        failed = true
        return nil
      }
      if item.kind == .sequenceEnd { return count }
      each(&self)
      if failed { return nil }
      count += 1
    }
  }

  mutating func refuse(_ message: @autoclosure () -> Diagnostic.Message, suggestion: String?) {
    failed = true
  }

  mutating func suggest(_ search: () -> String?) -> String? { nil }

  // MARK: The document

  /// The bits of the required keys of `keys`.
  private static func mask(_ keys: [ResponseRules.Key]) -> Int {
    keys.indices.reduce(0) { keys[$1].required ? $0 | 1 << $1 : $0 }
  }

  /// The tables (plain data: reading a key copies nothing counted).
  private static let topKeys = ResponseRules.response
  private static let referenceKeys = ResponseRules.reference
  private static let requiredTopKeys = mask(ResponseRules.response)
  private static let requiredReferenceKeys = mask(ResponseRules.reference)

  /// Where `event`, a key, is in `keys`, unless seen already (a bit of `seen`); nil for a key
  /// that is not a scalar, unknown or repeated.
  private static func key(
    _ event: YAMLEventReader.Event, in keys: [ResponseRules.Key], seen: inout Int
  )
    -> Int?
  {
    guard event.kind == .scalar, let bytes = event.value.baseAddress else { return nil }
    let count = event.value.count
    for position in keys.indices {
      let name = keys[position].spelling
      guard name.utf8CodeUnitCount == count else { continue }
      let literal = name.utf8Start
      var offset = 0
      while offset < count, bytes[offset] == literal[offset] { offset += 1 }
      guard offset == count else { continue }
      guard seen & (1 << position) == 0 else { return nil }
      seen |= 1 << position
      return position
    }
    return nil
  }

  /// What `scoring` gives for `reference`: the plan to read with, and the route, if any.
  mutating func plan(
    _ reference: QuestionnaireReference,
    _ scoring: (QuestionnaireReference) -> ResponseSummarizer.Scoring?
  ) -> ScoringPlan? {
    switch scoring(reference) {
    case .plan(let plan)?: return plan
    case .mapped(let route)?:
      mapped = route
      return route.source
    case nil: return nil
    }
  }

  mutating func document(_ scoring: (QuestionnaireReference) -> ResponseSummarizer.Scoring?)
    -> ResponseSummarizer.Outcome?
  {
    guard next()?.kind == .streamStart, next()?.kind == .documentStart,
      next()?.kind == .mappingStart
    else { return nil }
    var seen = 0
    var texts = [String?](repeating: nil, count: ResponseRules.response.count)
    var reference: QuestionnaireReference?
    while true {
      guard let event = next() else { return nil }
      if event.kind == .mappingEnd { break }
      guard let field = Self.key(event, in: Self.topKeys, seen: &seen) else { return nil }
      let key = Self.topKeys[field]
      switch key.value {
      case .scalar(let rule):
        if advance(), !key.required { continue }
        texts[field] = ResponseRules.scalar(rule, of: key, &self)
        if failed { return nil }
      case .reference:
        guard let parsed = questionnaireReference() else { return nil }
        reference = parsed
      case .answers:
        guard let reference, let plan = plan(reference, scoring) else { return nil }
        self.plan = plan
        items = Array(repeating: .missing, count: plan.items.count)
        guard let event = next() else { return nil }
        // `answers: null` is a response with no answers yet.
        if event.kind == .scalar, event.isNull { continue }
        guard event.kind == .mappingStart, answers(plan) else { return nil }
      case .answerValue:
        return nil
      }
    }
    // Exactly one document, and every required key.
    guard next()?.kind == .documentEnd, next()?.kind == .streamEnd,
      seen & Self.requiredTopKeys == Self.requiredTopKeys,
      let response = ResponseRules.header(reference: reference, texts),
      let plan = self.plan ?? plan(response.questionnaire, scoring)
    else { return nil }
    if items.isEmpty {
      items = Array(repeating: .missing, count: plan.items.count)
    }
    if let language = response.language, !plan.questionnaire.languages.contains(language) {
      return nil
    }
    // `position` (issue 26) plays no part in the figures; one the decoder refuses (no such
    // question, or in a complete response) is left to it.
    if let position = response.position,
      response.status == .complete
        || !plan.questionnaire.factors.contains(where: {
          $0.questions.contains { $0.id == position }
        })
    {
      return nil
    }
    let result = ScoringKernel.score(plan, items)
    if response.status == .complete,
      items.indices.contains(where: {
        result.items[$0].visible && plan.items[$0].required && items[$0].state == .missing
      })
    {
      return nil
    }
    if let mapped { return carried(response, through: mapped) }
    return ResponseSummarizer.Outcome(
      response: response,
      summary: ResponseSummary(response, plan: plan, result: result, answers: items),
      answers: items)
  }

  /// `response`, read, as a response to the version `mapped` leads to: its answers carried
  /// and scored there, its summary marked as mapped from its own version; nil when the
  /// answers cannot be carried from what the fast path keeps of them.
  func carried(_ response: Response, through mapped: MappedScoringPlan)
    -> ResponseSummarizer.Outcome?
  {
    guard let answers = mapped.carry(items, blankEvidence: blankEvidence) else { return nil }
    var response = response
    let version = response.questionnaire.version
    response.questionnaire = mapped.reference
    var summary = ResponseSummary(
      response, plan: mapped.target, result: ScoringKernel.score(mapped.target, answers),
      answers: answers)
    summary.mappedFrom = version
    return ResponseSummarizer.Outcome(response: response, summary: summary, answers: answers)
  }

  /// The questionnaire reference, each key once and valid.
  mutating func questionnaireReference() -> QuestionnaireReference? {
    guard next()?.kind == .mappingStart else { return nil }
    var seen = 0
    var texts = [String?](repeating: nil, count: ResponseRules.reference.count)
    while true {
      guard let event = next() else { return nil }
      if event.kind == .mappingEnd { break }
      guard let field = Self.key(event, in: Self.referenceKeys, seen: &seen),
        case .scalar(let rule) = Self.referenceKeys[field].value
      else { return nil }
      let key = Self.referenceKeys[field]
      if advance(), !key.required { continue }
      texts[field] = ResponseRules.scalar(rule, of: key, &self)
      if failed { return nil }
    }
    guard seen & Self.requiredReferenceKeys == Self.requiredReferenceKeys else { return nil }
    return ResponseRules.reference(texts)
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

  /// Whether the fast path keeps the text of the answer's key at `field`: not a comment, nor
  /// evidence where an answer cannot be unsupported (checked, not kept).
  func keeps(_ field: Int, _ mayExpectEvidence: Bool) -> Bool {
    field != at.comment && (mayExpectEvidence || field != at.evidence)
  }

  /// One answer, read by the rules ``ResponseDecoder`` reads it by.
  ///
  /// What it keeps of the texts is plain data (a state, whether there is a justification or
  /// evidence): an answer is read thousands of times a comparison.
  mutating func answer(_ index: Int, _ plan: ScoringPlan) -> Bool {
    guard next()?.kind == .mappingStart else { return false }
    var seen = 0
    var value: AnswerValue?
    var hasState = false
    var answerState: Answer.State?
    var justification = ResponseRules.Justification.absent
    var hasEvidence = false
    while true {
      guard let event = next() else { return false }
      if event.kind == .mappingEnd { break }
      guard let field = Self.key(event, in: answerKeys, seen: &seen) else { return false }
      let key = answerKeys[field]
      // Every key of an answer is optional: null is its absence.
      if advance() { continue }
      switch key.value {
      case .answerValue:
        // The fast path reports nothing: the question's id is for messages only.
        value = plan.items[index].rule.read(&self, question: "")
      case .scalar(.longText)
      where !keeps(field, plan.items[index].mayExpectEvidence || mapped != nil):
        _ = ResponseRules.isLongText(&self, key.what)
      case .scalar(let rule):
        let text = ResponseRules.scalar(rule, of: key, &self)
        if field == at.state {
          hasState = true
          answerState = text.flatMap(Answer.State.init(rawValue:))
        } else if field == at.justification {
          justification = .init(text)
        } else if field == at.evidence {
          // Kept only where an answer can be unsupported (or a map may carry it there).
          hasEvidence = text.map { !$0.allSatisfy(\.isWhitespace) } ?? false
          if text != nil, !hasEvidence { blankEvidence = true }
        }
      case .reference, .answers:
        return false
      }
      if failed { return false }
    }
    // The plan's item is read field by field: a copy of it would retain every array it holds.
    let problems = ResponseRules.answerProblems(
      hasValue: value != nil, hasState: hasState, state: answerState,
      justification: justification, allowNotApplicable: plan.items[index].allowNotApplicable,
      allowUnknown: plan.items[index].allowUnknown, clean: true)
    guard problems.isEmpty else { return false }
    switch (answerState, value) {
    case (.unknown?, _): items[index] = .init(state: .unknown, hasEvidence: hasEvidence)
    case (.notApplicable?, _): items[index] = .init(state: .notApplicable, hasEvidence: hasEvidence)
    case (nil, let value?): items[index] = .init(state: .value(value), hasEvidence: hasEvidence)
    case (nil, nil): break
    }
    return true
  }
}
