public import ArushaCore
import ArushaText

/// The interactive assessment as pure state: keys or lines in, a new state and a screen out.
///
/// The runner draws ``screen(width:style:)`` (full screen) or ``lineText()`` (line mode) and
/// saves ``response`` whenever ``handle(_:)`` or ``handle(line:)`` reports a confirmed change.
public struct AssessmentSession: Sendable {
  /// Where the session is.
  public enum Place: Sendable, Hashable {
    /// On a question, by id.
    case question(String)
    /// The review screen.
    case review
    /// Left with `q`, Ctrl-C or the end of input; the response stays in progress.
    case quit
    /// Completed: `status: complete` is set.
    case completed
  }

  /// What a text field is for.
  enum FieldPurpose: Sendable, Hashable {
    case answer
    case justification
    case comment
    case evidence
  }

  /// A line being typed.
  struct Field: Sendable, Hashable {
    var purpose: FieldPurpose
    var text: [Character] = []
    var cursor = 0
    /// Whether to move on to the next question once the field is done.
    var advanceAfter = false
    /// Whether the first character typed replaces the whole text (a stored number shown in its
    /// field); any editing key turns it off.
    var replacedByTyping = false

    init(_ purpose: FieldPurpose, text: String = "", advanceAfter: Bool = false) {
      self.purpose = purpose
      self.text = Array(text)
      self.cursor = self.text.count
      self.advanceAfter = advanceAfter
    }

    var string: String { String(text) }

    /// Inserts `characters` at the insertion point, then joins what belongs together: keys
    /// arrive one scalar at a time, so a combining mark or the parts of an emoji sequence are
    /// merged with the character before them, and ← → move by whole characters.
    mutating func insert(_ characters: [Character]) {
      let before = String(text[..<cursor]) + String(characters)
      let after = String(text[cursor...])
      let joined = Array(before + after)
      cursor = min(Array(before).count, joined.count)
      text = joined
    }
  }

  /// What a handled event changed.
  public struct Update: Sendable, Hashable {
    /// The response changed by a confirmed answer (or completion): save it now.
    public var save = false
  }

  /// The questionnaire administered.
  public let questionnaire: Questionnaire
  /// The response so far.
  public private(set) var response: Response
  /// The session's language.
  public let language: String
  /// Where the session is.
  public private(set) var place: Place
  /// The words of the session.
  let text: SessionText
  /// The current time as ISO 8601, injected so tests are repeatable.
  let now: @Sendable () -> String

  var field: Field?
  var highlight = 0
  /// Whether the highlight is a choice of the team's.
  ///
  /// True on the stored answer's option, or once the team moved it on this question (↑ ↓ Home
  /// End, or ← → on a definition's page). Enter on an unanswered question answers only then:
  /// where the list starts is not a choice (issue 26).
  var highlightChosen = false
  var selection: [Double] = []
  var typedNumber = ""
  var showHelp = false
  var notice: String?
  /// The last hint shown: while ``notice`` is this text, it is a hint rather than a refusal.
  ///
  /// After Enter answered nothing (nothing chosen, nothing ticked) the message says which
  /// keys answer, and the next key both dismisses it and acts (issue 26: « tapez 0 » needed
  /// 0 twice); every other message outside a field stays modal (cli.md).
  var hint: String?
  /// The question the review was last opened from: `b` on the review goes back to it.
  var reviewOpenedFrom: String?
  /// A comment given (line mode, `c TEXT`) before the current question has an answer: saved
  /// with the answer; dropped when the session leaves the question.
  var pendingComment: String?
  var visible: [Question] = []
  /// Whether the questionnaire's description stands before the question: on the first
  /// question of a new session, until it is left (full screen) or a line is read (line mode).
  var showsDescription = false
  /// Whether the highlighted level's full definition is open on a page of its own (`d`, issue 26).
  var showsDefinition = false
  /// The first line shown of a reading page's text (help, definition, description; issue 26).
  var pageScroll = 0
  /// The size of the last screen a key came with (``handle(_:width:height:)``): it tells whether
  /// the help or the description stands on a page of its own, where keys read rather than answer.
  var viewport: Viewport?
  /// The review's highlighted question, an index into ``visible`` (issue 26); nil while no
  /// row is highlighted, when Enter completes.
  var reviewRow: Int?
  /// Whether the question on screen was opened from the review (issue 26): an answer to it
  /// goes back to the review instead of on to the next question.
  var returnToReview = false

  /// Starts a session where it was left (issue 26): at the response's ``Response/position``
  /// (a question hidden by its condition now: the next visible question after it); without
  /// one, at the first unanswered visible question; on the review screen when the response
  /// is complete, or when every visible question has an answer and no position says otherwise.
  ///
  /// - Parameters:
  ///   - questionnaire: The questionnaire administered.
  ///   - response: The response so far.
  ///   - language: The session's language.
  ///   - isNew: Whether the response was just created: then the questionnaire's description
  ///     stands before the first question (cli.md); a resumed session goes straight to it.
  ///   - notice: A message for the first screen, such as that changing a signed response
  ///     voids its signature; like every message, it stays until the next key or line.
  ///   - now: The current time as ISO 8601.
  public init(
    questionnaire: Questionnaire, response: Response, language: String, isNew: Bool = false,
    notice: String? = nil, now: @escaping @Sendable () -> String
  ) {
    self.questionnaire = questionnaire
    self.response = response
    self.language = language
    self.text = SessionText(language)
    self.now = now
    self.place = .review
    refreshVisible()
    if response.status != .complete,
      let start = resumePosition()
        ?? visible.first(where: { response.answers[$0.id]?.isGiven != true })?.id
    {
      enter(start)
      showsDescription = isNew && questionnaire.description != nil
    }
    self.notice = notice
  }

  // MARK: Navigation

  /// The visible question that the response's position names, or the first visible one
  /// after it when its condition hides it now; nil without a position.
  func resumePosition() -> String? {
    guard let position = response.position,
      let number = questionnaire.number(of: position)
    else { return nil }
    return visible.first { (questionnaire.number(of: $0.id) ?? 0) >= number }?.id
  }

  mutating func refreshVisible() {
    let visibility = Visibility(questionnaire, answers: response.answers)
    visible = questionnaire.questions.filter { visibility.isVisible($0) }
  }

  /// The question the session is on.
  public var currentQuestion: Question? {
    guard case .question(let id) = place else { return nil }
    return questionnaire.questions.first { $0.id == id }
  }

  var currentIndex: Int? {
    guard case .question(let id) = place else { return nil }
    return visible.firstIndex { $0.id == id }
  }

  mutating func enter(_ id: String) {
    pendingComment = nil
    place = .question(id)
    returnToReview = false
    // Where the session stands reaches the file with the next save, at the latest when the
    // session ends (issue 26); a complete response keeps no position.
    if response.status == .inProgress { response.position = id }
    showHelp = false
    showsDescription = false
    showsDefinition = false
    pageScroll = 0
    typedNumber = ""
    field = nil
    guard let question = questionnaire.questions.first(where: { $0.id == id }) else { return }
    let answer = response.answers[id]
    selection = []
    highlight = 0
    highlightChosen = answer?.value != nil
    switch (question.kind, answer?.value) {
    case (.multi, .selection(let values)?):
      selection = values
    case (.yesno, .number(let value)?):
      highlight = value == 1 ? 0 : 1
    case (_, .number(let value)?):
      highlight = question.kind.options.firstIndex { $0.value == value } ?? 0
    default: break
    }
    field = answerField(question)
  }

  /// The answer field of a text or number question, holding its current answer (the field
  /// has the focus whenever such a question is on screen); nil for other questions.
  func answerField(_ question: Question) -> Field? {
    let answer = response.answers[question.id]
    switch (question.kind, answer?.value) {
    case (.text, .text(let value)?): return Field(.answer, text: value)
    case (.number, .number(let value)?):
      // The stored number is replaced by what is typed, not extended: "45" then "50" is 50,
      // not 4550 (issue 26); ← → Home End Backspace edit it instead.
      var field = Field(.answer, text: numberText(value))
      field.replacedByTyping = true
      return field
    case (.text, _), (.number, _): return Field(.answer)
    default: return nil
    }
  }

  mutating func goNext() {
    refreshVisible()
    guard let index = currentIndex else {
      if case .review = place { return }
      openReview()
      return
    }
    if index + 1 < visible.count { enter(visible[index + 1].id) } else { openReview() }
  }

  mutating func goBack() {
    refreshVisible()
    switch place {
    case .review:
      // Back to the question the review was opened from, where the team was (issue 26: `b`
      // went to the last question, 120/120, from anywhere); else the last one.
      if let from = reviewOpenedFrom, visible.contains(where: { $0.id == from }) {
        enter(from)
      } else if let last = visible.last {
        enter(last.id)
      }
    case .question:
      if let index = currentIndex, index > 0 {
        enter(visible[index - 1].id)
      } else {
        notice = text.firstQuestion
      }
    default: break
    }
  }

  mutating func openReview() {
    if case .question(let id) = place { reviewOpenedFrom = id }
    field = nil
    typedNumber = ""
    showHelp = false
    showsDescription = false
    showsDefinition = false
    pageScroll = 0
    reviewRow = nil
    place = .review
  }

  /// Goes on after an answer: back to the review when the question was opened from it, with
  /// its row highlighted (issue 26), else to the next question.
  mutating func goOn() {
    guard returnToReview, case .question(let id) = place else {
      goNext()
      return
    }
    openReview()
    refreshVisible()
    reviewRow = visible.firstIndex { $0.id == id }
  }

  /// Visible required questions without an answer.
  var missingRequired: [Question] {
    visible.filter { $0.required && response.answers[$0.id]?.isGiven != true }
  }

  // MARK: Answers

  /// Changes the current question's answer, unless the change would not read back.
  ///
  /// A text over ``ResponseLimits/textLength`` or a file over ``ResponseLimits/fileBytes``
  /// (response-format.md, "Lengths") changes nothing: `notice` says why, and the update is
  /// not saved.
  mutating func setAnswer(_ transform: (inout Answer) -> Void) -> Update {
    guard let question = currentQuestion else { return Update() }
    var answer = response.answers[question.id] ?? Answer()
    transform(&answer)
    if let pendingComment, answer.isGiven, answer.comment == nil { answer.comment = pendingComment }
    var texts = [answer.comment, answer.evidence, answer.justification]
    if case .text(let value)? = answer.value { texts.append(value) }
    if let count = texts.lazy.compactMap({ $0 })
      .compactMap({ ResponseLimits.length(of: $0, over: ResponseLimits.textLength) }).first
    {
      notice = text.tooLong(count, limit: ResponseLimits.textLength)
      return Update()
    }
    let before = response
    response.answers[question.id] = answer
    if let size = try? response.yamlBytes(order: questionnaire).count,
      size > ResponseLimits.fileBytes
    {
      response = before
      notice = text.responseTooLarge
      return Update()
    }
    response.updated = now()
    refreshVisible()
    // A change to a complete response can show a follow-up that has no answer yet: then it
    // is no longer complete (response-format.md), until the review screen completes it again.
    if response.status == .complete, !missingRequired.isEmpty {
      response.status = .inProgress
      response.completed = nil
      response.position = question.id
    }
    return Update(save: true)
  }

  /// Records a value and moves on (asking for evidence first where the question wants it).
  mutating func answer(_ value: AnswerValue) -> Update {
    guard let question = currentQuestion else { return Update() }
    let update = setAnswer { answer in
      answer.value = value
      answer.state = nil
      answer.justification = nil
    }
    guard update.save else { return update }
    notice = nil
    if question.asksForEvidence(after: value) {
      var prompt = Field(
        .evidence, text: response.answers[question.id]?.evidence ?? "", advanceAfter: true)
      // A reference shown again after a changed answer is replaced by what is typed, not
      // extended ("12" then "Note 45" saved "12Note 45"; issue 26); editing keys keep it.
      prompt.replacedByTyping = !prompt.text.isEmpty
      field = prompt
    } else {
      goOn()
    }
    return update
  }

  mutating func answerUnknown() -> Update {
    guard let question = currentQuestion else { return Update() }
    guard question.allowUnknown else {
      notice = text.unknownNotOffered
      return Update()
    }
    let update = setAnswer { answer in
      answer.value = nil
      answer.state = .unknown
      answer.justification = nil
    }
    guard update.save else { return update }
    notice = nil
    goOn()
    return update
  }

  mutating func startNotApplicable(inline justification: String? = nil) -> Update {
    guard let question = currentQuestion else { return Update() }
    guard question.allowNotApplicable else {
      notice = text.notApplicableNotOffered
      return Update()
    }
    if let justification, !justification.allSatisfy(\.isWhitespace) {
      return confirmNotApplicable(justification)
    }
    field = Field(.justification, text: response.answers[question.id]?.justification ?? "")
    return Update()
  }

  mutating func confirmNotApplicable(_ justification: String) -> Update {
    let trimmed = justification.trimmingSpaces()
    guard !trimmed.isEmpty else {
      notice = text.justificationRequired
      return Update()
    }
    let update = setAnswer { answer in
      answer.value = nil
      answer.state = .notApplicable
      answer.justification = trimmed
    }
    guard update.save else { return update }
    field = nil
    notice = nil
    goOn()
    return update
  }

  mutating func startComment(inline comment: String? = nil) -> Update {
    guard let question = currentQuestion else { return Update() }
    guard response.answers[question.id]?.isGiven == true else {
      // A comment typed whole in line mode before the answer is kept for it, not thrown away
      // (issue 26, a tester had to type it again); the full screen refuses before any typing.
      if let comment, !comment.trimmingSpaces().isEmpty {
        pendingComment = comment.trimmingSpaces()
        notice = text.commentKeptForTheAnswer
        return Update()
      }
      notice = text.answerFirst
      return Update()
    }
    if let comment {
      let trimmed = comment.trimmingSpaces()
      return setAnswer { $0.comment = trimmed.isEmpty ? nil : trimmed }
    }
    field = Field(.comment, text: response.answers[question.id]?.comment ?? "")
    return Update()
  }

  /// Confirms the open field.
  mutating func confirmField() -> Update {
    guard let current = field, let question = currentQuestion else { return Update() }
    let value = current.string.trimmingSpaces()
    switch current.purpose {
    case .justification:
      return confirmNotApplicable(value)
    case .comment:
      let update = setAnswer { $0.comment = value.isEmpty ? nil : value }
      guard update.save else { return update }
      field = answerField(question)
      // Evidence given before stays editable after `c`, even when the answer now claims
      // nothing and no evidence is asked for it (issue 26).
      let stored = response.answers[question.id]
      if question.asksForEvidence(after: stored?.value) || stored?.evidence != nil {
        field = Field(.evidence, text: response.answers[question.id]?.evidence ?? "")
      }
      return update
    case .evidence:
      let update = setAnswer { $0.evidence = value.isEmpty ? nil : value }
      guard update.save else { return update }
      field = answerField(question)
      if current.advanceAfter { goOn() }
      return update
    case .answer:
      if let (head, command) = trailingCommand(value, question) {
        // What was typed before the command is the answer, kept as Tab keeps typed text
        // (`2004:r`, `More training:c`); then the command acts (issue 26, a tester).
        let stored = answerField(question)?.string ?? ""
        var update = Update()
        if !head.isEmpty, head != stored {
          guard let typed = typedAnswer(head, question) else { return Update() }
          update = setAnswer { answer in
            answer.value = typed
            answer.state = nil
            answer.justification = nil
          }
          guard update.save else { return update }
        }
        // The command leaves the field: what it holds again is the answer, not `:h`.
        field = answerField(question)
        let after = perform(command)
        return Update(save: update.save || after.save)
      }
      if value.isEmpty {
        // An empty field moves on only over a question already answered (don't know, N/A):
        // an unanswered one is skipped with Tab or `:s`, never by a stray Enter (issue 26).
        if response.answers[question.id]?.isGiven == true {
          goOn()
        } else {
          notice = question.kind == .text ? text.typeAnAnswerOrSkip : text.typeANumberOrSkip
          field = Field(.answer)
        }
        return Update()
      }
      guard let typed = typedAnswer(value, question) else { return Update() }
      return answer(typed)
    }
  }

  /// The command that ends what the answer field holds, and the text before it; nil when it
  /// holds no command.
  ///
  /// A line starting with `:` is a command (`:r`, `:c A comment`). After text, a command is
  /// read where it cannot be part of an answer (issue 26: the key help offers `:r` in a field
  /// that holds an answer, and `7:r` or `More training:c` must not be saved as answers): in a
  /// number from its first colon, since no number holds one; in a text from its last colon, when
  /// one command word without argument follows it directly (`…:r`, not `Note: review`).
  func trailingCommand(_ value: String, _ question: Question) -> (String, FieldCommand)? {
    if let command = FieldCommand(value) { return ("", command) }
    let colon: String.Index?
    switch question.kind {
    case .number: colon = value.firstIndex(of: ":")
    default: colon = value.lastIndex(of: ":")
    }
    guard let colon else { return nil }
    let suffix = value[value.index(after: colon)...]
    if question.kind == .text, suffix.isEmpty || suffix.contains(where: \.isWhitespace) {
      return nil
    }
    guard let command = FieldCommand(String(value[colon...])) else { return nil }
    return (String(value[..<colon]).trimmingSpaces(), command)
  }

  /// What `value`, typed in the answer field, answers; nil when it answers nothing, with a
  /// message and the text left in the field to correct.
  ///
  /// A number must read as one number (``NumberReading``) within the question's bounds; the
  /// stored number, as the field shows it, stays what it was (French `42,125` reads as
  /// ambiguous when typed). A text is itself.
  mutating func typedAnswer(_ value: String, _ question: Question) -> AnswerValue? {
    guard case .number(let low, let high) = question.kind else { return .text(value) }
    if case .number(let stored)? = response.answers[question.id]?.value,
      value == numberText(stored)
    {
      return .number(stored)
    }
    guard case .number(let number) = NumberReading.read(value, language: language) else {
      // Unreadable, or two numbers at once (`1,5` in English): asked again, with an example.
      notice = text.notANumber(value)
      field = Field(.answer, text: value)
      return nil
    }
    guard low.map({ number >= $0 }) ?? true, high.map({ number <= $0 }) ?? true else {
      // The typed text stays, to correct, and the message names it (issue 26: a cleared
      // field and a message that only repeats the bounds left the team guessing).
      notice =
        text.outsideTheBounds(value) + " "
        + text.numberOutOfRange(low.map(numberText), high.map(numberText))
      field = Field(.answer, text: value)
      return nil
    }
    return .number(number)
  }

  /// Leaves the open field without changing anything (Esc).
  ///
  /// The field is as it was before it was opened (issue 26): the answer field of a text or
  /// number question holds the stored answer again; a comment, justification or evidence
  /// prompt closes, the answer unchanged.
  mutating func cancelField() {
    guard let current = field else { return }
    field = currentQuestion.flatMap(answerField)
    notice = nil
    if current.advanceAfter { goOn() }
  }

  mutating func complete() -> Update {
    refreshVisible()
    let missing = missingRequired
    guard missing.isEmpty else {
      notice = text.cannotComplete(missing.count)
      return Update()
    }
    // A response that is complete already keeps its times: finishing it again (Enter on the
    // review of a complete, perhaps signed, file) changes nothing, so it voids no signature
    // (issue 26, found by a tester: `completed` was rewritten at each reopening).
    if response.status == .complete {
      place = .completed
      return Update()
    }
    let time = now()
    response.status = .complete
    response.position = nil
    response.completed = time
    response.updated = time
    place = .completed
    return Update(save: true)
  }

  mutating func quit() {
    field = nil
    place = .quit
  }

  /// A number as the session's language writes it (``NumberReading/format(_:language:)``).
  func numberText(_ value: Double) -> String {
    NumberReading.format(value, language: language)
  }
}

/// A command typed into a text field or a line, such as `:b`, `:back`, `:s` or `:q`.
enum FieldCommand: Sendable, Hashable {
  case back, skip, quit, help, review
  case notApplicable(String?)
  case unknown
  case comment(String?)

  /// Reads `:command [text]`; nil when `text` is not a command.
  init?(_ text: String) {
    guard text.hasPrefix(":") else { return nil }
    self.init(word: String(text.dropFirst()))
  }

  /// Reads a command word with an optional argument (`c TEXT`, `a TEXT`).
  init?(word text: String) {
    let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
    guard let head = parts.first?.lowercased() else { return nil }
    let rest = parts.count > 1 ? String(parts[1]) : nil
    switch head {
    case "b", "back": self = .back
    case "s", "skip": self = .skip
    case "q", "quit": self = .quit
    case "h", "help", "?": self = .help
    case "r", "review": self = .review
    case "a", "na": self = .notApplicable(rest)
    case "u", "unknown": self = .unknown
    case "c", "comment": self = .comment(rest)
    default: return nil
    }
  }
}

extension AssessmentSession {
  mutating func perform(_ command: FieldCommand) -> Update {
    notice = nil
    switch command {
    case .back:
      goBack()
    case .skip:
      goNext()
    case .quit:
      quit()
    case .help:
      toggleHelp()
    case .review:
      openReview()
    case .notApplicable(let justification):
      return startNotApplicable(inline: justification)
    case .unknown:
      return answerUnknown()
    case .comment(let comment):
      return startComment(inline: comment)
    }
    return Update()
  }

  /// Shows or hides the question's help; on the review screen, the questionnaire's description.
  mutating func toggleHelp() {
    pageScroll = 0
    guard let question = currentQuestion else {
      guard case .review = place else { return }
      if questionnaire.description == nil {
        notice = text.noDescription
      } else {
        showHelp.toggle()
      }
      return
    }
    if question.help == nil {
      notice = text.noHelp
    } else {
      showHelp.toggle()
    }
  }
}

extension String {
  func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

}
