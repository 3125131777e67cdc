import ArushaCore

// The words of the fill-in form (issue 28): the workbook's (`arusha form -o FILE.xlsx`) and
// the printable page's (`-o FILE.html`). The sheets' own names (`Questionnaire`, `Lists`,
// `arusha`) are the layout's (FillInForm), the same in every language, since the importer
// finds the sheets by them.
extension Phrases {
  /// The words of yes, no, don't know and not applicable in the drop-down lists.
  public var formLabels: FillInForm.Labels {
    FillInForm.Labels(
      yes: yes, no: no, unknown: pick("Don't know", "Ne sait pas"),
      notApplicable: pick("Not applicable", "Sans objet"))
  }

  /// The form's title: the questionnaire's title and version.
  public func formTitle(_ title: String, version: String) -> String {
    pick("\(title) — version \(version)", "\(title) — version \(version)")
  }

  /// The label of each field at the top of the form, by its row.
  public func formField(_ field: FillInForm.Field) -> String {
    switch field {
    case .administration: return pick("Administration", "Administration")
    case .round: return pick("Round", "Cycle")
    case .role: return role
    case .respondent: return pick("Respondent", "Répondant")
    }
  }

  /// The workbook's instructions (row 6).
  public var formInstructions: String {
    pick(
      "Fill in the shaded cells only: the administration, round, role and respondent above, then for each question its answer (chosen from the cell's drop-down list, or a number or a text), with a comment or an evidence reference if you wish. “Not applicable” requires a justification in column \(FillInForm.Column.justification.letter). For a question with its options on the rows below it: once one option is answered, answer Yes or No for every one. Leave empty what is not decided yet. Then run: arusha import FILE.xlsx",
      "Ne remplissez que les cellules en couleur\u{A0}: l’administration, le cycle, la fonction et le répondant ci-dessus, puis pour chaque question sa réponse (choisie dans la liste déroulante de la cellule, ou un nombre, ou un texte), avec si vous le souhaitez un commentaire ou la référence d’un justificatif. «\u{A0}Sans objet\u{A0}» exige une justification en colonne \(FillInForm.Column.justification.letter). Pour une question dont les options sont sur les lignes suivantes\u{A0}: dès qu’une option est renseignée, répondez Oui ou Non pour chacune. Laissez vide ce qui n’est pas encore décidé. Puis lancez\u{A0}: arusha import FICHIER.xlsx"
    )
  }

  /// The word before the page's number in the printed workbook's footer ("Page 3 / 12").
  public var formPage: String { pick("Page", "Page") }

  /// The header of each column of the answer sheet.
  public func formHeader(_ column: FillInForm.Column) -> String {
    switch column {
    case .number: return pick("No.", "N°")
    case .factor: return factor
    case .question: return pick("Question", "Question")
    case .answer: return pick("Answer", "Réponse")
    case .comment: return comment
    case .evidence: return evidence
    case .justification:
      return pick("Justification of “not applicable”", "Justification du «\u{A0}sans objet\u{A0}»")
    case .condition: return pick("Applies when", "S’applique si")
    case .levels: return pick("Possible answers", "Réponses possibles")
    case .help: return help
    case .key: return pick("Key", "Clé")
    }
  }

  /// A question as a condition names it: `Q12`, by its number (as the session and the
  /// reports number it).
  public func formQuestion(_ number: Int) -> String { "Q\(number)" }

  /// When a conditional question applies: "Only if Q12 = Yes".
  public func formOnlyIf(_ condition: String) -> String {
    pick("Only if \(condition)", "Seulement si \(condition)")
  }
  /// The word between two conditions that must both hold.
  public var formAnd: String { pick("and", "et") }
  /// The word between two conditions of which one must hold.
  public var formOr: String { pick("or", "ou") }
  /// A condition that must not hold: "not (Q3 = Yes)".
  public func formNot(_ condition: String) -> String {
    pick("not (\(condition))", "non (\(condition))")
  }
  /// A question that has an answer: "Q4 is answered".
  public func formIsAnswered(_ question: String) -> String {
    pick("\(question) is answered", "\(question) a une réponse")
  }
  /// A `multi` question with an option chosen: "Q5 includes “2 — Internal audit”".
  public func formIncludes(_ question: String, _ option: String) -> String {
    pick("\(question) includes \(formQuoted(option))", "\(question) comprend \(formQuoted(option))")
  }
  /// An option as a comparison names it, its label in parentheses so that a following “and”
  /// does not read as part of it: "2 (Partly in place)".
  public func formConditionOption(key: String, label: String) -> String {
    label.isEmpty ? key : "\(key) (\(label))"
  }
  /// Text in this language's quotation marks: “…” / « … ».
  public func formQuoted(_ text: String) -> String {
    pick("“\(text)”", "«\u{A0}\(text)\u{A0}»")
  }

  /// One level of a scale or choice in full: "3 — Applied throughout: every office…".
  public func formLevel(key: String, label: String, description: String?) -> String {
    guard let description, !description.isEmpty else { return "\(key) — \(label)" }
    return pick("\(key) — \(label): \(description)", "\(key) — \(label)\u{A0}: \(description)")
  }

  /// A number as the form shows it, as the session does (``NumberReading/format(_:language:)``):
  /// this language's decimal mark, and from 10 000 on its thousands grouped (`2.5`,
  /// `1,000,000` / `2,5`, `1 000 000`); a year such as 1999 stays ungrouped.
  public func formNumber(_ value: Double) -> String {
    NumberReading.format(value, language: language)
  }

  /// The bounds of a number question in words ("from 0 to 100", "of at least 0"), empty when
  /// it has none.
  public func formRange(_ low: Double?, _ high: Double?) -> String {
    switch (low, high) {
    case (let low?, let high?):
      return pick(
        "from \(formNumber(low)) to \(formNumber(high))",
        "de \(formNumber(low)) à \(formNumber(high))")
    case (let low?, nil):
      return pick("of at least \(formNumber(low))", "d’au moins \(formNumber(low))")
    case (nil, let high?):
      return pick("of at most \(formNumber(high))", "d’au plus \(formNumber(high))")
    case (nil, nil): return ""
    }
  }

  /// What else an answer cell takes, as the end of a sentence, empty when neither state is
  /// offered.
  ///
  /// "or “u” (don't know), or “a” (not applicable, with a justification in column G)".
  public func formStates(unknown: Bool, notApplicable: Bool) -> String {
    var clauses: [String] = []
    if unknown {
      clauses.append(
        pick(
          "or “\(FillInForm.unknownKey)” (don't know)",
          "ou «\u{A0}\(FillInForm.unknownKey)\u{A0}» (ne sait pas)"))
    }
    if notApplicable {
      clauses.append(
        pick(
          "or “\(FillInForm.notApplicableKey)” (not applicable, with a justification in column \(FillInForm.Column.justification.letter))",
          "ou «\u{A0}\(FillInForm.notApplicableKey)\u{A0}» (sans objet, avec une justification en colonne \(FillInForm.Column.justification.letter))"
        ))
    }
    return clauses.joined(separator: ", ")
  }

  /// `sentence` (without its full stop) followed by ``formStates(unknown:notApplicable:)``'s
  /// clause, then a full stop.
  func withStates(_ sentence: String, _ states: String) -> String {
    states.isEmpty ? sentence + "." : sentence + ", " + states + "."
  }

  /// The title of an answer cell's input message.
  public var formPromptTitle: String { pick("Answer", "Réponse") }

  /// The input message of an answer cell with a list.
  public func formListPrompt(notApplicable: Bool) -> String {
    let choose = pick(
      "Choose one entry of the drop-down list.", "Choisissez une entrée de la liste déroulante.")
    guard notApplicable else { return choose }
    return choose
      + pick(
        " “Not applicable” requires a justification in column \(FillInForm.Column.justification.letter).",
        " «\u{A0}Sans objet\u{A0}» exige une justification en colonne \(FillInForm.Column.justification.letter)."
      )
  }

  /// The input message of a `multi` question's own row, which has a list only when the
  /// question offers don't know or not applicable: its options are answered below, and this
  /// cell names only the states its list offers.
  ///
  /// - Parameters:
  ///   - unknown: Whether the list offers "don't know".
  ///   - notApplicable: Whether it offers "not applicable".
  /// - Returns: The message.
  public func formMultiPrompt(unknown: Bool, notApplicable: Bool) -> String {
    let labels = formLabels
    let states = [unknown ? labels.unknown : nil, notApplicable ? labels.notApplicable : nil]
      .compactMap { $0 }.map(formQuoted).joined(separator: pick(" or ", " ou "))
    guard !states.isEmpty else { return formOptionsBelow }
    return formOptionsBelow
      + pick(
        " Choose \(states) in this cell only for the whole question.",
        " Ne choisissez \(states) dans cette cellule que pour la question entière.")
  }

  /// The levels cell of a `multi` question's own row in the workbook: every option answered,
  /// or none.
  public var formOptionsBelow: String {
    pick(
      "Answer Yes or No for each option, in the rows below (or leave them all empty).",
      "Répondez Oui ou Non pour chaque option, dans les lignes ci-dessous (ou laissez-les toutes vides)."
    )
  }

  /// The input message of a `multi` option's row.
  public var formOptionPrompt: String {
    pick(
      "Yes if this option applies, No if it does not. Once one option of the question is answered, answer every one.",
      "Oui si cette option s’applique, Non sinon. Dès qu’une option de la question est renseignée, répondez pour chacune."
    )
  }

  /// The input message of a number question.
  ///
  /// "A number from 0 to 100 (cases). Or u: …".
  public func formNumberPrompt(range: String, unit: String?, states: String) -> String {
    var text = pick("A number", "Un nombre")
    if !range.isEmpty { text += " " + range }
    if let unit, !unit.isEmpty { text += " (\(unit))" }
    return withStates(text, states)
  }

  /// The input message of a text question.
  public func formTextPrompt(states: String) -> String {
    withStates(pick("Enter the answer", "Saisissez la réponse"), states)
  }

  /// The title of the message shown when a cell refuses what was typed.
  public var formErrorTitle: String { pick("Not accepted", "Valeur refusée") }
  /// The message shown when a list's cell is given something else.
  public var formListError: String {
    pick(
      "Choose an entry of the drop-down list, or leave the cell empty.",
      "Choisissez une entrée de la liste déroulante, ou laissez la cellule vide.")
  }
  /// The message shown when a number cell is given something else.
  public func formNumberError(range: String, states: String) -> String {
    let base =
      range.isEmpty
      ? pick("Enter a number", "Saisissez un nombre")
      : pick("Enter a number \(range)", "Saisissez un nombre \(range)")
    return withStates(base, states)
  }

  // MARK: - The printable page

  /// What the printable page asks, under its title.
  public var formPageInstructions: String {
    pick(
      "Tick only one box per question (or, where it says so, every box that applies) and write on the lines. Then enter the answers in the workbook (arusha form -o FILE.xlsx) or in arusha assess.",
      "Cochez une seule case par question (ou, lorsque c’est indiqué, toutes celles qui s’appliquent) et écrivez sur les lignes. Saisissez ensuite les réponses dans le classeur (arusha form -o FICHIER.xlsx) ou dans arusha assess."
    )
  }
  /// Under a `multi` question: its boxes are ticked each that applies.
  public var formTickEach: String {
    pick(
      "Tick every option that applies, or “None” if none does.",
      "Cochez toutes les options qui s’appliquent, ou «\u{A0}Aucune\u{A0}» si aucune ne s’applique."
    )
  }
  /// The box under a `multi` question's options on the printable page: none of them applies
  /// (so that nothing ticked stays "not answered").
  public var formNone: String { pick("None", "Aucune") }
  /// Under a number question's line.
  public func formWriteNumber(range: String, unit: String?) -> String {
    var text = pick("A number", "Un nombre")
    if !range.isEmpty { text += " " + range }
    if let unit, !unit.isEmpty { text += " (\(unit))" }
    return text
  }
  /// Under a text question's line.
  public var formWriteText: String { pick("Answer", "Réponse") }
  /// The line of the justification of "not applicable".
  public var formJustificationLine: String {
    pick("Justification (if not applicable)", "Justification (si sans objet)")
  }
}
