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
      "Fill in the shaded cells only: the administration and the round above, then for each question its answer (chosen from the cell's drop-down list, or a number or a text), with a comment or an evidence reference if you wish. “Not applicable” needs a justification in its column. Leave empty what is not decided yet. Then run: arusha import FILE.xlsx",
      "Ne remplissez que les cellules en couleur\u{A0}: l’administration et le cycle ci-dessus, puis pour chaque question sa réponse (choisie dans la liste déroulante de la cellule, ou un nombre, ou un texte), avec si vous le souhaitez un commentaire ou la référence d’un justificatif. «\u{A0}Sans objet\u{A0}» demande une justification dans sa colonne. Laissez vide ce qui n’est pas encore décidé. Puis lancez\u{A0}: arusha import FICHIER.xlsx"
    )
  }

  /// The header of each column of the answer sheet.
  public func formHeader(_ column: FillInForm.Column) -> String {
    switch column {
    case .number: return pick("No.", "N°")
    case .factor: return factor
    case .question: return pick("Question", "Question")
    case .answer: return pick("Answer", "Réponse")
    case .comment: return comment
    case .evidence: return evidence
    case .justification: return pick("N/A justification", "Justification (sans objet)")
    case .condition: return pick("Applies when", "S’applique si")
    case .levels: return pick("Levels", "Niveaux")
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
  /// Text in this language's quotation marks: “…” / « … ».
  public func formQuoted(_ text: String) -> String {
    pick("“\(text)”", "«\u{A0}\(text)\u{A0}»")
  }

  /// One level of a scale or choice in full: "3 — Applied throughout: every office…".
  public func formLevel(key: String, label: String, description: String?) -> String {
    guard let description, !description.isEmpty else { return "\(key) — \(label)" }
    return pick("\(key) — \(label): \(description)", "\(key) — \(label)\u{A0}: \(description)")
  }

  /// A number as the form writes it: whole without decimals, else with this language's
  /// decimal mark (`2.5` / `2,5`).
  public func formNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return pick(String(value), String(value).replacingOccurrences(of: ".", with: ","))
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

  /// What else an answer cell takes, empty when neither state is offered.
  ///
  /// "Or u: don't know. Or a: not applicable, with a justification in column G."
  public func formStates(unknown: Bool, notApplicable: Bool) -> String {
    var sentences: [String] = []
    if unknown {
      sentences.append(
        pick(
          "Or \(FillInForm.unknownKey): don't know.",
          "Ou \(FillInForm.unknownKey)\u{A0}: ne sait pas."))
    }
    if notApplicable {
      sentences.append(
        pick(
          "Or \(FillInForm.notApplicableKey): not applicable, with a justification in column \(FillInForm.Column.justification.letter).",
          "Ou \(FillInForm.notApplicableKey)\u{A0}: sans objet, avec une justification en colonne \(FillInForm.Column.justification.letter)."
        ))
    }
    return sentences.joined(separator: " ")
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
        " “Not applicable” needs a justification in column \(FillInForm.Column.justification.letter).",
        " «\u{A0}Sans objet\u{A0}» demande une justification en colonne \(FillInForm.Column.justification.letter)."
      )
  }

  /// The input message of a `multi` question's own row: its options are answered below.
  public var formMultiPrompt: String {
    pick(
      "Answer each option in the rows below (Yes or No). Here, only if the whole question is “don't know” or “not applicable”.",
      "Répondez à chaque option dans les lignes suivantes (Oui ou Non). Ici, seulement si toute la question est «\u{A0}ne sait pas\u{A0}» ou «\u{A0}sans objet\u{A0}»."
    )
  }

  /// The levels cell of a `multi` question's own row in the workbook.
  public var formOptionsBelow: String {
    pick(
      "Each option in the rows below: Yes or No.",
      "Chaque option dans les lignes suivantes\u{A0}: Oui ou Non.")
  }

  /// The input message of a `multi` option's row.
  public var formOptionPrompt: String {
    pick(
      "Yes if this option applies, No if it does not.",
      "Oui si cette option s’applique, Non sinon.")
  }

  /// The input message of a number question.
  ///
  /// "A number from 0 to 100 (cases). Or u: …".
  public func formNumberPrompt(range: String, unit: String?, states: String) -> String {
    var text = pick("A number", "Un nombre")
    if !range.isEmpty { text += " " + range }
    if let unit, !unit.isEmpty { text += " (\(unit))" }
    text += "."
    return states.isEmpty ? text : text + " " + states
  }

  /// The input message of a text question.
  public func formTextPrompt(states: String) -> String {
    let text = pick("Type the answer.", "Saisissez la réponse.")
    return states.isEmpty ? text : text + " " + states
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
      ? pick("Enter a number.", "Saisissez un nombre.")
      : pick("Enter a number \(range).", "Saisissez un nombre \(range).")
    return states.isEmpty ? base : base + " " + states
  }

  // MARK: - The printable page

  /// What the printable page asks, under its title.
  public var formPageInstructions: String {
    pick(
      "Tick one box per question (each box that applies where it says so) and write on the lines. Then type the answers in the workbook (arusha form -o FILE.xlsx) or in arusha assess.",
      "Cochez une case par question (chaque case qui s’applique lorsque c’est indiqué) et écrivez sur les lignes. Saisissez ensuite les réponses dans le classeur (arusha form -o FICHIER.xlsx) ou dans arusha assess."
    )
  }
  /// Under a `multi` question: its boxes are ticked each that applies.
  public var formTickEach: String {
    pick("Tick each option that applies.", "Cochez chaque option qui s’applique.")
  }
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
