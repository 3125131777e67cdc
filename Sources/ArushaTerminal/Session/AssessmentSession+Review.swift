import ArushaCore
import ArushaText

/// The review of all answers (issue 26): every question asked now, by its number among all the
/// questions of the file, with a short text, its answer and marks; scrollable; Enter opens the
/// highlighted question, or finishes when no row is highlighted.
extension AssessmentSession {
  // MARK: Keys

  /// How far PgUp and PgDn move the review's highlight.
  static let reviewPage = 10

  /// Handles a key on the review screen.
  ///
  /// Digits and Enter go to a question by its number; ↑↓ PgUp PgDn Home End highlight a
  /// question and Enter opens it; with no row highlighted (Esc takes the highlight away)
  /// Enter finishes, as before issue 26.
  mutating func handleReview(_ key: Key) -> Update {
    refreshVisible()
    let last = visible.count - 1
    func highlight(_ row: Int) { reviewRow = last < 0 ? nil : min(max(0, row), last) }
    switch key {
    case .character(let character) where character.isASCII && character.isNumber:
      typedNumber += String(character)
    case .backspace where !typedNumber.isEmpty: typedNumber.removeLast()
    case .clearLine: typedNumber = ""
    case .enter:
      if !typedNumber.isEmpty {
        if jump(to: Int(typedNumber) ?? 0) { returnToReview = true }
      } else if let row = reviewRow, visible.indices.contains(row) {
        openFromReview(visible[row].id)
      } else {
        return complete()
      }
    case .character("b"), .left, .backTab: goBack()
    case .character("h"), .character("?"): toggleHelp()
    case .tab, .right: break
    case .up, .character("k"): highlight((reviewRow ?? 1) - 1)
    case .down, .character("j"): highlight(reviewRow.map { $0 + 1 } ?? 0)
    case .pageUp: highlight((reviewRow ?? 0) - Self.reviewPage)
    case .pageDown: highlight(reviewRow.map { $0 + Self.reviewPage } ?? Self.reviewPage)
    case .home: highlight(0)
    case .end: highlight(last)
    case .character("q"), .endOfInput: quit()
    case .escape:
      // First what was typed, then the highlight: Enter finishes again.
      if typedNumber.isEmpty { reviewRow = nil } else { typedNumber = "" }
    default: break
    }
    return Update()
  }

  /// Goes to question `number`, its place among all the questions of the file
  /// (``Questionnaire/number(of:)``), or says why not: no such number, or a question that its
  /// condition hides now.
  ///
  /// - Returns: Whether the session went there (the review then marks it as opened from the
  ///   review, so that an answer given there returns to it).
  @discardableResult
  mutating func jump(to number: Int) -> Bool {
    typedNumber = ""
    refreshVisible()
    let questions = questionnaire.questions
    guard number >= 1, number <= questions.count else {
      notice = text.noSuchQuestion(questions.count)
      return false
    }
    let id = questions[number - 1].id
    guard visible.contains(where: { $0.id == id }) else {
      notice = text.questionNotAsked(number)
      return false
    }
    enter(id)
    return true
  }

  /// Opens a question from the review: once answered, the session comes back to the review.
  mutating func openFromReview(_ id: String) {
    enter(id)
    returnToReview = true
  }

  // MARK: What a row shows

  /// The answer in a few words, for the review's column; nil without an answer.
  func shortAnswer(_ question: Question) -> String? {
    guard let answer = response.answers[question.id], answer.isGiven else { return nil }
    switch answer.state {
    case .notApplicable?: return text.notApplicableShort
    case .unknown?: return text.unknownShort
    case nil: break
    }
    switch (question.kind, answer.value) {
    case (.multi(let options), .selection(let selected)?):
      let keys = options.enumerated().filter { selected.contains($0.element.value) }.map {
        "\(question.optionKey(at: $0.offset))"
      }
      return keys.isEmpty ? text.noOption : keys.joined(separator: ", ")
    default: return answerDescription(question)
    }
  }

  /// The marks of a question's answer: a comment, an evidence reference, and whether it is
  /// unsupported (an answer that expects evidence has none: ``Question/expectsEvidence(for:)``).
  func answerMarks(_ question: Question) -> (comment: Bool, evidence: Bool, unsupported: Bool) {
    guard let answer = response.answers[question.id], answer.isGiven else {
      return (false, false, false)
    }
    let blank = { (text: String?) in text.map { $0.allSatisfy(\.isWhitespace) } ?? true }
    let hasEvidence = !blank(answer.evidence)
    let unsupported =
      answer.value.map { question.expectsEvidence(for: $0) && !hasEvidence } ?? false
    return (!blank(answer.comment), hasEvidence, unsupported)
  }

  /// Whether a visible question is required and has no answer: the completion needs it.
  func isMissing(_ question: Question) -> Bool {
    question.required && response.answers[question.id]?.isGiven != true
  }

  /// The review's head: how many questions asked now have an answer, and the numbers of the
  /// required ones without (or that every required question has one).
  func reviewHead(width: Int, style: TextStyle) -> [String] {
    let answered = visible.filter { response.answers[$0.id]?.isGiven == true }.count
    var lines = wrapText(text.reviewAnswered(answered, of: visible.count) + ".", width: width)
    let missing = missingRequired.compactMap { questionnaire.number(of: $0.id) }
    if missing.isEmpty {
      lines += wrapText(text.allAnswered, width: width).map { style.apply(.green, $0) }
    } else {
      lines += wrapText(
        text.colon(text.missingRequired) + " " + text.missingNumbers(missing) + ".", width: width
      ).map { style.apply(.boldYellow, $0) }
    }
    return lines
  }

  // MARK: Full screen

  /// One question's row, on one line of `width` cells.
  ///
  /// The pointer, the number, the text cut with "…" by display width, the answer in a few
  /// words, and the marks C (comment), E (evidence) and † (unsupported). A required question
  /// without an answer says so in the answer column.
  func reviewRowLine(
    _ question: Question, width: Int, numberWidth: Int, highlighted: Bool, style: TextStyle
  ) -> String {
    func padded(_ text: String, _ cells: Int) -> String {
      let cut = DisplayColumns.truncated(text, to: cells)
      return cut + String(repeating: " ", count: max(0, cells - DisplayColumns.width(of: cut)))
    }
    let pointer = highlighted ? style.apply(.cyan, "❯") : " "
    let number = String(questionnaire.number(of: question.id) ?? 0)
    let numberCell = String(repeating: " ", count: max(0, numberWidth - number.count)) + number
    let answerWidth = min(20, max(6, width / 4))
    let marksWidth = 5
    let textWidth = max(4, width - 2 - numberWidth - 2 - 2 - answerWidth - 1 - marksWidth)
    let questionCell = padded(localized(question.text), textWidth)
    let answerCell: String
    if let answer = shortAnswer(question) {
      answerCell = padded(answer, answerWidth)
    } else if isMissing(question) {
      answerCell = style.apply(.boldYellow, padded(text.requiredMissing, answerWidth))
    } else {
      answerCell = padded("–", answerWidth)
    }
    let marks = answerMarks(question)
    let markCell = [
      marks.comment ? text.commentMark : " ", marks.evidence ? text.evidenceMark : " ",
      marks.unsupported ? text.unsupportedMark : " ",
    ].joined(separator: " ")
    let row = "\(pointer) \(numberCell)  \(questionCell)  \(answerCell) \(markCell)"
    let trimmed = String(row.reversed().drop { $0 == " " }.reversed())
    return highlighted ? style.apply(.bold, trimmed) : trimmed
  }

  /// The review screen, full screen: the title and the counts on top; the list of every
  /// question asked now, by factor with its counts, scrolling around the highlighted question;
  /// the prompt echo, messages, the marks' meaning and the keys always on screen.
  func reviewFrame(width: Int, height: Int, style: TextStyle) -> Frame {
    let title = DisplayColumns.truncated(
      style.apply(.bold, text.reviewTitle + " — " + localized(questionnaire.title)), to: width)
    let head = reviewHead(width: width, style: style)
    let highlighted = reviewRow.flatMap { visible.indices.contains($0) ? $0 : nil }
    let numberWidth = String(questionnaire.questions.count).count
    let answeredIDs = Set(response.answers.filter { $0.value.isGiven }.keys)
    // The list: each factor's line with its counts (wrapped, not cut: the counts are at its
    // end), then a line per visible question.
    var items: [[String]] = []
    var isQuestion: [Bool] = []
    var highlightedItem: Int?
    var index = 0
    for factor in questionnaire.factors {
      let shown = visible.filter { question in factor.questions.contains { $0.id == question.id } }
      let answered = shown.filter { answeredIDs.contains($0.id) }.count
      items.append(
        wrapText(
          text.reviewFactor(
            localized(factor.title), answered: answered, missing: shown.count - answered),
          width: width
        ).map { style.apply(.bold, $0) })
      isQuestion.append(false)
      for question in shown {
        if index == highlighted { highlightedItem = items.count }
        items.append([
          reviewRowLine(
            question, width: width, numberWidth: numberWidth, highlighted: index == highlighted,
            style: style)
        ])
        isQuestion.append(true)
        index += 1
      }
    }
    var echo: [String] = []
    var echoColumn: Int?
    if !typedNumber.isEmpty {
      let line = "\(text.colon(text.goTo)) \(typedNumber)"
      echoColumn = DisplayColumns.width(of: line)
      echo.append(line)
    }
    let message = notice.map { wrapText(style.apply(.boldYellow, $0), width: width) } ?? []
    let legend = wrapText(style.apply(.dim, text.reviewMarks), width: width)
    let keys = wrapText(
      style.apply(
        .dim,
        text.reviewKeys(
          lineMode: false, description: questionnaire.description != nil,
          // A number being typed is what Enter opens, before any highlighted row.
          open: typedNumber.isEmpty
            ? highlighted.flatMap { questionnaire.number(of: visible[$0].id) }
            : Int(typedNumber))),
      width: width)
    let list = items.flatMap { $0 }
    var lines =
      [title, ""] + head + [""] + list + [""] + echo + (message.isEmpty ? [] : message + [""])
      + legend + keys
    if lines.count <= height {
      let echoRow = 2 + head.count + 1 + list.count + 1
      return Frame(
        lines: lines, cursor: echoColumn.map { Frame.Cursor(row: echoRow, column: $0) })
    }
    // Scrolled: the top and the bottom stay, the list takes the rest; on a small screen the
    // marks' meaning goes first, then the counts shrink to a line, then the title.
    var top = [title] + head
    var bottom = echo + message + legend + keys
    if top.count + bottom.count + 3 > height { bottom = echo + message + keys }
    if top.count + bottom.count + 3 > height {
      top = [DisplayColumns.truncated(head.joined(separator: " "), to: width)]
    }
    if top.count + bottom.count + 3 > height { top = [] }
    let budget = max(1, height - top.count - bottom.count)
    let window = QuestionParts.window(
      items.map(\.count), keep: highlightedItem ?? 0, budget: budget)
    var middle: [String] = []
    if window.lo > 0 {
      let above = isQuestion[..<window.lo].filter { $0 }.count
      middle.append(style.apply(.dim, "  " + text.moreAbove(above)))
    }
    if window.hi >= window.lo { middle += items[window.lo...window.hi].flatMap { $0 } }
    if window.hi < items.count - 1 {
      let below = isQuestion[(window.hi + 1)...].filter { $0 }.count
      middle.append(style.apply(.dim, "  " + text.moreBelow(below)))
    }
    lines = top + middle + bottom
    if lines.count > height { lines = Array(lines.suffix(max(1, height))) }
    let echoRow = lines.count - bottom.count
    return Frame(
      lines: lines,
      cursor: echoColumn.flatMap {
        echo.isEmpty || echoRow < 0 ? nil : Frame.Cursor(row: echoRow, column: $0)
      })
  }

  // MARK: Line mode

  /// The review as line mode prints it: every question asked now, by factor, its text in full
  /// (wrapped, never cut: a screen reader must say all of it), then its answer and marks in
  /// words.
  func reviewLines(width: Int, style: TextStyle, lineMode: Bool) -> [String] {
    var lines =
      wrapText(text.reviewTitle + " — " + localized(questionnaire.title), width: width).map {
        style.apply(.bold, $0)
      } + [""]
    if showHelp, let description = questionnaire.description {
      lines += wrapText(localized(description), width: width) + [""]
    }
    lines += reviewHead(width: width, style: style)
    let answeredIDs = Set(response.answers.filter { $0.value.isGiven }.keys)
    let indent = "      "
    for factor in questionnaire.factors {
      let shown = visible.filter { question in factor.questions.contains { $0.id == question.id } }
      let answered = shown.filter { answeredIDs.contains($0.id) }.count
      lines.append("")
      lines += wrapText(
        text.reviewFactor(
          localized(factor.title), answered: answered, missing: shown.count - answered),
        width: width)
      for question in shown {
        let number = questionnaire.number(of: question.id) ?? 0
        lines += wrapText("\(number). \(localized(question.text))", width: width - 2).map {
          "  " + $0
        }
        var said: String
        if let answer = answerDescription(question) {
          said = text.colon(text.reviewAnswer) + " " + answer
          let marks = answerMarks(question)
          if marks.comment { said += " · " + text.hasComment }
          if marks.evidence { said += " · " + text.hasEvidence }
          if marks.unsupported { said += " · " + text.lacksEvidence }
        } else {
          said = text.noAnswerYet(required: isMissing(question))
        }
        lines += wrapText(said, width: max(10, width - indent.count)).map { indent + $0 }
      }
    }
    if !typedNumber.isEmpty { lines.append("\(text.colon(text.goTo)) \(typedNumber)") }
    if let notice {
      lines.append("")
      lines += wrapText(style.apply(.boldYellow, notice), width: width)
    }
    lines.append("")
    lines += wrapText(
      style.apply(
        .dim,
        text.reviewKeys(lineMode: lineMode, description: questionnaire.description != nil)),
      width: width)
    return lines
  }
}
