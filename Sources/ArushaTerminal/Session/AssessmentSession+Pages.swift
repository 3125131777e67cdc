import ArushaCore
import ArushaText

/// Reading pages (issue 26, items 8 and 9): text that a screen cannot show whole stands on a
/// page of its own, which scrolls, and where no key answers the question.
///
/// - The questionnaire's description, before question 1 of a new session, when it does not fit
///   above the question: ↑↓ PgUp PgDn Home End scroll it, `q` quits, any other key goes on to
///   question 1 without answering anything.
/// - The question's help (`h`), when it does not fit whole beside the options: ↑↓ PgUp PgDn
///   Home End scroll it, Esc, `h`, `?` or Enter close it, `q` quits, other keys do nothing.
/// - The highlighted option's full definition (`d`), at any size: the same keys (`d` closes),
///   and ← → show the option before or after, which the highlight follows.
/// - On the review screen, the questionnaire's description (`h`), as the help.
extension AssessmentSession {
  /// The size of the screen a key came with.
  struct Viewport: Sendable, Hashable {
    var width: Int
    var height: Int
  }

  /// A reading page.
  enum Page: Sendable, Hashable {
    /// The questionnaire's description before question 1.
    case description
    /// The question's help.
    case help
    /// The highlighted option's definition.
    case definition
    /// The questionnaire's description, from the review screen.
    case about
  }

  /// The page's text laid out at one size: the frame, and how far its text scrolls.
  struct PageLayout {
    var frame: Frame
    /// The largest first line; 0 when the text shows whole.
    var maxScroll: Int
    /// How many lines PgUp and PgDn move.
    var step: Int
  }

  /// Handles one key of the full-screen session drawn at `width` × `height` (the size given to
  /// ``frame(width:height:style:)``): whether the help or the description stands on a page of
  /// its own depends on it.
  ///
  /// A page opens only because the team asked for it (`h`, `:h`, `d`, or the start of a new
  /// session), never because a key changed the layout under it: the evidence prompt opened
  /// after question 1 left no room for the description above it, which then came back as a page
  /// and took the first key typed into the prompt (issue 26). When a key's effect would turn
  /// the description or help already on screen into a page, they give way instead (`h` brings
  /// the help back, on its page).
  public mutating func handle(_ key: Key, width: Int, height: Int) -> Update {
    let size = Viewport(width: max(30, width), height: height)
    viewport = size
    let pageBefore = page(width: size.width, height: size.height)
    let helpBefore = showHelp
    let update = handle(key)
    if pageBefore == nil {
      switch page(width: size.width, height: size.height) {
      case .description?: showsDescription = false
      case .help? where helpBefore: showHelp = false
      default: break
      }
    }
    return update
  }

  /// Whether any option of `question` has a definition (its own `descriptions` or its scale's).
  func hasDefinitions(_ question: Question) -> Bool {
    question.kind.options.indices.contains { index in
      question.optionDescription(at: index).map { !localized($0).isEmpty } ?? false
    }
  }

  /// The reading page on a screen of this size, or nil for the question or review screen.
  func page(width: Int, height: Int) -> Page? {
    switch place {
    case .review:
      return showHelp && questionnaire.description != nil ? .about : nil
    case .question: break
    case .quit, .completed: return nil
    }
    guard let question = currentQuestion else { return nil }
    if showsDefinition, hasDefinitions(question) { return .definition }
    if showsDescription, questionnaire.description != nil {
      // Above the question only when everything fits with it (help closed).
      var plain = self
      plain.showHelp = false
      if plain.questionLayout(question, width: width, height: height, style: .plain).steps > 0 {
        return .description
      }
    }
    if showHelp, question.help != nil,
      questionLayout(question, width: width, height: height, style: .plain).steps
        > Self.helpSteps
    {
      return .help
    }
    return nil
  }

  /// A reading page: its title, a blank line, its text scrolled to ``pageScroll`` with
  /// "↑ N more lines" / "↓ N more lines", a blank line and its keys; the blank lines go first,
  /// then the title keeps one line, when the screen is small.
  func pageLayout(_ page: Page, width: Int, height: Int, style: TextStyle) -> PageLayout {
    let width = max(30, width)
    var title: [String] = []
    var body: [String] = []
    var kind = SessionText.ReadingPage.help
    switch page {
    case .description, .about:
      kind = page == .description ? .description : .help
      let name =
        page == .about
        ? text.reviewTitle + " — " + localized(questionnaire.title) : localized(questionnaire.title)
      title = wrapText(name, width: width).map { style.apply(.bold, $0) }
      body = wrapText(localized(questionnaire.description), width: width)
    case .help:
      if let question = currentQuestion {
        title = wrapText(localized(question.text), width: width).map { style.apply(.bold, $0) }
        body = wrapText(
          style.apply(.yellow, text.colon(text.help)) + " " + localized(question.help),
          width: width)
      }
    case .definition:
      if let question = currentQuestion, question.kind.options.indices.contains(highlight) {
        let isScale: Bool
        if case .scale = question.kind { isScale = true } else { isScale = false }
        kind = .definition(level: isScale)
        title = wrapText(localized(question.text), width: width).map { style.apply(.dim, $0) }
        title.append("")
        title += wrapText(
          text.definitionTitle(
            key: question.optionKey(at: highlight),
            label: localized(question.kind.options[highlight].label), level: isScale),
          width: width
        ).map { style.apply(.bold, $0) }
        body = wrapText(localized(question.optionDescription(at: highlight)), width: width)
      }
    }
    func keys(_ scrolls: Bool) -> [String] {
      wrapText(style.apply(.dim, text.pageKeys(kind, scrolls: scrolls)), width: width)
    }
    var notice: [String] = []
    if let message = self.notice {
      notice = wrapText(style.apply(.boldYellow, message), width: width)
    }
    // The title keeps one line when the screen is small: the option's name, or the question
    // or questionnaire title cut with "…".
    let shortTitle =
      title.count <= 1
      ? title
      : [
        page == .definition
          ? title[title.count - 1]
          : DisplayColumns.truncated(title.joined(separator: " "), to: width)
      ]
    let still = keys(false)
    for (heading, blanks) in [
      (title, true), (title, false), (shortTitle, true), (shortTitle, false),
    ] {
      let room = height - heading.count - notice.count - still.count - (blanks ? 2 : 0)
      if body.count <= room {
        let gap = blanks ? [""] : []
        let lines = heading + gap + body + gap + notice + still
        return PageLayout(frame: Frame(lines: lines, cursor: nil), maxScroll: 0, step: 1)
      }
    }
    // The text scrolls: blank lines go when the window would be small, then the title.
    let moving = keys(true)
    var blanks = 2
    var shownTitle = title
    func room() -> Int { height - shownTitle.count - notice.count - moving.count - blanks }
    if room() < 6 { blanks = 0 }
    if room() < 3 { shownTitle = shortTitle }
    let window = max(3, room())
    let maxScroll = max(0, body.count - (window - 1))
    let offset = min(max(0, pageScroll), maxScroll)
    var visible = window - (offset > 0 ? 1 : 0)
    let below = offset + visible < body.count
    if below { visible -= 1 }
    var middle: [String] = []
    if offset > 0 { middle.append(style.apply(.dim, "  " + text.linesAbove(offset))) }
    middle += body[offset..<min(body.count, offset + visible)]
    if below {
      middle.append(style.apply(.dim, "  " + text.linesBelow(body.count - offset - visible)))
    }
    let gap = blanks > 0 ? [""] : []
    var lines = shownTitle + gap + middle + gap + notice + moving
    if lines.count > height { lines = Array(lines.suffix(max(1, height))) }
    return PageLayout(
      frame: Frame(lines: lines, cursor: nil), maxScroll: maxScroll, step: max(1, window - 2))
  }

  /// Handles `key` when a reading page is open, or `d` that opens a definition; nil when the
  /// key is for the screen below.
  mutating func handleReading(_ key: Key) -> Update? {
    let size = viewport ?? Viewport(width: 80, height: .max)
    guard let page = page(width: size.width, height: size.height) else {
      // Esc closes the help beside the options too (its page closes with it).
      if key == .escape, showHelp, currentQuestion != nil, field == nil || field?.purpose == .answer
      {
        showHelp = false
        return Update()
      }
      guard key == .character("d"), field == nil, let question = currentQuestion,
        !question.kind.options.isEmpty
      else { return nil }
      if hasDefinitions(question) {
        showsDefinition = true
        pageScroll = 0
      } else {
        notice = text.noDefinitions
      }
      return Update()
    }
    let layout = pageLayout(page, width: size.width, height: size.height, style: .plain)
    func scroll(to line: Int) { pageScroll = min(max(0, line), layout.maxScroll) }
    pageScroll = min(pageScroll, layout.maxScroll)
    switch key {
    case .up, .character("k"): scroll(to: pageScroll - 1)
    case .down, .character("j"): scroll(to: pageScroll + 1)
    case .pageUp: scroll(to: pageScroll - layout.step)
    case .pageDown: scroll(to: pageScroll + layout.step)
    case .home: scroll(to: 0)
    case .end: scroll(to: layout.maxScroll)
    case .character("q"), .endOfInput:
      if field != nil { return keepTypedTextAndQuit() }
      quit()
    case .paste: break
    default:
      switch page {
      case .description:
        // Any other key goes on to question 1 and does nothing else.
        showsDescription = false
        pageScroll = 0
      case .help, .about:
        if [.escape, .enter, .character("h"), .character("?")].contains(key) {
          showHelp = false
          pageScroll = 0
        }
      case .definition:
        let count = currentQuestion?.kind.options.count ?? 0
        switch key {
        case .left:
          highlight = max(0, highlight - 1)
          highlightChosen = true
          pageScroll = 0
        case .right:
          highlight = min(max(0, count - 1), highlight + 1)
          highlightChosen = true
          pageScroll = 0
        case .escape, .enter, .character("d"):
          showsDefinition = false
          pageScroll = 0
        default: break
        }
      }
    }
    return Update()
  }

  /// Quits from a page over an open field, keeping what the field holds (as Ctrl-D does).
  private mutating func keepTypedTextAndQuit() -> Update {
    let update = keepTypedText()
    quit()
    return update
  }
}
