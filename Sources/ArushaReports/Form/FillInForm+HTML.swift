import ArushaCore
import ArushaText

extension FillInForm {
  /// The form as one printable page (issue 28, `arusha form -o FILE.html`), for a workshop
  /// on paper: the fields at the top with lines to write on, then each factor's questions in
  /// order, each with its number, text, help, "applies only if …", a box (☐) to tick for
  /// each option with its key, label and full level description, the don't know and not
  /// applicable boxes where offered, a line for a number or a text, and lines for the
  /// comment, the evidence and the justification.
  ///
  /// Self-contained (no external file), `@page { size: A4 }`, a question never split across
  /// pages. Text from the questionnaire is escaped and, in element content, isolated in
  /// `<bdi>` where it could turn its neighbours around, as in every HTML report.
  ///
  /// - Parameters:
  ///   - administration: The administration written on its line, or nil for a blank line.
  ///   - round: The round written on its line, or nil.
  ///   - role: The respondent's role written on its line, or nil.
  ///   - respondent: The respondent written on its line, or nil.
  /// - Returns: The page.
  public func printablePage(
    administration: String?, round: String?, role: String? = nil, respondent: String? = nil
  ) -> String {
    let fields: [Field: String?] = [
      .administration: administration, .round: round, .role: role, .respondent: respondent,
    ]
    let phrases = self.phrases
    let title = phrases.formTitle(text(questionnaire.title), version: questionnaire.version)
    var body = "<header>\n<h1>\(isolated(title))</h1>\n"
    body += "<p class=\"subtitle\">\(html(phrases.formPageInstructions))</p>\n"
    body += "<table class=\"fields\">\n"
    for field in Field.allCases {
      let value = fields[field] ?? nil
      body +=
        "<tr><th>\(html(phrases.formField(field)))</th><td class=\"line\">\(value.map(isolated) ?? "")</td></tr>\n"
    }
    body += "</table>\n</header>\n"
    let found = questionsByID
    var currentFactor: String?
    for row in rows {
      guard case .question = row.kind, let (question, factor) = found[row.questionID] else {
        continue
      }
      if currentFactor != factor.id {
        if currentFactor != nil { body += "</section>\n" }
        currentFactor = factor.id
        body += "<section class=\"factor\">\n<h2>\(isolated(text(factor.title)))</h2>\n"
      }
      body += questionHTML(question, number: row.number, list: row.list.map { lists[$0] })
    }
    if currentFactor != nil { body += "</section>\n" }
    return page(title: title, body: body)
  }

  /// One question's block.
  private func questionHTML(_ question: Question, number: Int, list: ChoiceList?) -> String {
    let phrases = self.phrases
    var out = "<article class=\"question\" id=\"q\(number)\">\n"
    out +=
      "<h3><span class=\"number\">\(number).</span> \(isolated(text(question.text)))</h3>\n"
    if let condition = question.condition {
      out += "<p class=\"condition\">\(isolated(conditionWords(condition)))</p>\n"
    }
    if let help = question.help {
      out += "<p class=\"help\">\(isolated(text(help)))</p>\n"
    }
    func box(_ key: String?, _ label: String, _ description: String?) -> String {
      var item = "<li><span class=\"box\">☐</span> "
      if let key { item += "<span class=\"key\">\(html(key))</span> — " }
      item += "<span class=\"label\">\(isolated(label))</span>"
      if let description, !description.isEmpty {
        item += "<span class=\"description\">\(isolated(description))</span>"
      }
      return item + "</li>\n"
    }
    var options: [String] = []
    var states: [String] = []
    switch question.kind {
    case .scale(_, let choices), .choice(let choices):
      for index in choices.indices {
        options.append(
          box(
            String(question.optionKey(at: index)), text(choices[index].label),
            question.optionDescription(at: index).map { text($0) }))
      }
    case .multi(let choices):
      out += "<p class=\"note\">\(html(phrases.formTickEach))</p>\n"
      for (index, option) in choices.enumerated() {
        options.append(
          box(
            String(question.optionKey(at: index)), text(option.label),
            option.description.map { text($0) }))
      }
    case .yesno:
      options.append(box(FillInForm.yesKey, phrases.formLabels.yes, nil))
      options.append(box(FillInForm.noKey, phrases.formLabels.no, nil))
    case .number:
      out +=
        "<p class=\"write\"><span>\(html(numberWords(question)))</span><span class=\"rule short\"></span></p>\n"
    case .text:
      out +=
        "<p class=\"write\"><span>\(html(phrases.formWriteText))</span><span class=\"rule\"></span></p>\n"
      out += "<p class=\"write\"><span></span><span class=\"rule\"></span></p>\n"
    }
    for entry in list?.entries ?? [] {
      switch entry.meaning {
      case .unknown, .notApplicable: states.append(box(entry.key, entry.label, nil))
      case .option, .yes, .no: break
      }
    }
    if list == nil {
      // A number or a text: its states are boxes of their own.
      let labels = phrases.formLabels
      if question.allowUnknown { states.append(box(FillInForm.unknownKey, labels.unknown, nil)) }
      if question.allowNotApplicable {
        states.append(box(FillInForm.notApplicableKey, labels.notApplicable, nil))
      }
    }
    if case .multi = question.kind {
      // Nothing ticked would read as "not answered": "none of these" is a box of its own.
      options.append(box(nil, phrases.formNone, nil))
    }
    if !options.isEmpty { out += "<ul class=\"boxes\">\n" + options.joined() + "</ul>\n" }
    if !states.isEmpty { out += "<ul class=\"boxes states\">\n" + states.joined() + "</ul>\n" }
    var lines = [phrases.comment, phrases.evidence]
    if question.allowNotApplicable { lines.append(phrases.formJustificationLine) }
    for line in lines {
      out += "<p class=\"write\"><span>\(html(line))</span><span class=\"rule\"></span></p>\n"
    }
    return out + "</article>\n"
  }

  /// The page frame (``htmlPage(title:language:style:body:)``) with the form's style: A4, the
  /// house font, boxes and lines to write on.
  private func page(title: String, body: String) -> String {
    htmlPage(title: title, language: language, style: Self.pageStyle, body: body)
  }

  /// The printable form's style sheet.
  static let pageStyle = """
    body { font-family: \(SVGText.fontFamily); color: #1f2328;
      max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
    h1 { font-size: 1.5rem; margin-bottom: .3rem; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; border-bottom: 2px solid #1f2328; }
    h3 { font-size: 1rem; margin: 0 0 .3rem; } .number { font-variant-numeric: tabular-nums; }
    .subtitle, .help, .note, .condition { color: #59636e; margin: .2rem 0; font-size: .9rem; }
    .condition { font-style: italic; }
    table.fields { border-collapse: collapse; margin: .8rem 0; width: 100%; }
    table.fields th { text-align: left; font-weight: 600; width: 12rem; padding: .6rem .5rem 0 0; vertical-align: bottom; }
    td.line { border-bottom: 1px solid #1f2328; padding: .6rem 0 0; }
    .question { border-top: 1px solid #d0d7de; padding: .6rem 0; break-inside: avoid; page-break-inside: avoid; }
    ul.boxes { list-style: none; padding: 0; margin: .3rem 0; }
    ul.boxes li { margin: .15rem 0; padding-left: 1.6rem; text-indent: -1.6rem; }
    ul.states li { display: inline-block; margin-right: 2rem; }
    .box { font-size: 1.15rem; line-height: 1; } .key { font-weight: 600; } .label { font-weight: 600; }
    .description { display: block; text-indent: 0; color: #1f2328; font-size: .9rem; }
    p.write { display: flex; align-items: flex-end; gap: .5rem; margin: .55rem 0 0; }
    p.write span:first-child { flex: none; font-size: .9rem; }
    .rule { flex: 1; border-bottom: 1px solid #1f2328; min-height: 1.2rem; } .rule.short { flex: 0 0 12rem; }
    @page { size: A4; margin: 12mm 14mm; }
    @media print { html { font-size: 8.5pt; } body { margin: 0; max-width: none; line-height: 1.3; }
      h2 { break-after: avoid; page-break-after: avoid; } .question { padding: .35rem 0; }
      ul.boxes li { margin: .05rem 0; } p.write { margin-top: .45rem; } }
    """
}
