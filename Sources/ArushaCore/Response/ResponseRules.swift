/// The rules of the response format (response-format.md), stated once: which keys each object
/// has, which are required, what each value must be, and how an answer's keys combine.
///
/// Both readers consult them: ``ResponseDecoder`` (every command that reads one response, and
/// whatever compare's fast path does not take) and ``ResponseSummarizer`` (compare's fast
/// path); ``ResponseSchema`` is made from the same tables. A new key is a row of a table here
/// (and, for the top level, a line of ``header(reference:_:)``, where keys meet the model); a
/// new question type is a case of ``AnswerRule``. The readers differ only in how they take
/// values from their input (``ResponseSource``) and in what they report.
public enum ResponseRules {
  /// What a key's value must be.
  public enum Value: Sendable, Hashable {
    /// A scalar, as ``Scalar`` says.
    case scalar(Scalar)
    /// The questionnaire reference, an object of ``ResponseRules/reference``'s keys.
    case reference
    /// A mapping from question id to an object of ``ResponseRules/answer``'s keys.
    case answers
    /// What the question's type accepts (``AnswerRule``).
    case answerValue

    /// The value's type in ``FormatSchema`` terms.
    var schemaType: FormatSchema.ValueType {
      switch self {
      case .scalar(.format): return .constant(Response.format)
      case .scalar(.oneOf(let words)): return .oneOf(words.list)
      case .scalar(.slug): return .slug
      case .scalar: return .string
      case .reference: return .object("reference")
      case .answers: return .map(.object("answer"))
      case .answerValue: return .string
      }
    }
  }

  /// What a scalar value must be.
  public enum Scalar: Sendable, Hashable {
    /// The format tag, ``Response/format``.
    case format
    /// A string that is not blank, of at most ``ResponseLimits/identityLength`` characters.
    case identity
    /// A language code (``LanguageCode``).
    case language
    /// One of these words.
    case oneOf(Words)
    /// An ISO 8601 time in UTC (``Timestamp``).
    case timestamp
    /// An id (``Slug``).
    case slug
    /// A string that is not blank.
    case nonEmpty
    /// 64 lowercase hexadecimal digits.
    case sha256
    /// A string of at most ``ResponseLimits/textLength`` characters.
    case longText
  }

  /// A list of words a value may be one of.
  public enum Words: Sendable, Hashable {
    /// A response's status (``Response/Status``).
    case status
    /// An answer's state instead of a value (``Answer/State``).
    case answerState

    /// The words.
    public var list: [String] {
      switch self {
      case .status: return ResponseRules.statusWords
      case .answerState: return ResponseRules.answerStateWords
      }
    }
  }

  static let statusWords = Response.Status.allCases.map(\.rawValue)
  static let answerStateWords = answerStates.map(\.rawValue)

  /// One key of an object: plain data, so that the fast path copies it for nothing.
  public struct Key: Sendable {
    /// The key as written.
    let spelling: StaticString
    /// What its value must be.
    public let value: Value
    /// Whether it must be present; a required key's value may not be null, an optional key's
    /// null is the same as its absence (`answers: null` too is no answers yet).
    public let required: Bool
    /// The value's name in messages.
    let whatSpelling: StaticString

    init(
      _ spelling: StaticString, _ value: Value, required: Bool = false,
      what: StaticString? = nil
    ) {
      self.spelling = spelling
      self.value = value
      self.required = required
      self.whatSpelling = what ?? spelling
    }

    /// The key as written.
    public var name: String { spelling.description }
    /// The value's name in messages ("questionnaire id").
    public var what: String { whatSpelling.description }

    /// Whether the key is spelled `other`.
    func `is`(_ other: StaticString) -> Bool {
      spelling.withUTF8Buffer { mine in other.withUTF8Buffer { mine.elementsEqual($0) } }
    }
  }

  /// The top level of a response file, in the order arusha writes it.
  public static let response: [Key] = [
    Key(formatSpelling, .scalar(.format), required: true),
    Key(questionnaireKey, .reference, required: true),
    Key("administration", .scalar(.identity), required: true),
    Key("round", .scalar(.identity), required: true),
    Key("role", .scalar(.identity)),
    Key("respondent", .scalar(.identity)),
    Key(languageKey, .scalar(.language)),
    Key(statusKey, .scalar(.oneOf(.status)), required: true),
    Key("started", .scalar(.timestamp), what: "'started'"),
    Key("updated", .scalar(.timestamp), what: "'updated'"),
    Key("completed", .scalar(.timestamp), what: "'completed'"),
    Key(positionKey, .scalar(.nonEmpty), what: "'position'"),
    Key("answers", .answers, required: true),
  ]

  /// The `questionnaire` reference.
  public static let reference: [Key] = [
    Key("id", .scalar(.slug), required: true, what: "questionnaire id"),
    Key("version", .scalar(.nonEmpty), required: true, what: "questionnaire version"),
    Key("sha256", .scalar(.sha256), required: true),
  ]

  /// One answer.
  public static let answer: [Key] = [
    Key(valueKey, .answerValue),
    Key(stateKey, .scalar(.oneOf(.answerState)), what: "answer state"),
    Key(commentKey, .scalar(.longText)),
    Key(evidenceKey, .scalar(.longText)),
    Key(justificationKey, .scalar(.longText)),
  ]

  /// The key of the format tag, by which a file says it is a response.
  public static let formatKey = formatSpelling.description
  static let formatSpelling: StaticString = "format"

  /// The top-level keys whose places the decoder's messages point at.
  static let questionnaireKey: StaticString = "questionnaire"
  static let languageKey: StaticString = "language"
  static let statusKey: StaticString = "status"
  /// Where an in-progress session was left (issue 26): a question id of the questionnaire,
  /// never in a complete response.
  static let positionKey: StaticString = "position"

  /// The answer's keys that its rules name: the value, the state instead of it, and the
  /// texts beside them.
  static let valueKey: StaticString = "value"
  static let stateKey: StaticString = "state"
  static let commentKey: StaticString = "comment"
  static let evidenceKey: StaticString = "evidence"
  static let justificationKey: StaticString = "justification"

  /// The states an answer may have instead of a value.
  static let answerStates: [Answer.State] = [.notApplicable, .unknown]

  /// The position of `name` in `keys`.
  ///
  /// - Parameters:
  ///   - name: A key.
  ///   - keys: A table.
  /// - Returns: Its position, or nil when the table lacks it.
  static func position(of name: StaticString, in keys: [Key]) -> Int? {
    keys.firstIndex { $0.is(name) }
  }

  /// Where the answer's keys that its rules name are in ``answer``, found once.
  struct AnswerPositions: Sendable {
    let value = position(of: valueKey, in: answer)
    let state = position(of: stateKey, in: answer)
    let comment = position(of: commentKey, in: answer)
    let evidence = position(of: evidenceKey, in: answer)
    let justification = position(of: justificationKey, in: answer)

    /// The positions.
    static let shared = AnswerPositions()
  }

  /// Where the top level's keys are in ``response``, found once.
  struct HeaderPositions: Sendable {
    let administration = position(of: "administration", in: response)
    let round = position(of: "round", in: response)
    let role = position(of: "role", in: response)
    let respondent = position(of: "respondent", in: response)
    let language = position(of: languageKey, in: response)
    let status = position(of: statusKey, in: response)
    let started = position(of: "started", in: response)
    let updated = position(of: "updated", in: response)
    let completed = position(of: "completed", in: response)
    let questionPosition = position(of: positionKey, in: response)

    /// The positions.
    static let shared = HeaderPositions()
  }

  // MARK: Values

  /// Reads the source's current value as the scalar value `rule` of `key`.
  ///
  /// - Parameters:
  ///   - rule: What the value must be.
  ///   - key: The key, for messages.
  ///   - source: Where the value is.
  /// - Returns: Its text, or nil when refused.
  static func scalar<Source: ResponseSource>(_ rule: Scalar, of key: Key, _ source: inout Source)
    -> String?
  {
    switch rule {
    case .format:
      guard let text = source.string(key.what) else { return nil }
      guard text == Response.format else {
        source.refuse(.unsupportedFormat(text, expected: Response.format))
        return nil
      }
      return text
    case .identity:
      guard let text = source.string(key.what) else { return nil }
      if let problem = ResponseLimits.identityProblem(text, key.what) {
        source.refuse(problem)
        return nil
      }
      return text
    case .language:
      guard let code = source.string(key.what) else { return nil }
      guard LanguageCode.isValid(code) else {
        source.refuse(.invalidResponseLanguage(code))
        return nil
      }
      return code
    case .oneOf(let choices):
      guard let text = source.string(key.what) else { return nil }
      let words = choices.list
      guard words.contains(text) else {
        let match = source.suggest { closestMatch(to: text, in: words) }
        source.refuse(
          .notOneOf(key.what, text, choices: words, suggestion: match), suggestion: match)
        return nil
      }
      return text
    case .timestamp:
      guard let text = source.string(key.what) else { return nil }
      guard Timestamp.isValid(text) else {
        source.refuse(.invalidTime(key.name, text))
        return nil
      }
      return text
    case .slug:
      guard let text = source.string(key.what) else { return nil }
      guard Slug.isValid(text) else {
        let fixed = source.suggest { Slug.suggestion(for: text) }
        source.refuse(.invalidSlug(text, key.what, suggestion: fixed), suggestion: fixed)
        return nil
      }
      return text
    case .nonEmpty:
      guard let text = source.string(key.what) else { return nil }
      guard !text.allSatisfy(\.isWhitespace) else {
        source.refuse(.empty(key.what))
        return nil
      }
      return text
    case .sha256:
      guard let text = source.string(key.what) else { return nil }
      var digits = text
      let isHex = digits.withUTF8 { bytes in
        bytes.count == 64
          && bytes.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
      }
      guard isHex else {
        source.refuse(.invalidSHA256(text))
        return nil
      }
      return text
    case .longText:
      return longText(&source, key.what)
    }
  }

  /// Reads the source's current value as a long text (a `text` answer, `comment`, `evidence`,
  /// `justification`): a string within ``ResponseLimits/textLength``.
  ///
  /// - Parameters:
  ///   - source: Where the value is.
  ///   - what: The value's name, as messages say it.
  /// - Returns: The text, or nil when refused.
  static func longText<Source: ResponseSource>(
    _ source: inout Source, _ what: @autoclosure () -> String
  ) -> String? {
    guard let text = source.string(what()) else { return nil }
    if ResponseLimits.length(of: text, over: ResponseLimits.textLength) != nil,
      let problem = ResponseLimits.textProblem(text, what())
    {
      source.refuse(problem)
      return nil
    }
    return text
  }

  /// Whether the source's current value is a long text, for a reader that does not keep it
  /// (compare's fast path and a comment): the rule of ``longText(_:_:)``, without making the
  /// string.
  ///
  /// - Parameters:
  ///   - source: Where the value is.
  ///   - what: The value's name, as messages say it.
  /// - Returns: Whether it is one.
  static func isLongText<Source: ResponseSource>(
    _ source: inout Source, _ what: @autoclosure () -> String
  ) -> Bool {
    guard let length = source.textLength(what()) else { return false }
    guard length <= ResponseLimits.textLength else {
      source.refuse(.tooLong(what(), length: length, limit: ResponseLimits.textLength))
      return false
    }
    return true
  }

  // MARK: The header

  /// The response that the top-level values make (without its answers), where keys meet the
  /// model: nil while a required value is missing.
  ///
  /// - Parameters:
  ///   - reference: The questionnaire reference read.
  ///   - texts: The text read for each key of ``response``, in its order (nil: absent, null or
  ///     refused).
  /// - Returns: The response, or nil.
  static func header(reference: QuestionnaireReference?, _ texts: [String?]) -> Response? {
    let at = HeaderPositions.shared
    func text(_ position: Int?) -> String? { ResponseRules.text(at: position, texts) }
    guard let reference, let administration = text(at.administration),
      let round = text(at.round), let status = text(at.status).flatMap(Response.Status.init)
    else { return nil }
    return Response(
      questionnaire: reference, administration: administration, round: round,
      role: text(at.role), respondent: text(at.respondent), language: text(at.language),
      status: status, started: text(at.started), updated: text(at.updated),
      completed: text(at.completed), position: text(at.questionPosition))
  }

  /// The questionnaire reference that the reference's values make, where its keys meet the
  /// model: nil while a value is missing.
  ///
  /// - Parameter texts: The text read for each key of ``reference``, in its order.
  /// - Returns: The reference, or nil.
  static func reference(_ texts: [String?]) -> QuestionnaireReference? {
    func text(_ name: StaticString) -> String? {
      ResponseRules.text(at: position(of: name, in: reference), texts)
    }
    guard let id = text("id"), let version = text("version"), let sha256 = text("sha256") else {
      return nil
    }
    return QuestionnaireReference(id: id, version: version, sha256: sha256)
  }

  /// The answer that an answer's scalar values make (without its `value`, which its
  /// question's ``AnswerRule`` reads), where its keys meet the model.
  ///
  /// - Parameter texts: The text read for each key of ``answer``, in its order.
  /// - Returns: The answer.
  static func answer(_ texts: [String?]) -> Answer {
    let at = AnswerPositions.shared
    return Answer(
      state: text(at: at.state, texts).flatMap(Answer.State.init(rawValue:)),
      comment: text(at: at.comment, texts), evidence: text(at: at.evidence, texts),
      justification: text(at: at.justification, texts))
  }

  /// The text at `position` of `texts`, if any.
  static func text(at position: Int?, _ texts: [String?]) -> String? {
    position.flatMap { texts.indices.contains($0) ? texts[$0] : nil }
  }

  // MARK: An answer's keys together

  /// What is wrong with how an answer's keys go together.
  enum AnswerProblem: Sendable, Hashable {
    /// Both `value` and `state` (at `state`).
    case valueAndState
    /// Neither `value` nor `state` (at the answer).
    case neitherValueNorState
    /// `state: na` where the question does not allow it (at the state).
    case notApplicableNotAllowed
    /// `state: na` without a justification that is not blank (at the state).
    case notApplicableWithoutJustification
    /// `state: unknown` where the question does not allow it (at the state).
    case unknownNotAllowed
    /// A justification without `state: na` (at `justification`).
    case justificationWithoutNotApplicable
  }

  /// What an answer's justification is, as its rules need it (plain data, so that the fast
  /// path keeps no string for it).
  enum Justification: Sendable, Hashable {
    /// None (absent, null, or refused).
    case absent
    /// Only whitespace.
    case blank
    /// A justification.
    case given

    /// What `text`, the justification read, is.
    init(_ text: String?) {
      guard let text else {
        self = .absent
        return
      }
      self = text.allSatisfy(\.isWhitespace) ? .blank : .given
    }
  }

  /// How an answer's keys go together (response-format.md: `value` or `state`, never both;
  /// `justification` with `state: na` only, and required there; the question's permissions).
  ///
  /// - Parameters:
  ///   - hasValue: Whether the answer has a `value` that is not null (fitting or not).
  ///   - hasState: Whether it has a `state` that is not null (valid or not).
  ///   - state: The state read, when valid.
  ///   - justification: The justification read (valid or absent).
  ///   - allowNotApplicable: Whether the question allows `na`.
  ///   - allowUnknown: Whether it allows `unknown`.
  ///   - clean: Whether the answer has no other problem (its values and texts all read): a
  ///     justification out of place is reported only then, never as the second finding of one
  ///     mistake.
  /// - Returns: The problems, in the order the decoder reports them.
  static func answerProblems(
    hasValue: Bool, hasState: Bool, state: Answer.State?, justification: Justification,
    allowNotApplicable: Bool, allowUnknown: Bool, clean: Bool
  ) -> [AnswerProblem] {
    var problems: [AnswerProblem] = []
    switch (hasValue, hasState) {
    case (true, true): problems.append(.valueAndState)
    case (false, false): problems.append(.neitherValueNorState)
    case (true, false): break
    case (false, true):
      switch state {
      case .notApplicable?:
        if !allowNotApplicable { problems.append(.notApplicableNotAllowed) }
        if justification != .given {
          problems.append(.notApplicableWithoutJustification)
        }
      case .unknown?:
        if !allowUnknown { problems.append(.unknownNotAllowed) }
      case nil:
        break
      }
    }
    if clean, problems.isEmpty, justification != .absent, state != .notApplicable {
      problems.append(.justificationWithoutNotApplicable)
    }
    return problems
  }
}
