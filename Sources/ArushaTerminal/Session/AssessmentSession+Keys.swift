import ArushaCore

extension AssessmentSession {
  /// Handles one key of the full-screen session.
  ///
  /// A message on screen (a refused key, a missing required answer) is modal outside a field:
  /// the next key only dismisses it and does nothing else (cli.md). In a text or number field
  /// (an answer, a justification, a comment, evidence) the key dismisses the message and
  /// still acts (issue 26), so nothing typed is lost and Esc still cancels. A paste never
  /// answers, navigates or completes: a text field inserts it, anywhere else it only brings
  /// a note that it was ignored (replacing any message on screen).
  public mutating func handle(_ key: Key) -> Update {
    switch place {
    case .quit, .completed: return Update()
    case .review, .question: break
    }
    // A reading page (help, a definition, the description) takes every key, a paste included
    // (issue 26); a message on it is dismissed by the key, which does nothing else.
    let size = viewport ?? Viewport(width: 80, height: .max)
    if page(width: size.width, height: size.height) != nil {
      if notice != nil {
        notice = nil
        return Update()
      }
      return handleReading(key) ?? Update()
    }
    if case .paste(let pasted) = key {
      if field != nil {
        notice = nil
        insertPaste(pasted)
      } else {
        notice = text.pasteIgnored
      }
      return Update()
    }
    if notice != nil {
      // A hint (what Enter did not do, and how to answer) is not a refusal: the key it names
      // must act at once (issue 26: « tapez 0 » needed 0 twice).
      // The review's number prompt is a number field too: a digit typed after a message there
      // types (a tester's "55 Enter" was refused, the "5" that followed only dismissed the
      // message, and the Enter after it finished the assessment).
      var typesANumber = false
      if case .review = place, case .character(let character) = key {
        typesANumber = character.isASCII && character.isNumber
      }
      let modal = field == nil && notice != hint && !typesANumber
      notice = nil
      hint = nil
      if modal { return Update() }
    }
    // `d` opens the highlighted level's definition; Esc closes the help beside the options.
    if let update = handleReading(key) { return update }
    if case .review = place { return handleReview(key) }
    if field != nil { return handleField(key) }
    guard let question = currentQuestion else { return Update() }
    switch key {
    case .tab, .right, .character("s"): goNext()
    case .backTab, .left, .character("b"): goBack()
    case .character("q"), .endOfInput: quit()
    case .character("r"): openReview()
    case .character("h"), .character("?"): toggleHelp()
    case .character("a"): return startNotApplicable()
    case .character("u"): return answerUnknown()
    case .character("c"): return startComment()
    default: return handleAnswerKey(key, question)
    }
    return Update()
  }

  private mutating func handleAnswerKey(_ key: Key, _ question: Question) -> Update {
    switch question.kind {
    case .yesno:
      switch key {
      // The yes key is the session language's (y, or o for oui), in either case.
      case .character(let typed) where typed.lowercased() == String(text.yesKey):
        return answer(.number(1))
      case .character(let typed) where typed.lowercased() == String(text.noKey):
        return answer(.number(0))
      case .character("1"): return answer(.number(1))
      case .character("2"): return answer(.number(0))
      case .up, .character("k"), .down, .character("j"):
        highlight = highlight == 0 ? 1 : 0
        highlightChosen = true
      case .enter:
        guard highlightChosen else {
          notice = text.nothingChosenYesNo(yes: text.yesKey, no: text.noKey)
          hint = notice
          break
        }
        return answer(.number(highlight == 0 ? 1 : 0))
      default: break
      }
    case .scale(_, let options), .choice(let options):
      switch key {
      case .character(let character) where character.isASCII && character.isNumber:
        guard let digit = character.wholeNumberValue else { break }
        let keys = optionKeys(question)
        if keys.upperBound <= 9 {
          guard let index = question.optionIndex(forKey: digit) else {
            notice = text.notAnOption(keys)
            break
          }
          highlight = index
          return answer(.number(options[index].value))
        }
        typedNumber += String(character)
      case .backspace where !typedNumber.isEmpty: typedNumber.removeLast()
      // Esc drops a number being typed, as on the review screen (issue 26).
      case .clearLine, .escape: typedNumber = ""
      // The highlight becomes a choice once it moves: ↑ on the first option leaves it where
      // the list starts, which is no choice (a tester's ↑ Enter saved level 0).
      case .up, .character("k"):
        highlightChosen = highlightChosen || highlight > 0
        highlight = max(0, highlight - 1)
      case .down, .character("j"):
        highlightChosen = highlightChosen || highlight < options.count - 1
        highlight = min(options.count - 1, highlight + 1)
      case .home:
        highlightChosen = highlightChosen || highlight > 0
        highlight = 0
      case .end:
        highlightChosen = highlightChosen || highlight < options.count - 1
        highlight = options.count - 1
      case .enter:
        if typedNumber.isEmpty, !highlightChosen {
          notice = text.nothingChosen(optionKeys(question))
          hint = notice
          break
        }
        if !typedNumber.isEmpty {
          let typed = Int(typedNumber)
          typedNumber = ""
          guard let index = typed.flatMap(question.optionIndex(forKey:)) else {
            notice = text.notAnOption(optionKeys(question))
            break
          }
          highlight = index
        }
        return answer(.number(options[highlight].value))
      default: break
      }
    case .multi(let options):
      switch key {
      case .character("0"):
        // "None of these", chosen explicitly: the only way to save an empty selection on a
        // terminal (issue 26). With options ticked it is refused: a stray 0 must not drop them.
        guard selection.isEmpty else {
          notice = text.untickFirst
          break
        }
        return answer(.selection([]))
      case .character(let character) where character.isASCII && character.isNumber:
        guard let digit = character.wholeNumberValue, (1...options.count).contains(digit) else {
          notice = text.notAnOption(optionKeys(question))
          break
        }
        highlight = digit - 1
        toggle(options[digit - 1].value)
      case .character(" "): toggle(options[highlight].value)
      case .up, .character("k"): highlight = max(0, highlight - 1)
      case .down, .character("j"): highlight = min(options.count - 1, highlight + 1)
      case .enter:
        let chosen = options.map(\.value).filter(selection.contains)
        // Enter with nothing ticked saves nothing (issue 26: an empty `multi` can be a
        // critical gap): `0` chooses "none"; an answer that already is "none" stays.
        if chosen.isEmpty, response.answers[question.id]?.value != .selection([]) {
          notice = text.nothingTicked(optionKeys(question), lineMode: false)
          hint = notice
          break
        }
        return answer(.selection(chosen))
      default: break
      }
    case .number, .text:
      break
    }
    return Update()
  }

  /// The keys that choose the options of `question`: their values 0…N for a value-keyed scale
  /// or choice (questionnaire-format.md, "How options are numbered"), else 1…N; a `multi`
  /// with more than nine options toggles only its first nine with a digit.
  func optionKeys(_ question: Question) -> ClosedRange<Int> {
    let count = question.kind.options.count
    if question.isValueKeyed { return 0...max(0, count - 1) }
    if case .multi = question.kind { return 1...max(1, min(count, 9)) }
    return 1...max(1, count)
  }

  mutating func toggle(_ value: Double) {
    if let index = selection.firstIndex(of: value) {
      selection.remove(at: index)
    } else {
      selection.append(value)
    }
  }

  private mutating func handleField(_ key: Key) -> Update {
    guard var current = field else { return Update() }
    if key != .enter, key != .tab, key != .backTab, key != .endOfInput, key != .escape {
      // The first character typed over a stored number replaces it; an editing key keeps it.
      if case .character = key, current.replacedByTyping {
        current.text = []
        current.cursor = 0
      }
      current.replacedByTyping = false
    }
    switch key {
    case .character(let character):
      current.insert([character])
    case .backspace:
      if current.cursor > 0 {
        current.text.remove(at: current.cursor - 1)
        current.cursor -= 1
      }
    case .delete:
      if current.cursor < current.text.count { current.text.remove(at: current.cursor) }
    case .left: current.cursor = max(0, current.cursor - 1)
    case .right: current.cursor = min(current.text.count, current.cursor + 1)
    case .home: current.cursor = 0
    case .end: current.cursor = current.text.count
    case .clearLine:
      current.text = []
      current.cursor = 0
    case .enter:
      field = current
      return confirmField()
    case .escape:
      cancelField()
      return Update()
    case .tab:
      return leaveField(current, forward: true)
    case .backTab:
      return leaveField(current, forward: false)
    case .endOfInput:
      field = current
      let update = keepTypedText()
      quit()
      return update
    default: break
    }
    field = current
    return Update()
  }

  /// Leaves the open field for the next question (Tab) or the one before (Shift-Tab): typed
  /// text is confirmed as Enter would, not dropped, then the session moves on unless the
  /// confirmation asked for something (a notice, the evidence field).
  private mutating func leaveField(_ current: Field, forward: Bool) -> Update {
    let stored = currentQuestion.flatMap(answerField)?.string ?? ""
    guard !current.string.trimmingSpaces().isEmpty,
      current.string != stored || current.purpose != .answer
    else {
      field = nil
      if forward { goNext() } else { goBack() }
      // Shift-Tab on the first question stays there with a message: its field comes back.
      if field == nil, let question = currentQuestion { field = answerField(question) }
      return Update()
    }
    field = current
    let place = self.place
    let update = confirmField()
    guard notice == nil, field?.purpose != .evidence else { return update }
    if forward {
      // A confirmed answer may already have moved on.
      if self.place == place { goNext() }
    } else if case .question(let id) = place {
      enter(id)
      goBack()
    }
    return update
  }

  /// Keeps what the open field holds when the session is left without confirming it.
  ///
  /// On Ctrl-C, Ctrl-D, a closed terminal or SIGTERM, typed text is confirmed as Tab would confirm it when
  /// it reads as an answer (a comment, evidence or a justification always does); a field
  /// command, an unreadable number or an unchanged answer keeps nothing. No notice remains.
  public mutating func keepTypedText() -> Update {
    guard let current = field, let question = currentQuestion else { return Update() }
    let typed = current.string.trimmingSpaces()
    let stored = answerField(question)?.string ?? ""
    guard !typed.isEmpty, FieldCommand(typed) == nil,
      current.string != stored || current.purpose != .answer
    else { return Update() }
    let update = confirmField()
    notice = nil
    return update
  }

  /// Inserts pasted text at the insertion point: a newline, a tab or any other control
  /// character becomes a space, so a paste of several lines stays one line and confirms nothing.
  mutating func insertPaste(_ pasted: String) {
    guard var current = field else { return }
    if current.replacedByTyping {
      current.text = []
      current.cursor = 0
      current.replacedByTyping = false
    }
    // A run of line breaks and other controls is one space: a Windows CR LF (or a terminal's
    // CR CR) leaves one, as LF does.
    var characters: [Character] = []
    for character in pasted {
      if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        if characters.last != " " || characters.isEmpty { characters.append(" ") }
      } else {
        characters.append(character)
      }
    }
    current.insert(characters)
    field = current
  }
}
