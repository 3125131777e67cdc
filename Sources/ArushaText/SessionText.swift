import ArushaCore

/// The words of the assessment session: part of the one catalogue (``Phrases``), with the
/// reports' and the messages' words and the same lookup.
public typealias SessionText = Phrases

extension Phrases {

  /// The factor line of a question's screen: "Factor 3/10 · Transparency".
  ///
  /// `number` is the factor's own number (the Declaration's, as every report shows it), given
  /// when some factor's number is not its place among the questionnaire's factors: then both
  /// show, on every factor alike, so that the session and the reports name a factor the same:
  /// "Factor 6 · Audit and Investigation (2/2)" (issue 26, one numbering). Nil: "3/10".
  public func factorHeading(number: Int?, position: Int, count: Int, title: String) -> String {
    guard let number else {
      return pick(
        "Factor \(position)/\(count) · \(title)", "Facteur \(position)/\(count) · \(title)")
    }
    return pick(
      "Factor \(number) · \(title) (\(position)/\(count))",
      "Facteur \(number) · \(title) (\(position)/\(count))")
  }
  public func questionPosition(_ position: Int, _ count: Int) -> String {
    pick("Question \(position)/\(count)", "Question \(position)/\(count)")
  }
  public func answeredCount(_ answered: Int, _ count: Int) -> String {
    pick("\(answered) of \(count) answered", "\(answered) réponse\(plural(answered)) sur \(count)")
  }
  public var notApplicable: String { pick("Not applicable", "Sans objet") }
  public var unknown: String {
    pick("Don't know / no evidence", "Ne sait pas / pas de justificatif")
  }
  public var currentAnswer: String { pick("Current answer", "Réponse actuelle") }
  public var help: String { pick("Help", "Aide") }
  public var topic: String { pick("Topic", "Thème") }
  /// "none" of a multi's options (feminine in French: « aucune » option).
  public var noOption: String { pick("none", "aucune") }
  public var typeAnswer: String { pick("Your answer", "Votre réponse") }
  public var typeNumber: String { pick("A number", "Un nombre") }
  /// Line mode's prompt for a number question that has a unit ("cases", "days", "%").
  public func numberPrompt(unit: String) -> String {
    pick("A number (\(unit)):", "Un nombre (\(unit))\u{A0}:")
  }
  /// The N/A justification prompt; line mode has no Esc: an empty line cancels there.
  public func enterJustification(lineMode: Bool = false) -> String {
    lineMode
      ? pick(
        "Why does this question not apply? (an empty line cancels)",
        "Pourquoi cette question est-elle sans objet\u{202F}? (ligne vide pour annuler)")
      : pick(
        "Why does this question not apply? (Enter to confirm, Esc to cancel)",
        "Pourquoi cette question est-elle sans objet\u{202F}? (Entrée pour valider, Échap pour annuler)"
      )
  }
  /// The comment prompt; line mode has no Esc: an empty line cancels there.
  public func enterComment(lineMode: Bool = false) -> String {
    lineMode
      ? pick("Comment (an empty line cancels)", "Commentaire (ligne vide pour annuler)")
      : pick(
        "Comment (Enter to save, Esc to cancel)",
        "Commentaire (Entrée pour enregistrer, Échap pour annuler)")
  }
  public var enterEvidence: String {
    pick(
      "Evidence reference, e.g. a document or decision number (Enter to save, empty to skip)",
      "Référence du justificatif, par ex. un document ou un numéro de décision (Entrée pour enregistrer, laisser vide pour passer)"
    )
  }
  /// Why the evidence prompt is there, after an answer that expects evidence (scoring.md,
  /// "unsupported").
  public var evidenceExpected: String {
    pick(
      "This answer expects evidence (a document, a decision number, a record). Without it, reports list the answer as unsupported.",
      "Cette réponse appelle un justificatif (un document, un numéro de décision, un registre). Sans lui, les rapports la classent parmi les réponses sans justificatif."
    )
  }
  public var justificationRequired: String {
    pick(
      "A justification is required for “not applicable”.",
      "Une justification est requise pour «\u{A0}sans objet\u{A0}».")
  }
  public var notApplicableNotOffered: String {
    pick(
      "“Not applicable” is not offered for this question.",
      "«\u{A0}Sans objet\u{A0}» n’est pas proposé pour cette question.")
  }
  public var unknownNotOffered: String {
    pick(
      "“Don't know” is not offered for this question.",
      "«\u{A0}Ne sait pas\u{A0}» n’est pas proposé pour cette question.")
  }
  /// A text longer than a response keeps (response-format.md, "Lengths").
  public func tooLong(_ count: Int, limit: Int) -> String {
    pick(
      "This text has \(count) characters; at most \(limit) are kept. Shorten it.",
      "Ce texte compte \(count) caractères\u{202F}; au plus \(limit) sont conservés. Raccourcissez-le."
    )
  }
  /// An answer that would make the response file larger than arusha reads back.
  public var responseTooLarge: String {
    pick(
      "This answer would make the response file too large to read back; it was not recorded. Shorten the longest comments.",
      "Cette réponse rendrait le fichier de réponses trop volumineux pour être relu\u{202F}; elle n’a pas été enregistrée. Raccourcissez les commentaires les plus longs."
    )
  }
  public var answerFirst: String {
    pick(
      "Answer the question first, then add a comment.",
      "Répondez d’abord à la question, puis ajoutez un commentaire.")
  }
  public var noHelp: String {
    pick("This question has no help text.", "Pas d’aide pour cette question.")
  }
  /// A digit or number that chooses no option; `keys` are those that do.
  public func notAnOption(_ keys: ClosedRange<Int>) -> String {
    let (low, high) = (keys.lowerBound, keys.upperBound)
    return pick(
      "Choose a number from \(low) to \(high).", "Choisissez un nombre de \(low) à \(high).")
  }
  public func numberOutOfRange(_ low: String?, _ high: String?) -> String {
    switch (low, high) {
    case (let low?, let high?):
      return pick(
        "Enter a number from \(low) to \(high).", "Saisissez un nombre de \(low) à \(high).")
    case (let low?, nil):
      return pick(
        "Enter a number of at least \(low).", "Saisissez un nombre supérieur ou égal à \(low).")
    case (nil, let high?):
      return pick(
        "Enter a number of at most \(high).", "Saisissez un nombre inférieur ou égal à \(high).")
    case (nil, nil): return pick("Enter a number.", "Saisissez un nombre.")
    }
  }
  public func unknownCommand(_ typed: String) -> String {
    // Input can be a file piped in: what it says is shown printable, like text from a file.
    let text = Self.printable(typed)
    return pick(
      "Unknown answer '\(text)'. Type h for help on the keys.",
      "Réponse «\u{A0}\(text)\u{A0}» non reconnue. Tapez h pour l’aide sur les touches.")
  }
  public var reviewTitle: String { pick("Review", "Récapitulatif") }
  public func reviewFactor(_ title: String, answered: Int, missing: Int) -> String {
    pick(
      "\(title): \(answered) answered, \(missing) missing",
      "\(title)\u{A0}: \(answered) réponse\(plural(answered)), \(missing) manquante\(plural(missing))"
    )
  }
  public var missingRequired: String {
    pick("Required questions without an answer", "Questions obligatoires sans réponse")
  }
  public var allAnswered: String {
    pick(
      "Every required question has an answer.", "Toutes les questions obligatoires ont une réponse."
    )
  }
  /// The review screen's keys; `h` where the questionnaire has a description to show.
  ///
  /// Full screen (issue 26): Enter opens the highlighted question when a row is highlighted
  /// (`open` is its number) and finishes the assessment when none is; Esc takes the
  /// highlight away, so the key line always says which of the two Enter does.
  public func reviewKeys(lineMode: Bool, description: Bool, open: Int? = nil) -> String {
    var parts: [String]
    if lineMode {
      parts = [
        pick("Empty line: finish", "Ligne vide\u{A0}: terminer"),
        pick("a number: go to that question", "un numéro\u{A0}: aller à cette question"),
      ]
    } else if let open {
      parts = [
        pick("Enter: open question \(open)", "Entrée\u{A0}: ouvrir la question \(open)"),
        pick(
          "Esc: unselect (then Enter finishes)",
          "Échap\u{A0}: désélectionner (Entrée termine alors)"),
        pick(
          "a number + Enter: go to that question",
          "un numéro + Entrée\u{A0}: aller à cette question"),
        pick("↑↓ PgUp PgDn Home End: choose", "↑↓ PgPréc PgSuiv Début Fin\u{A0}: choisir"),
      ]
    } else {
      parts = [
        pick("Enter: finish the assessment", "Entrée\u{A0}: terminer l’évaluation"),
        pick(
          "a number + Enter: go to that question",
          "un numéro + Entrée\u{A0}: aller à cette question"),
        pick("↑↓ PgUp PgDn Home End: choose", "↑↓ PgPréc PgSuiv Début Fin\u{A0}: choisir"),
      ]
    }
    if description {
      parts.append(pick("h: about this questionnaire", "h\u{A0}: à propos de ce questionnaire"))
    }
    parts += [
      pick("b: back", "b\u{A0}: retour"),
      pick("q: save and quit", "q\u{A0}: enregistrer et quitter"),
    ]
    return Self.keyHelp(parts)
  }
  public var noDescription: String {
    pick("This questionnaire has no description.", "Ce questionnaire n’a pas de description.")
  }
  public func cannotComplete(_ count: Int) -> String {
    pick(
      "\(count) required question\(count == 1 ? " has" : "s have") no answer yet: answer \(count == 1 ? "it" : "them") to finish.",
      "\(count) question\(plural(count)) obligatoire\(plural(count)) sans réponse\u{A0}: répondez-y pour terminer."
    )
  }
  public func noSuchQuestion(_ count: Int) -> String {
    pick(
      "Type a question number from 1 to \(count).", "Tapez un numéro de question de 1 à \(count).")
  }
  public var goTo: String { pick("Go to question", "Aller à la question") }

  public func keys(for kind: KeyHelp) -> String {
    switch kind {
    case .choice(let keys, let na, let unknown):
      var parts = [
        keys.upperBound > 9
          ? pick("number + Enter", "numéro + Entrée") : "\(keys.lowerBound)–\(keys.upperBound)",
        pick("↑↓ Enter", "↑↓ Entrée"),
      ]
      if na { parts.append(pick("a n/a", "a sans objet")) }
      if unknown { parts.append(pick("u don't know", "u ne sait pas")) }
      return Self.keyHelp(parts + common)
    case .yesno(let na, let unknown):
      var parts = [pick("y yes", "o oui"), pick("n no", "n non")]
      if na { parts.append(pick("a n/a", "a sans objet")) }
      if unknown { parts.append(pick("u don't know", "u ne sait pas")) }
      return Self.keyHelp(parts + common)
    case .multi(let keys, let na, let unknown):
      let digits = "\(keys.lowerBound)–\(keys.upperBound)"
      var parts = [
        pick("\(digits)/Space toggle", "\(digits)/Espace cocher"),
        pick("0 none", "0 aucune"),
        pick("Enter confirm", "Entrée valider"),
      ]
      if na { parts.append(pick("a n/a", "a sans objet")) }
      if unknown { parts.append(pick("u don't know", "u ne sait pas")) }
      return Self.keyHelp(parts + common)
    case .field(let na, let unknown):
      var parts = [
        pick("Enter confirm", "Entrée valider"), pick("Esc undo", "Échap annuler"),
        pick("Tab next", "Tab suivante"), pick("Shift-Tab back", "Maj-Tab précédente"),
        pick(":h help", ":h aide"),
      ]
      if na { parts.append(pick(":a n/a", ":a sans objet")) }
      if unknown { parts.append(pick(":u don't know", ":u ne sait pas")) }
      parts += [
        pick(":c comment", ":c commentaire"), pick(":r review", ":r récapitulatif"),
        pick(":q quit", ":q quitter"),
      ]
      return Self.keyHelp(parts)
    case .prompt:
      return Self.keyHelp([
        pick("Enter confirm", "Entrée valider"), pick("Esc cancel", "Échap annuler"),
      ])
    }
  }

  /// The key help's entries as one line: each "key label" entry is bound by no-break spaces,
  /// and so is the `·` after it, so that ``wrapText(_:width:indent:)`` breaks only between
  /// entries, never between a key and its label (cli.md).
  public static func keyHelp(_ entries: [String]) -> String {
    entries.map { entry in
      String(entry.map { $0 == " " ? "\u{A0}" : $0 })
    }.joined(separator: "\u{A0}· ")
  }

  private var common: [String] {
    [
      pick("h help", "h aide"), pick("c comment", "c commentaire"), pick("b back", "b retour"),
      pick("s skip", "s passer"), pick("r review", "r récapitulatif"), pick("q quit", "q quitter"),
    ]
  }

  public func lineKeys(for kind: KeyHelp) -> String {
    let common = [
      pick("h help", "h aide"), pick("c TEXT comment", "c TEXTE commentaire"),
      pick("b back", "b retour"), pick("s skip", "s passer"), pick("r review", "r récapitulatif"),
      pick("q quit", "q quitter"),
    ]
    var extra: [String] = []
    switch kind {
    case .choice(let keys, let na, let unknown):
      let range = "\(keys.lowerBound)–\(keys.upperBound)"
      extra.append(pick("\(range) choose", "\(range) choisir"))
      if na { extra.append(pick("a n/a", "a sans objet")) }
      if unknown { extra.append(pick("u don't know", "u ne sait pas")) }
    case .yesno(let na, let unknown):
      extra.append(pick("y/n or 1/2", "o/n ou 1/2"))
      if na { extra.append(pick("a n/a", "a sans objet")) }
      if unknown { extra.append(pick("u don't know", "u ne sait pas")) }
    case .multi(_, let na, let unknown):
      extra.append(
        pick(
          "numbers separated by commas, e.g. 1,3; 0 for none",
          "numéros séparés par des espaces, p.\u{A0}ex. 1 3\u{202F}; 0 si aucun"))
      if na { extra.append(pick("a n/a", "a sans objet")) }
      if unknown { extra.append(pick("u don't know", "u ne sait pas")) }
    case .field(let na, let unknown):
      var parts = [
        pick("type the answer", "tapez la réponse"),
        pick("empty line skips", "ligne vide pour passer"), pick(":b back", ":b retour"),
        pick(":s skip", ":s passer"), pick(":h help", ":h aide"),
      ]
      if na { parts.append(pick(":a n/a", ":a sans objet")) }
      if unknown { parts.append(pick(":u don't know", ":u ne sait pas")) }
      parts += [pick(":r review", ":r récapitulatif"), pick(":q quit", ":q quitter")]
      return Self.keyHelp(parts)
    case .prompt:
      return ""
    }
    return Self.keyHelp(extra + common)
  }

  /// Which key help a screen shows.
  public enum KeyHelp {
    /// A scale or choice: `keys` choose its options (0…N when value-keyed, else 1…N; past 9, a
    /// typed number and Enter).
    case choice(keys: ClosedRange<Int>, na: Bool, unknown: Bool)
    case yesno(na: Bool, unknown: Bool)
    /// A multi, whose options `keys` toggle on a terminal (1…N, at most 1–9).
    case multi(keys: ClosedRange<Int>, na: Bool, unknown: Bool)
    /// A text or number field: `:a` and `:u` only where the question offers them.
    case field(na: Bool, unknown: Bool)
    case prompt
  }

  /// The line saying where the answers are saved; the path printable on a terminal (cli.md).
  public func saved(_ path: String) -> String {
    let path = Self.printable(path)
    return pick("Answers saved in \(path).", "Réponses enregistrées dans \(path).")
  }
  /// The line saying how to resume; the command printable on a terminal (cli.md).
  public func resume(_ command: String) -> String {
    let command = Self.printable(command)
    return pick("To resume, run: \(command)", "Pour reprendre, lancez\u{A0}: \(command)")
  }
  /// The line saying the assessment is complete and where it is; the path printable on a
  /// terminal (cli.md).
  public func completed(_ path: String) -> String {
    let path = Self.printable(path)
    return pick(
      "Assessment complete. Saved in \(path).", "Évaluation terminée. Enregistrée dans \(path).")
  }

  /// `text` on one line without control or bidirectional format characters (``PrintableText``).
  public static func printable(_ text: String) -> String {
    PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false)
  }
  public var administrationPrompt: String {
    pick("Administration (e.g. Niger Customs)", "Administration (par ex. Douanes du Niger)")
  }
  public var roundPrompt: String {
    pick("Assessment round (e.g. 2024)", "Cycle d’évaluation (par ex. 2024)")
  }
  public var cannotBeEmpty: String {
    pick("This cannot be empty.", "Ce champ ne peut pas être vide.")
  }
}

// MARK: - words (issue 12): numbers by language

extension Phrases {
  /// A typed number that does not read, or could be two numbers, in this language: asked
  /// again with an example (``NumberReading``).
  public func notANumber(_ typed: String) -> String {
    let text = Self.printable(typed)
    return pick(
      "'\(text)' is not a number here. Type a number, e.g. 1,500 or 3.5.",
      "«\u{A0}\(text)\u{A0}» n’est pas un nombre ici. Tapez un nombre, par ex. 1\u{202F}500 ou 3,5."
    )
  }
}
