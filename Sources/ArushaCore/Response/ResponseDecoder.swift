public import ArushaYAML

/// Reads response files in two steps, reporting every violation with its position.
///
/// First the header (to find the questionnaire), then the answers checked against it.
public enum ResponseDecoder {
  /// The outcome of reading a response's header.
  public struct HeaderResult: Sendable {
    /// The header, when it has no error.
    public var header: ResponseHeader?
    /// Every error, sorted by position.
    public var diagnostics: [Diagnostic]
  }

  /// The outcome of reading a whole response.
  public struct Result: Sendable {
    /// The response, when it has no error.
    public var response: Response?
    /// Every error, sorted by position.
    public var diagnostics: [Diagnostic]
  }

  /// Loads the YAML of a response and reads its header.
  public static func header(_ bytes: [UInt8], limits: YAMLLoader.Limits = YAMLLoader.Limits())
    -> HeaderResult
  {
    do {
      return header(try YAMLLoader(limits: limits).load(bytes))
    } catch {
      return HeaderResult(header: nil, diagnostics: [Diagnostic(error)])
    }
  }

  /// Reads the header of a loaded response document.
  public static func header(_ document: YAMLDocument) -> HeaderResult {
    var reader = NodeReader()
    reader.diagnostics = document.problems.map(Diagnostic.init)
    let header = readHeader(document.root, &reader)
    let diagnostics = reader.diagnostics.sortedByPosition()
    return HeaderResult(header: diagnostics.hasErrors ? nil : header, diagnostics: diagnostics)
  }

  /// Reads the answers of `header` against `questionnaire`.
  ///
  /// Answers to questions hidden by their condition are kept when they fit and otherwise
  /// ignored, as response-format.md allows; every other misfit is an error.
  public static func decode(_ header: ResponseHeader, questionnaire: Questionnaire) -> Result {
    var reader = NodeReader()
    var response = header.response
    let questions = Dictionary(
      questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var raw: [String: (node: YAMLNode, keyMark: SourceMark)] = [:]
    // "Did you mean" for the first unknown ids only, against ids listed once (issue 22: each
    // search reads every id, so thousands of unknown ids cost thousands of searches).
    let ids = questionnaire.questions.map(\.id)
    for pair in header.answers {
      guard let id = pair.key.scalar?.text else { continue }
      guard questions[id] != nil else {
        let suggestion = reader.suggestion { closestMatch(to: id, in: ids) }
        reader.error(
          .answerToUnknownQuestion(
            id, questionnaire: questionnaire.id, version: questionnaire.version,
            suggestion: suggestion),
          at: pair.key.reportMark, suggestion: suggestion)
        continue
      }
      raw[id] = (pair.value, pair.key.reportMark)
    }
    // Answers are read in file order, so visibility is known from the answers before each one.
    var answers: [String: Answer] = [:]
    var values: [String: AnswerValue] = [:]  // what conditions see: visible answers' values
    var missingRequired: [String] = []
    for question in questionnaire.questions {
      let visible = question.condition?.evaluate { values[$0] } ?? true
      guard let (node, _) = raw[question.id] else {
        if visible, question.required { missingRequired.append(question.id) }
        continue
      }
      if visible {
        if let answer = readAnswer(node, question, questionnaire, &reader) {
          answers[question.id] = answer
          values[question.id] = answer.value
        }
      } else {
        var quiet = NodeReader()
        if let answer = readAnswer(node, question, questionnaire, &quiet),
          !quiet.diagnostics.hasErrors
        {
          answers[question.id] = answer
        }
      }
    }
    if let language = response.language, !questionnaire.languages.contains(language) {
      reader.error(
        .languageNotInQuestionnaire(
          language, questionnaire: questionnaire.id, languages: questionnaire.languages),
        at: header.languageMark ?? header.statusMark)
    }
    if response.status == .complete, !missingRequired.isEmpty {
      reader.error(.completeWithoutRequired(missingRequired), at: header.statusMark)
    }
    if let position = response.position {
      positionProblems(position, header, questionnaire, ids, &reader)
    }
    response.answers = answers
    let diagnostics = reader.diagnostics.sortedByPosition()
    return Result(response: diagnostics.hasErrors ? nil : response, diagnostics: diagnostics)
  }

  /// What is wrong with `position` (issue 26): a position that names no question of the
  /// questionnaire is refused as an answer to an unknown question is (a typo would otherwise
  /// resume the team elsewhere without a word), and a complete response never carries one.
  private static func positionProblems(
    _ position: String, _ header: ResponseHeader, _ questionnaire: Questionnaire,
    _ ids: [String], _ reader: inout NodeReader
  ) {
    let mark = header.positionMark ?? header.statusMark
    if !ids.contains(position) {
      let suggestion = reader.suggestion { closestMatch(to: position, in: ids) }
      reader.error(
        .positionNotAQuestion(
          position, questionnaire: questionnaire.id, version: questionnaire.version,
          suggestion: suggestion),
        at: mark, suggestion: suggestion)
    }
    if header.response.status == .complete {
      reader.error(.positionInComplete, at: header.positionKeyMark ?? mark)
    }
  }

  // MARK: Header

  private static func readHeader(_ root: YAMLNode, _ reader: inout NodeReader) -> ResponseHeader? {
    guard let fields = reader.fields(of: root, as: ResponseSchema.response) else { return nil }
    var texts = [String?](repeating: nil, count: ResponseRules.response.count)
    var reference: QuestionnaireReference?
    var answers: [YAMLNode.Pair] = []
    for (index, key) in ResponseRules.response.enumerated() {
      guard let node = value(of: key, in: fields) else { continue }
      switch key.value {
      case .scalar(let rule):
        texts[index] = NodeSource.read(node, &reader) { ResponseRules.scalar(rule, of: key, &$0) }
      case .reference:
        guard let ref = reader.fields(of: node, as: ResponseSchema.reference) else { continue }
        reference = ResponseRules.reference(scalars(ResponseRules.reference, ref, &reader))
      case .answers:
        // `answers: null` is a response with no answers yet.
        if node.scalar?.isNull == true { continue }
        if let pairs = node.mapping {
          answers = pairs
        } else {
          reader.error(.answersNotAMapping(found: node), at: node.reportMark)
        }
      case .answerValue:
        continue
      }
    }
    guard let response = ResponseRules.header(reference: reference, texts) else { return nil }
    return ResponseHeader(
      response: response, answers: answers,
      questionnaireMark: fields.keyMark(ResponseRules.questionnaireKey.description),
      statusMark: fields[ResponseRules.statusKey.description]?.reportMark ?? root.reportMark,
      languageMark: fields[ResponseRules.languageKey.description]?.reportMark,
      positionMark: fields.present(ResponseRules.positionKey.description)?.reportMark,
      positionKeyMark: fields.present(ResponseRules.positionKey.description).map { _ in
        fields.keyMark(ResponseRules.positionKey.description)
      })
  }

  /// The value of `key` in `fields`: a required key's even when null (the rules refuse it), an
  /// optional key's unless null.
  private static func value(of key: ResponseRules.Key, in fields: NodeReader.Fields) -> YAMLNode? {
    key.required ? fields[key.name] : fields.present(key.name)
  }

  /// The scalar values of `keys` in `fields`, in the table's order (nil: absent or refused).
  private static func scalars(
    _ keys: [ResponseRules.Key], _ fields: NodeReader.Fields, _ reader: inout NodeReader,
    skipping skipped: StaticString? = nil
  ) -> [String?] {
    var texts = [String?](repeating: nil, count: keys.count)
    for (index, key) in keys.enumerated() {
      guard case .scalar(let rule) = key.value, skipped.map({ !key.is($0) }) ?? true,
        let node = value(of: key, in: fields)
      else { continue }
      texts[index] = NodeSource.read(node, &reader) { ResponseRules.scalar(rule, of: key, &$0) }
    }
    return texts
  }

  // MARK: Answers

  private static func readAnswer(
    _ node: YAMLNode, _ question: Question, _ questionnaire: Questionnaire,
    _ reader: inout NodeReader
  ) -> Answer? {
    guard let fields = reader.fields(of: node, as: ResponseSchema.answer) else { return nil }
    let errorsBefore = reader.diagnostics.count
    let valueNode = fields.present(ResponseRules.valueKey.description)
    let hasState = fields.present(ResponseRules.stateKey.description) != nil
    // With both, only that is reported: neither is read.
    let texts = scalars(
      ResponseRules.answer, fields, &reader,
      skipping: valueNode != nil ? ResponseRules.stateKey : nil)
    var answer = ResponseRules.answer(texts)
    if let valueNode, !hasState {
      answer.value = NodeSource.read(valueNode, &reader) {
        AnswerRule(question.kind).read(&$0, question: question.id)
      }
    }
    let problems = ResponseRules.answerProblems(
      hasValue: valueNode != nil, hasState: hasState, state: answer.state,
      justification: .init(answer.justification),
      allowNotApplicable: question.allowNotApplicable,
      allowUnknown: question.allowUnknown, clean: reader.diagnostics.count == errorsBefore)
    let stateMark =
      fields.present(ResponseRules.stateKey.description)?.reportMark ?? node.reportMark
    for problem in problems {
      switch problem {
      case .valueAndState:
        reader.error(.valueAndState, at: fields.keyMark(ResponseRules.stateKey.description))
      case .neitherValueNorState:
        reader.error(.neitherValueNorState(question.id), at: node.reportMark)
      case .notApplicableNotAllowed:
        reader.error(.notApplicableNotAllowed(question.id), at: stateMark)
      case .notApplicableWithoutJustification:
        reader.error(.notApplicableWithoutJustification, at: stateMark)
      case .unknownNotAllowed:
        reader.error(.unknownNotAllowed(question.id), at: stateMark)
      case .justificationWithoutNotApplicable:
        reader.error(
          .justificationWithoutNotApplicable,
          at: fields.keyMark(ResponseRules.justificationKey.description))
      }
    }
    return reader.diagnostics.count == errorsBefore ? answer : nil
  }
}
