import ArushaCore
import ArushaText

extension AssessmentSession {
  /// A full-screen frame: the lines to draw and where the terminal cursor stands.
  public struct Frame: Sendable, Hashable {
    /// A place on the screen: 0-based row and column, in terminal cells.
    public struct Cursor: Sendable, Hashable {
      /// The 0-based row.
      public var row: Int
      /// The 0-based column, in cells (a wide character takes two).
      public var column: Int
    }

    /// The lines to draw, top to bottom.
    public var lines: [String]
    /// The insertion point of the field that has the focus; nil hides the cursor.
    public var cursor: Cursor?
  }

  /// The smallest terminal the full-screen session draws on (cli.md, "Small terminals").
  public static let minimumSize = (width: 40, height: 10)

  /// What a terminal under ``minimumSize`` shows: how big it must be, and how to quit.
  public func tooSmallFrame(width: Int, height: Int) -> Frame {
    let message = text.terminalTooSmall(
      width: width, height: height, minimum: Self.minimumSize)
    let lines = wrapText(message, width: max(1, width - 1)).map {
      DisplayColumns.truncated($0, to: max(1, width - 1))
    }
    return Frame(lines: Array(lines.prefix(max(1, height))), cursor: nil)
  }

  /// The full-screen frame: every line to draw, wrapped to `width`, at most `height` lines.
  ///
  /// What does not fit goes first: the questionnaire's description (it then stands on a page
  /// of its own before question 1), blank lines, the factor summary, the topic, then the
  /// definitions of the options other than the highlighted one, then the highlighted one's
  /// (`d` shows it; issue 26). Help that does not fit whole then stands on a page of its own,
  /// which scrolls; otherwise the option list scrolls with "↑ N more" / "↓ N more" around the
  /// highlighted option. The question, the highlighted option, the field, messages and key
  /// help stay visible. Blank lines, topic and summary given up come back when a later step
  /// left room for them.
  public func frame(width: Int, height: Int = .max, style: TextStyle) -> Frame {
    let width = max(30, width)
    switch place {
    case .review, .completed:
      if let page = page(width: width, height: height) {
        return pageLayout(page, width: width, height: height, style: style).frame
      }
      return reviewFrame(width: width, height: height, style: style)
    case .quit: return Frame(lines: [], cursor: nil)
    case .question: break
    }
    guard let question = currentQuestion else { return Frame(lines: [], cursor: nil) }
    if let page = page(width: width, height: height) {
      return pageLayout(page, width: width, height: height, style: style).frame
    }
    return questionLayout(question, width: width, height: height, style: style).frame
  }

  /// The steps of ``Fit``, in the order they are given up.
  static let fitSteps: [@Sendable (inout Fit) -> Void] = [
    { $0.introduction = false }, { $0.blanks = false }, { $0.summary = false },
    { $0.topic = false }, { $0.otherDescriptions = false }, { $0.descriptions = false },
    { $0.scroll = true }, { $0.shortNotes = true }, { $0.heading = false },
    { $0.shortKeys = true }, { $0.noAnswerLines = true }, { $0.fieldWindow = true },
    { $0.shortQuestion = true },
  ]

  /// How many of ``fitSteps`` the help may take before it goes to a page of its own: the help
  /// shows whole beside the options, or not at all.
  static let helpSteps = 6

  /// The question's frame at this size and how many of ``fitSteps`` it took to fit.
  func questionLayout(_ question: Question, width: Int, height: Int, style: TextStyle)
    -> (frame: Frame, steps: Int)
  {
    let parts = QuestionParts(self, question, width: width, style: style)
    var fit = Fit()
    let steps = Self.fitSteps
    var used = 0
    var (frame, cramped) = parts.assemble(fit, height: height, width: width)
    // Cramped: the option list lost its "↑ / ↓ more" markers; the short key help gives them room.
    for (index, step) in steps.enumerated()
    where frame.lines.count > height || (cramped && index < steps.count - 1) {
      step(&fit)
      used = index + 1
      (frame, cramped) = parts.assemble(fit, height: height, width: width)
    }
    // Giving up definitions may have left room for what went first (issue 26: the definitions
    // come before the blank lines, but a blank line that fits again is drawn). Past them, the
    // steps reshape the screen, and nothing comes back.
    if used > 4, used <= Self.helpSteps {
      for restore: WritableKeyPath<Fit, Bool> in [\.topic, \.blanks, \.summary]
      where !fit[keyPath: restore] {
        var tried = fit
        tried[keyPath: restore] = true
        let (candidate, tight) = parts.assemble(tried, height: height, width: width)
        if candidate.lines.count <= height, !tight {
          (fit, frame, cramped) = (tried, candidate, tight)
        }
      }
    }
    if frame.lines.count > height {
      frame.lines = Array(frame.lines.prefix(max(1, height)))
    }
    if let cursor = frame.cursor, cursor.row >= frame.lines.count { frame.cursor = nil }
    return (frame, used)
  }

  /// What the layout keeps: each flag is given up in turn until the frame fits.
  struct Fit {
    var introduction = true
    var blanks = true
    var summary = true
    var topic = true
    /// The definitions of the options other than the highlighted one (issue 26).
    var otherDescriptions = true
    var descriptions = true
    var scroll = false
    var shortNotes = false
    var heading = true
    var shortKeys = false
    /// The current answer and its notes give way (the ● mark shows the answer).
    var noAnswerLines = false
    /// A field taller than the room shows the lines up to its insertion point.
    var fieldWindow = false
    var shortQuestion = false
  }

  /// The pieces of a question's screen, wrapped once, assembled by ``Fit``.
  struct QuestionParts {
    var introduction: [String] = []
    var heading: [String] = []
    var summary: [String] = []
    var progress = ""
    var topic: [String] = []
    var question: [String] = []
    var options: [[String]] = []
    var compactOptions: [[String]] = []
    var highlight = 0
    var afterOptions: [String] = []
    var typedColumn: Int?
    var fieldLead: [String] = []
    var field: [String] = []
    var fieldCursor: Frame.Cursor?
    var answer: [String] = []
    var notes: [[String]] = []
    var help: [String] = []
    var notice: [String] = []
    var keys: [String] = []
    var shortKeys: [String] = []
    /// The key help with `d` (definition), where the options have definitions; else empty.
    var definitionKeys: [String] = []
    var shortDefinitionKeys: [String] = []
    let style: TextStyle
    let text: SessionText

    init(_ session: AssessmentSession, _ question: Question, width: Int, style: TextStyle) {
      self.style = style
      self.text = session.text
      introduction = session.descriptionLines(width: width, style: style)
      if let (factor, position) = session.factor(of: question) {
        heading = wrapText(
          session.text.factorHeading(
            number: session.shownNumber(of: factor), position: position,
            count: session.questionnaire.factors.count,
            title: session.localized(factor.title)),
          width: width
        ).map { style.apply(.bold, $0) }
        if session.isFirstOfFactor(question), let summary = factor.summary {
          self.summary = wrapText(session.localized(summary), width: width).map {
            style.apply(.dim, $0)
          }
        }
      }
      progress = session.progressLine(width: width, style: style)
      if let topic = question.topic {
        self.topic = wrapText(
          session.text.colon(session.text.topic) + " " + session.localized(topic), width: width
        ).map { style.apply(.dim, $0) }
      }
      self.question = wrapText(session.localized(question.text), width: width).map {
        style.apply(.bold, $0)
      }
      let rows = session.optionRows(question, style: style)
      highlight = min(max(0, session.highlight), max(0, rows.count - 1))
      options = rows.map { wrapText($0.line + $0.description, width: width, indent: "        ") }
      compactOptions = rows.map { wrapText($0.line, width: width, indent: "        ") }
      if !session.typedNumber.isEmpty {
        let line = "  \(session.text.colon(session.text.goTo)) \(session.typedNumber)"
        afterOptions.append(line)
        typedColumn = DisplayColumns.width(of: line)
      }
      if case .number(let low, let high) = question.kind, low != nil || high != nil {
        // Wrapped at the width like every other line (a range of large bounds is 41 columns).
        let range = session.text.numberOutOfRange(
          low.map(session.numberText), high.map(session.numberText))
        afterOptions += wrapText(range, width: width).map { style.apply(.dim, $0) }
      }
      if let field = session.field {
        let prompt: String
        switch field.purpose {
        case .answer:
          prompt = question.kind == .text ? session.text.typeAnswer : session.text.typeNumber
        case .justification: prompt = session.text.enterJustification(lineMode: false)
        case .comment: prompt = session.text.enterComment(lineMode: false)
        case .evidence: prompt = session.text.enterEvidence
        }
        if session.evidenceExpected {
          fieldLead += wrapText(session.text.evidenceExpected, width: width)
        }
        fieldLead += wrapText(session.text.colon(prompt), width: width)
        let unit = field.purpose == .answer ? session.unit(of: question) : nil
        (self.field, fieldCursor) = session.fieldLines(
          field, width: width, unit: unit, style: style)
      }
      // The current answer shows unless the answer field holds it: don't know and N/A on a
      // number or text question leave the field empty, and show here (issue 26).
      let fieldHoldsAnswer =
        session.field?.purpose == .answer
        && session.response.answers[question.id]?.value != nil
      if let description = session.answerDescription(question), !fieldHoldsAnswer {
        answer = wrapText(
          style.apply(.green, session.text.colon(session.text.currentAnswer)) + " " + description,
          width: width)
      }
      let answerRecord = session.response.answers[question.id]
      if let comment = answerRecord?.comment {
        notes.append(
          wrapText(
            session.text.colon(session.text.comment) + " " + session.printable(comment),
            width: width))
      }
      if let evidence = answerRecord?.evidence {
        notes.append(
          wrapText(
            session.text.colon(session.text.evidence) + " " + session.printable(evidence),
            width: width))
      }
      if session.showHelp, let help = question.help {
        self.help = wrapText(
          style.apply(.yellow, session.text.colon(session.text.help)) + " "
            + session.localized(help), width: width)
      }
      if let notice = session.notice {
        self.notice = wrapText(style.apply(.boldYellow, notice), width: width)
      }
      let keyText = session.text.keys(for: session.keyHelp)
      (keys, shortKeys) = Self.keyLines(keyText, width: width, style: style)
      if session.field == nil, session.hasDefinitions(question) {
        // After the answer keys ("0–4 · ↑↓ Enter"), before the others.
        var entries = keyText.components(separatedBy: "\u{A0}· ")
        entries.insert(
          SessionText.keyHelp([session.text.definitionKey]), at: min(2, entries.count))
        (definitionKeys, shortDefinitionKeys) = Self.keyLines(
          entries.joined(separator: "\u{A0}· "), width: width, style: style)
      }
    }

    /// The key help wrapped, and its short form.
    ///
    /// The short form keeps the first and last keys (answer, quit), for when the full help has
    /// no room. Entries are joined by a no-break space and `· `
    /// (``SessionText/keyHelp(_:)``).
    static func keyLines(_ keyText: String, width: Int, style: TextStyle) -> ([String], [String]) {
      let parts = keyText.components(separatedBy: "\u{A0}· ")
      let short = [
        style.apply(
          .dim,
          DisplayColumns.truncated(
            parts.count > 2
              ? "\(parts[0])\u{A0}· …\u{A0}· \(parts[parts.count - 1])" : keyText, to: width))
      ]
      return (wrapText(style.apply(.dim, keyText), width: width), short)
    }

    /// The lines (and cursor) that `fit` keeps, at most `height` lines when scrolling.
    ///
    /// `cramped` tells that the option list shows only the highlighted option, without its
    /// "↑ / ↓ more" markers.
    func assemble(_ fit: Fit, height: Int, width: Int) -> (frame: Frame, cramped: Bool) {
      func shortened(_ lines: [String], to count: Int) -> [String] {
        guard lines.count > count, count > 0 else { return count <= 0 ? [] : lines }
        return Array(lines.prefix(count - 1))
          + [DisplayColumns.truncated(lines[count - 1] + " " + lines[count], to: width)]
      }
      var top: [String] = []
      if fit.introduction, !introduction.isEmpty { top += introduction + [""] }
      if fit.heading { top += heading }
      if fit.summary { top += summary }
      if fit.blanks { top.append("") }
      if fit.heading { top.append(progress) }
      if fit.topic { top += topic }
      if fit.blanks { top.append("") }
      let questionStart = top.count
      top += question
      if fit.blanks { top.append("") }

      var bottom: [String] = []
      var cursor: Frame.Cursor?
      if let typedColumn {
        cursor = Frame.Cursor(row: bottom.count, column: typedColumn)
      }
      bottom += afterOptions
      var fieldStart = 0
      if !field.isEmpty {
        if fit.blanks { bottom.append("") }
        bottom += fieldLead
        if let fieldCursor {
          cursor = Frame.Cursor(
            row: bottom.count + fieldCursor.row, column: fieldCursor.column)
        }
        fieldStart = bottom.count
        bottom += field
      }
      if !answer.isEmpty, !fit.noAnswerLines {
        if fit.blanks { bottom.append("") }
        bottom += fit.shortNotes ? shortened(answer, to: 1) : answer
      }
      if !fit.noAnswerLines {
        for note in notes { bottom += fit.shortNotes ? shortened(note, to: 1) : note }
      }
      let helpAt = bottom.count
      var tail: [String] = []
      if !notice.isEmpty {
        if fit.blanks { tail.append("") }
        tail += notice
      }
      if fit.blanks { tail.append("") }
      // `d` is offered where the highlighted option's definition is not on screen (issue 26).
      if fit.descriptions || definitionKeys.isEmpty {
        tail += fit.shortKeys ? shortKeys : keys
      } else {
        tail += fit.shortKeys ? shortDefinitionKeys : definitionKeys
      }

      var choices = fit.descriptions ? options : compactOptions
      if fit.descriptions, !fit.otherDescriptions, choices.indices.contains(highlight) {
        // The highlighted option keeps its definition; the others show their labels.
        choices = compactOptions
        choices[highlight] = options[highlight]
      }
      var shownHelp = help
      if !help.isEmpty, fit.blanks { shownHelp = [""] + help }
      bottom.insert(contentsOf: shownHelp, at: helpAt)
      bottom += tail

      var middle: [String] = []
      var cramped = false
      // A text or number question has no options to scroll (an empty window would trap).
      if fit.scroll, !choices.isEmpty {
        let budget = max(1, height - top.count - bottom.count)
        let window = Self.window(choices.map(\.count), keep: highlight, budget: budget)
        if window.lo > 0 { middle.append(style.apply(.dim, "  " + text.moreAbove(window.lo))) }
        for index in window.lo...window.hi { middle += choices[index] }
        if window.hi < choices.count - 1 {
          middle.append(style.apply(.dim, "  " + text.moreBelow(choices.count - 1 - window.hi)))
        }
        let room = max(1, height - top.count - bottom.count)
        if middle.count > room {
          // Each other option on one line, cut with "…": the highlighted one shows whole.
          var singles = choices.map { lines in
            let joined = ([lines[0]] + lines.dropFirst().map { $0.trimmingSpaces() })
            return [DisplayColumns.truncated(joined.joined(separator: " "), to: width)]
          }
          singles[highlight] = choices[highlight]
          let window = Self.window(singles.map(\.count), keep: highlight, budget: room)
          middle = []
          if window.lo > 0 { middle.append(style.apply(.dim, "  " + text.moreAbove(window.lo))) }
          for index in window.lo...window.hi { middle += singles[index] }
          if window.hi < singles.count - 1 {
            middle.append(style.apply(.dim, "  " + text.moreBelow(singles.count - 1 - window.hi)))
          }
          if middle.count > room {
            middle = singles[highlight]
            cramped = choices.count > 1
          }
        }
      } else {
        middle = choices.flatMap { $0 }
      }
      // A long field: the lines before its insertion point go first, then those after it,
      // so the line being typed stays on screen (cli.md: text fields show the insertion point).
      var excess = top.count + middle.count + bottom.count - height
      if fit.fieldWindow, excess > 0, let fieldCursor, field.count > 1 {
        let before = min(excess, fieldCursor.row)
        bottom.removeSubrange(fieldStart..<(fieldStart + before))
        cursor?.row -= before
        excess -= before
        let after = min(excess, field.count - 1 - fieldCursor.row)
        if after > 0 {
          let start = fieldStart + fieldCursor.row - before + 1
          bottom.removeSubrange(start..<(start + after))
        }
      }
      // Last resort: the help goes, then the question keeps the lines that are left, its
      // last one cut with "…".
      var over = top.count + middle.count + bottom.count - height
      if fit.shortQuestion, over > 0, !shownHelp.isEmpty, helpAt + shownHelp.count <= bottom.count {
        bottom.removeSubrange(helpAt..<(helpAt + shownHelp.count))
        over -= shownHelp.count
      }
      if fit.shortQuestion, over > 0, question.count > 1 {
        let kept = shortened(question, to: max(1, question.count - over))
        top.replaceSubrange(questionStart..<(questionStart + question.count), with: kept)
      }
      let lines = top + middle + bottom
      let offset = top.count + middle.count
      let frame = Frame(
        lines: lines,
        cursor: cursor.map { Frame.Cursor(row: offset + $0.row, column: $0.column) })
      return (frame, cramped)
    }

    /// The items from `lo` through `hi` that fit in `budget` lines with their "↑ / ↓ more"
    /// markers, always including `keep`: items above it first, then below.
    static func window(_ heights: [Int], keep: Int, budget: Int) -> (lo: Int, hi: Int) {
      guard !heights.isEmpty else { return (0, -1) }
      let keep = min(max(0, keep), heights.count - 1)
      func fits(_ lo: Int, _ hi: Int) -> Bool {
        heights[lo...hi].reduce(0, +) + (lo > 0 ? 1 : 0) + (hi < heights.count - 1 ? 1 : 0)
          <= budget
      }
      var lo = keep
      var hi = keep
      while lo > 0, fits(lo - 1, hi) { lo -= 1 }
      while hi < heights.count - 1, fits(lo, hi + 1) { hi += 1 }
      // The last item may fit once its "↓ more" marker is gone.
      if hi == heights.count - 2, fits(lo, hi + 1) { hi += 1 }
      return (lo, hi)
    }
  }

  /// The position line (issue 26): "Question 35/101 · 12 answered", the question's number
  /// among all the questions of the file (``Questionnaire/number(of:)``) and how many of the
  /// questions asked now have an answer, then a progress bar of that share (unless `bar` is
  /// false, as in line mode): no count that jumps when a follow-up question appears.
  func progressLine(width: Int, style: TextStyle, bar: Bool = true) -> String {
    let number = currentQuestion.flatMap { questionnaire.number(of: $0.id) } ?? 0
    let answered = visible.filter { response.answers[$0.id]?.isGiven == true }.count
    let words =
      text.questionPosition(number, questionnaire.questions.count) + " · "
      + text.answeredSoFar(answered)
    // The bar takes what the words leave, up to 30 cells; under 5 it is left out.
    let barWidth = min(30, width - displayWidth(words) - 2)
    guard bar, barWidth >= 5 else { return DisplayColumns.truncated(words, to: width) }
    let filled =
      visible.isEmpty
      ? 0 : Int((Double(answered) / Double(visible.count) * Double(barWidth)).rounded())
    let drawn =
      String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    return words + "  " + style.apply(.cyan, drawn)
  }

  /// Each option's line (pointer, mark, key, label) and its dimmed description (or "").
  func optionRows(_ question: Question, style: TextStyle) -> [(line: String, description: String)] {
    let options: [(label: String, description: String?, value: Double?)]
    switch question.kind {
    case .yesno: options = [(text.yes, nil, 1), (text.no, nil, 0)]
    default:
      // A question's own level descriptions stand in place of its scale's.
      options = question.kind.options.enumerated().map { index, option in
        (
          localized(option.label), question.optionDescription(at: index).map(localized),
          option.value
        )
      }
    }
    let current: AnswerValue? = response.answers[question.id]?.value
    return options.enumerated().map { index, option in
      let pointer = index == highlight ? style.apply(.cyan, "❯") : " "
      var mark = "  "
      if case .multi = question.kind {
        mark = selection.contains(option.value ?? .nan) ? "◉ " : "◯ "
      } else if case .number(let value)? = current, value == option.value {
        mark = "● "
      }
      let number = "\(question.optionKey(at: index))".padded(to: 2)
      var description = ""
      if let text = option.description, !text.isEmpty {
        description = style.apply(.dim, " — " + text)
      }
      return ("\(pointer) \(mark)\(number) \(option.label)", description)
    }
  }

  /// The field's lines, `> ` then the text wrapped by cells (a field wraps as a terminal does),
  /// and the cursor at the insertion point, by display width.
  func fieldLines(_ field: Field, width: Int, unit: String?, style: TextStyle)
    -> ([String], Frame.Cursor)
  {
    let before = Array(printable(String(field.text.prefix(field.cursor))))
    let characters = before + Array(printable(String(field.text.dropFirst(field.cursor))))
    var lines: [String] = []
    var line = "> "
    var used = 2
    var cursor = Frame.Cursor(row: 0, column: 2)
    for (index, character) in characters.enumerated() {
      let cells = DisplayColumns.width(of: character)
      if used + cells > width, used > 2 {
        lines.append(line)
        line = "  "
        used = 2
      }
      if index == before.count { cursor = Frame.Cursor(row: lines.count, column: used) }
      line.append(character)
      used += cells
    }
    if before.count == characters.count { cursor = Frame.Cursor(row: lines.count, column: used) }
    if let unit {
      if used + 1 + DisplayColumns.width(of: unit) > width {
        lines.append(line)
        line = " "
      }
      line += " " + style.apply(.dim, unit)
    }
    lines.append(line)
    return (lines, cursor)
  }
}
