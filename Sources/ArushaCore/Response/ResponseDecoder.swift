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
    response.answers = answers
    let diagnostics = reader.diagnostics.sortedByPosition()
    return Result(response: diagnostics.hasErrors ? nil : response, diagnostics: diagnostics)
  }

  // MARK: Header

  private static func readHeader(_ root: YAMLNode, _ reader: inout NodeReader) -> ResponseHeader? {
    guard let fields = reader.fields(of: root, as: ResponseSchema.response) else { return nil }
    if let node = fields["format"], let format = reader.string(node, "format"),
      format != Response.format
    {
      reader.error(.unsupportedFormat(format, expected: Response.format), at: node.reportMark)
    }
    var reference: QuestionnaireReference?
    if let node = fields["questionnaire"],
      let ref = reader.fields(of: node, as: ResponseSchema.reference)
    {
      let id = ref["id"].flatMap { reader.slug($0, "questionnaire id") }
      let version = ref["version"].flatMap { reader.nonEmptyString($0, "questionnaire version") }
      var sha: String?
      if let node = ref["sha256"], let text = reader.string(node, "sha256") {
        if text.count == 64,
          text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) })
        {
          sha = text
        } else {
          reader.error(.invalidSHA256(text), at: node.reportMark)
        }
      }
      if let id, let version, let sha {
        reference = QuestionnaireReference(id: id, version: version, sha256: sha)
      }
    }
    let administration = fields["administration"].flatMap {
      reader.identity($0, "administration")
    }
    let round = fields["round"].flatMap { reader.identity($0, "round") }
    let role = fields.present("role").flatMap { reader.identity($0, "role") }
    let respondent = fields.present("respondent").flatMap { reader.identity($0, "respondent") }
    var language: String?
    if let node = fields.present("language"), let code = reader.string(node, "language") {
      if LanguageCode.isValid(code) {
        language = code
      } else {
        reader.error(.invalidResponseLanguage(code), at: node.reportMark)
      }
    }
    let status = fields["status"].flatMap {
      reader.oneOf($0, Response.Status.allCases.map(\.rawValue), "status")
    }
    var times: [String: String] = [:]
    for key in ["started", "updated", "completed"] {
      guard let node = fields.present(key), let text = reader.string(node, "'\(key)'") else {
        continue
      }
      if Timestamp.isValid(text) {
        times[key] = text
      } else {
        reader.error(.invalidTime(key, text), at: node.reportMark)
      }
    }
    var answers: [YAMLNode.Pair] = []
    if let node = fields.present("answers") {
      if let pairs = node.mapping {
        answers = pairs
      } else {
        reader.error(.answersNotAMapping(found: node), at: node.reportMark)
      }
    }
    guard let reference, let administration, let round, let status,
      let statusValue = Response.Status(rawValue: status)
    else { return nil }
    let response = Response(
      questionnaire: reference, administration: administration, round: round, role: role,
      respondent: respondent, language: language, status: statusValue, started: times["started"],
      updated: times["updated"], completed: times["completed"])
    return ResponseHeader(
      response: response, answers: answers, questionnaireMark: fields.keyMark("questionnaire"),
      statusMark: fields["status"]?.reportMark ?? root.reportMark,
      languageMark: fields["language"]?.reportMark)
  }

  // MARK: Answers

  private static func readAnswer(
    _ node: YAMLNode, _ question: Question, _ questionnaire: Questionnaire,
    _ reader: inout NodeReader
  ) -> Answer? {
    guard let fields = reader.fields(of: node, as: ResponseSchema.answer) else { return nil }
    var answer = Answer()
    let errorsBefore = reader.diagnostics.count
    answer.comment = fields.present("comment").flatMap { reader.longText($0, "comment") }
    answer.evidence = fields.present("evidence").flatMap { reader.longText($0, "evidence") }
    answer.justification = fields.present("justification").flatMap {
      reader.longText($0, "justification")
    }
    let valueNode = fields.present("value")
    let stateNode = fields.present("state")
    switch (valueNode, stateNode) {
    case (_?, _?):
      reader.error(.valueAndState, at: fields.keyMark("state"))
    case (nil, nil):
      reader.error(.neitherValueNorState(question.id), at: node.reportMark)
    case (let valueNode?, nil):
      answer.value = value(valueNode, question, &reader)
    case (nil, let stateNode?):
      if let state = reader.oneOf(stateNode, ["na", "unknown"], "answer state") {
        if state == "na" {
          answer.state = .notApplicable
          if !question.allowNotApplicable {
            reader.error(.notApplicableNotAllowed(question.id), at: stateNode.reportMark)
          }
          if (answer.justification ?? "").allSatisfy(\.isWhitespace) {
            reader.error(.notApplicableWithoutJustification, at: stateNode.reportMark)
          }
        } else {
          answer.state = .unknown
          if !question.allowUnknown {
            reader.error(.unknownNotAllowed(question.id), at: stateNode.reportMark)
          }
        }
      }
    }
    if answer.justification != nil, answer.state != .notApplicable,
      reader.diagnostics.count == errorsBefore
    {
      reader.error(.justificationWithoutNotApplicable, at: fields.keyMark("justification"))
    }
    return reader.diagnostics.count == errorsBefore ? answer : nil
  }

  private static func value(_ node: YAMLNode, _ question: Question, _ reader: inout NodeReader)
    -> AnswerValue?
  {
    let id = question.id
    func optionValue(_ options: [AnswerOption]) -> Double? {
      guard let number = reader.number(node, "the answer to '\(id)'") else { return nil }
      guard options.contains(where: { $0.value == number }) else {
        reader.error(
          .notAnOption(number, of: id, values: options.map(\.value)), at: node.reportMark)
        return nil
      }
      return number
    }
    switch question.kind {
    case .scale(_, let options), .choice(let options):
      return optionValue(options).map(AnswerValue.number)
    case .yesno:
      guard let number = reader.number(node, "the answer to '\(id)'") else { return nil }
      guard number == 0 || number == 1 else {
        reader.error(.invalidYesNo(id, number), at: node.reportMark)
        return nil
      }
      return .number(number)
    case .multi(let options):
      guard let items = reader.list(node, "the answer to '\(id)'") else { return nil }
      var selected: [Double] = []
      for item in items {
        guard let number = reader.number(item, "a selected option of '\(id)'") else { continue }
        if !options.contains(where: { $0.value == number }) {
          reader.error(
            .notAnOption(number, of: id, values: options.map(\.value)), at: item.reportMark)
        } else if selected.contains(number) {
          reader.error(.optionSelectedTwice(number), at: item.reportMark)
        } else {
          selected.append(number)
        }
      }
      return selected.count == items.count ? .selection(selected) : nil
    case .number(let low, let high):
      guard let number = reader.number(node, "the answer to '\(id)'") else { return nil }
      if let low, number < low {
        reader.error(.belowMinimum(number, minimum: low, of: id), at: node.reportMark)
      }
      if let high, number > high {
        reader.error(.aboveMaximum(number, maximum: high, of: id), at: node.reportMark)
      }
      return (low.map { number >= $0 } ?? true) && (high.map { number <= $0 } ?? true)
        ? .number(number) : nil
    case .text:
      return reader.longText(node, "the answer to '\(id)'").map(AnswerValue.text)
    }
  }
}

extension NodeReader {
  /// An identity field: a string that is not blank, within ``ResponseLimits/identityLength``.
  fileprivate mutating func identity(_ node: YAMLNode, _ what: String) -> String? {
    guard let text = string(node, what) else { return nil }
    if let problem = ResponseLimits.identityProblem(text, what) {
      error(problem, at: node.reportMark)
      return nil
    }
    return text
  }

  /// A long text field: a string within ``ResponseLimits/textLength``.
  fileprivate mutating func longText(_ node: YAMLNode, _ what: String) -> String? {
    guard let text = string(node, what) else { return nil }
    if let problem = ResponseLimits.textProblem(text, what) {
      error(problem, at: node.reportMark)
      return nil
    }
    return text
  }
}
