import ArushaCore
import ArushaText

extension AssessmentSession {
  /// `text` in the session's language, on one line and printable on a terminal: no control or
  /// bidirectional format character (``PrintableText``, cli.md).
  func localized(_ text: LocalizedText?) -> String {
    guard let text else { return "" }
    return printable(questionnaire.localized(text, in: language))
  }

  /// A text from the response file (a comment, evidence, a justification, a text answer) or
  /// typed in, on one line and printable on a terminal (``PrintableText``).
  func printable(_ text: String) -> String {
    PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false)
  }

  /// The number a factor's heading shows beside its position: its own, when some factor of the
  /// questionnaire is numbered otherwise than by its place (``SessionText/factorHeading``).
  func shownNumber(of factor: Factor) -> Int? {
    let renumbered = questionnaire.factors.enumerated().contains { index, factor in
      factor.number.map { $0 != index + 1 } ?? false
    }
    return renumbered ? factor.number : nil
  }

  /// The factor of a question, with its 1-based position.
  func factor(of question: Question) -> (factor: Factor, position: Int)? {
    for (index, factor) in questionnaire.factors.enumerated()
    where factor.questions.contains(where: { $0.id == question.id }) {
      return (factor, index + 1)
    }
    return nil
  }

  /// Whether the question is the first visible one of its factor (whose summary it shows).
  func isFirstOfFactor(_ question: Question) -> Bool {
    guard let factor = factor(of: question)?.factor else { return false }
    return visible.first { visibleQuestion in
      factor.questions.contains { $0.id == visibleQuestion.id }
    }?.id == question.id
  }

  func answerDescription(_ question: Question) -> String? {
    guard let answer = response.answers[question.id], answer.isGiven else { return nil }
    switch answer.state {
    case .notApplicable?:
      return
        "\(text.notApplicable) — \(printable(answer.justification ?? ""))"
    case .unknown?: return text.unknown
    case nil: break
    }
    switch (question.kind, answer.value) {
    case (.yesno, .number(let value)?): return value == 1 ? text.yes : text.no
    case (.multi(let options), .selection(let selected)?):
      let labels = options.enumerated().filter { selected.contains($0.element.value) }.map {
        "\(question.optionKey(at: $0.offset)) \(localized($0.element.label))"
      }
      return labels.isEmpty ? text.noOption : labels.joined(separator: text.listSeparator)
    case (_, .number(let value)?):
      if let index = question.kind.options.firstIndex(where: { $0.value == value }) {
        return "\(question.optionKey(at: index)) \(localized(question.kind.options[index].label))"
      }
      return numberText(value) + (unit(of: question).map { " " + $0 } ?? "")
    case (_, .text(let value)?): return printable(value)
    default: return nil
    }
  }

  /// What a `number` question counts ("cases", "days", "%"), printable; nil without a unit.
  func unit(of question: Question) -> String? {
    guard case .number = question.kind, let unit = question.unit else { return nil }
    let shown = localized(unit)
    return shown.isEmpty ? nil : shown
  }

  /// Whether the open evidence prompt follows an answer that expects evidence (an option or a
  /// question with `evidence: expected`): then the prompt says why it is asked.
  var evidenceExpected: Bool {
    guard field?.purpose == .evidence, let question = currentQuestion,
      let value = response.answers[question.id]?.value
    else { return false }
    return question.expectsEvidence(for: value)
  }

  var keyHelp: SessionText.KeyHelp {
    if let field, field.purpose != .answer { return .prompt }
    guard let question = currentQuestion else { return .prompt }
    switch question.kind {
    case .scale, .choice:
      return .choice(
        keys: optionKeys(question), na: question.allowNotApplicable,
        unknown: question.allowUnknown)
    case .yesno: return .yesno(na: question.allowNotApplicable, unknown: question.allowUnknown)
    case .multi:
      return .multi(
        keys: optionKeys(question), na: question.allowNotApplicable, unknown: question.allowUnknown
      )
    case .number, .text:
      return .field(na: question.allowNotApplicable, unknown: question.allowUnknown)
    }
  }

  /// The questionnaire's title and description, shown before the first question of a new
  /// session; empty otherwise.
  func descriptionLines(width: Int, style: TextStyle) -> [String] {
    guard showsDescription, let description = questionnaire.description else { return [] }
    // The title wraps too: a line wider than the screen is cut off or breaks it (issue 26).
    return wrapText(localized(questionnaire.title), width: width).map { style.apply(.bold, $0) }
      + wrapText(localized(description), width: width)
  }

  /// The lines above the options: factor, summary, position and progress, topic, question.
  func questionHeader(
    _ question: Question, width: Int, style: TextStyle, progressBar: Bool, summary: Bool = true
  )
    -> [String]
  {
    var lines: [String] = []
    if let (factor, position) = factor(of: question) {
      // A long factor title wraps, as every line line mode prints (issue 26).
      lines += wrapText(
        text.factorHeading(
          number: shownNumber(of: factor), position: position, count: questionnaire.factors.count,
          title: localized(factor.title)),
        width: width
      ).map { style.apply(.bold, $0) }
      if summary, isFirstOfFactor(question), let text = factor.summary {
        lines += wrapText(localized(text), width: width).map { style.apply(.dim, $0) }
      }
    }
    lines.append("")
    lines.append(progressLine(width: width, style: style, bar: progressBar))
    if let topic = question.topic {
      lines += wrapText(text.colon(text.topic) + " " + localized(topic), width: width).map {
        style.apply(.dim, $0)
      }
    }
    lines.append("")
    lines += wrapText(localized(question.text), width: width).map { style.apply(.bold, $0) }
    return lines
  }

  /// The full-screen frame's lines (``frame(width:height:style:)`` without the cursor).
  public func screen(width: Int, height: Int = .max, style: TextStyle) -> [String] {
    frame(width: width, height: height, style: style).lines
  }

  /// What line mode prints for the current place: no cursor movement, numbered options,
  /// one prompt per answer.
  public func lineText(width: Int = 80) -> String {
    switch place {
    case .review:
      return reviewLines(width: width, style: .plain, lineMode: true).joined(separator: "\n") + "\n"
    case .quit, .completed: return ""
    case .question: break
    }
    guard let question = currentQuestion else { return "" }
    if let field, field.purpose != .answer {
      let prompt: String
      switch field.purpose {
      case .justification: prompt = text.enterJustification(lineMode: true)
      case .comment: prompt = text.enterComment(lineMode: true)
      default: prompt = text.enterEvidence
      }
      // Every line wraps at the width (issue 26): the evidence prompt is 90 columns in English.
      var lines = notice.map { wrapText($0, width: width) } ?? []
      if evidenceExpected { lines += wrapText(text.evidenceExpected, width: width) }
      lines += wrapText(text.colon(prompt), width: width)
      return lines.joined(separator: "\n") + "\n"
    }
    var lines = [""]
    let introduction = descriptionLines(width: width, style: .plain)
    if !introduction.isEmpty { lines += introduction + [""] }
    lines += questionHeader(question, width: width, style: .plain, progressBar: false)
    switch question.kind {
    case .yesno:
      lines += ["  1) \(text.yes)", "  2) \(text.no)"]
    default:
      for (index, option) in question.kind.options.enumerated() {
        var line = "  \(question.optionKey(at: index))) \(localized(option.label))"
        if let description = question.optionDescription(at: index) {
          line += " — " + localized(description)
        }
        lines += wrapText(line, width: width, indent: "      ")
      }
    }
    // Every line wraps at the width: a range of large bounds (« Saisissez un nombre de 0 à
    // 1 000 000 000. ») is 41 columns.
    if case .number(let low, let high) = question.kind, low != nil || high != nil {
      lines += wrapText(
        text.numberOutOfRange(low.map(numberText), high.map(numberText)), width: width)
    }
    if let answer = answerDescription(question) {
      lines += wrapText(text.colon(text.currentAnswer) + " " + answer, width: width)
    }
    if showHelp, let help = question.help {
      lines += wrapText(text.colon(text.help) + " " + localized(help), width: width)
    }
    if let notice { lines += wrapText(notice, width: width) }
    lines += wrapText("(" + text.lineKeys(for: keyHelp) + ")", width: width)
    if let unit = unit(of: question) {
      // The unit stands right before the "> " prompt: nothing can follow a typed line.
      lines += wrapText(text.numberPrompt(unit: unit), width: width)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
