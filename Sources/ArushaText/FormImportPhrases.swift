public import ArushaCore

// The words of `arusha import` (issue 28, item 3): each problem of a filled workbook, with its
// fix, in the form's language.
extension Phrases {
  /// The message and the fix of `problem`, both without a final period.
  ///
  /// Texts quoted from the workbook are cut to ``formQuoteLength`` characters; the caller
  /// makes the whole line printable (`PrintableText`), as every message quoting a file.
  ///
  /// - Parameters:
  ///   - problem: What is wrong.
  ///   - condition: For an answer to a question its condition hides, the condition in words
  ///     ("Only if Q12 = 1 (Yes)"), when the caller has it.
  /// - Returns: What is wrong, and how to put it right.
  public func formProblem(_ problem: FormProblem, condition: String? = nil) -> (
    message: String, fix: String
  ) {
    let newForm = pick(
      "make a new form with 'arusha form' and copy the answers into it",
      "créez un nouveau formulaire avec « arusha form » et recopiez-y les réponses")
    switch problem.kind {
    case .missingSheet(let name) where name == FillInForm.referenceSheet:
      return (
        pick(
          "the workbook has no sheet '\(name)': it was not made by 'arusha form'",
          "le classeur n’a pas de feuille « \(name) » : il n’a pas été créé par « arusha form »"),
        pick(
          "fill in a form made by 'arusha form -o FILE.xlsx' and import that one",
          "remplissez un formulaire créé par « arusha form -o FICHIER.xlsx » et importez celui-ci")
      )
    case .missingSheet(let name):
      return (
        pick("the workbook has no sheet '\(name)'", "le classeur n’a pas de feuille « \(name) »"),
        pick(
          "import the workbook 'arusha form' made, with its sheets as they were, or \(newForm)",
          "importez le classeur créé par « arusha form », avec ses feuilles telles quelles, ou \(newForm)"
        )
      )
    case .badReference(let field, let found):
      let shown = found.map { pick("'\(quote($0))'", "« \(quote($0)) »") } ?? pick("empty", "vide")
      return (
        pick(
          "the hidden sheet's '\(field)' is \(shown), not what 'arusha form' writes",
          "la valeur « \(field) » de la feuille masquée est \(shown), ce n’est pas ce qu’écrit « arusha form »"
        ),
        pick(
          "leave the hidden sheet '\(FillInForm.referenceSheet)' as it was, or \(newForm)",
          "laissez la feuille masquée « \(FillInForm.referenceSheet) » telle quelle, ou \(newForm)")
      )
    case .listsChanged(let expected, let found):
      let shown =
        found.map { pick("'\(quote($0))'", "« \(quote($0)) »") } ?? pick("nothing", "rien")
      return (
        pick(
          "the hidden sheet of lists has \(shown) where the form of this questionnaire has '\(quote(expected))': a list, or the form's language, was changed",
          "la feuille masquée des listes contient \(shown) là où le formulaire de ce questionnaire a « \(quote(expected)) » : une liste, ou la langue du formulaire, a été modifiée"
        ),
        newForm
      )
    case .rowCountChanged(let expected, let found):
      return (
        pick(
          "the form of this questionnaire has \(expected) rows of questions and options, but the workbook says \(found.map(quote) ?? "nothing")",
          "le formulaire de ce questionnaire a \(expected) lignes de questions et d’options, mais le classeur indique \(found.map(quote) ?? "rien")"
        ),
        newForm
      )
    case .rowMoved(let number, let key, let expectedRow, let foundRow):
      return (
        pick(
          "the row of Q\(number) (\(quote(key))) is out of the form's order: it is row \(foundRow), the form put it at row \(expectedRow) (rows were sorted or moved)",
          "la ligne de Q\(number) (\(quote(key))) n’est plus dans l’ordre du formulaire : elle est ligne \(foundRow), le formulaire l’avait placée ligne \(expectedRow) (des lignes ont été triées ou déplacées)"
        ),
        pick(
          "put the rows back in the form's order (undo the sort before saving, or copy the answers into a new form made by 'arusha form'); with --partial, each answer is read from its question's row wherever it is",
          "remettez les lignes dans l’ordre du formulaire (annulez le tri avant d’enregistrer, ou recopiez les réponses dans un nouveau formulaire créé par « arusha form ») ; avec --partial, chaque réponse est lue sur la ligne de sa question, où qu’elle soit"
        )
      )
    case .rowDeleted(let number, let key, let expectedRow):
      return (
        pick(
          "the row of Q\(number) (\(quote(key))) is missing: the form put it at row \(expectedRow)",
          "la ligne de Q\(number) (\(quote(key))) manque : le formulaire l’avait placée ligne \(expectedRow)"
        ),
        pick(
          "copy that row from a new form made by 'arusha form' back into this place, or import with --partial to leave Q\(number) unanswered",
          "recopiez cette ligne à cet endroit depuis un nouveau formulaire créé par « arusha form », ou importez avec --partial pour laisser Q\(number) sans réponse"
        )
      )
    case .rowNotInForm(let row):
      return (
        pick(
          "row \(row) is no question of the form (a row inserted or pasted), yet it holds answers, which are not read",
          "la ligne \(row) n’est pas une question du formulaire (une ligne insérée ou collée), mais elle contient des réponses, qui ne sont pas lues"
        ),
        pick(
          "move them to their question's row, or clear them",
          "déplacez-les sur la ligne de leur question, ou effacez-les")
      )
    case .formula(let number, let inList):
      return (
        pick(
          "\(prefix(number))a formula is not an answer (its computed value is not taken)",
          "\(prefix(number))une formule n’est pas une réponse (sa valeur calculée n’est pas reprise)"
        ),
        inList
          ? pick(
            "choose the answer from the cell's list",
            "choisissez la réponse dans la liste de la cellule")
          : pick("type the value itself", "saisissez la valeur elle-même")
      )
    case .errorValue(let text, let number):
      return (
        pick(
          "\(prefix(number))the cell holds the error '\(quote(text))'",
          "\(prefix(number))la cellule contient l’erreur « \(quote(text)) »"),
        pick("type the answer, or clear the cell", "saisissez la réponse, ou videz la cellule")
      )
    case .missingField(let field):
      return (
        pick("the \(fieldName(field)) is empty", "\(fieldName(field)) n’est pas renseigné"),
        pick("type it in this cell", "renseignez cette cellule")
      )
    case .fieldTooLong(let field, let length):
      return (
        pick(
          "the \(fieldName(field)) has \(length) characters, more than the \(ResponseLimits.identityLength) a response keeps",
          "\(fieldName(field)) compte \(length) caractères, plus que les \(ResponseLimits.identityLength) qu’une réponse conserve"
        ),
        pick("shorten it", "raccourcissez ce texte")
      )
    case .notInList(let text, let number, let allowed):
      guard !allowed.isEmpty else {
        return (
          pick(
            "Q\(number): '\(quote(text))' is not an answer here: this question is answered in the rows of its options below",
            "Q\(number) : « \(quote(text)) » n’est pas une réponse ici : on répond à cette question dans les lignes de ses options, en dessous"
          ),
          pick("clear this cell", "videz cette cellule")
        )
      }
      let entries = allowed.map(\.text).joined(separator: " / ")
      return (
        pick(
          "Q\(number): '\(quote(text))' is not in the question's list",
          "Q\(number) : « \(quote(text)) » ne figure pas dans la liste de la question"),
        pick(
          "choose one of: \(entries)", "choisissez l’une de ces réponses : \(entries)")
      )
    case .notANumber(let text, let number, let unknownAllowed, let notApplicableAllowed):
      return (
        pick(
          "Q\(number): '\(quote(text))' is not a number",
          "Q\(number) : « \(quote(text)) » n’est pas un nombre"),
        pick("type a number such as 12.5", "saisissez un nombre, par exemple 12,5")
          + states(unknownAllowed, notApplicableAllowed)
      )
    case .ambiguousNumber(let text, let number):
      return (
        pick(
          "Q\(number): '\(quote(text))' can be read two ways (a decimal separator, or thousands grouped)",
          "Q\(number) : « \(quote(text)) » peut se lire de deux façons (un séparateur décimal, ou des milliers groupés)"
        ),
        pick(
          "write it without a thousands separator, with a point for decimals: 1500 or 1500.25",
          "écrivez-le sans séparateur de milliers, avec une virgule pour les décimales : 1500 ou 1500,25"
        )
      )
    case .dateForNumber(let text, let number):
      return (
        pick(
          "Q\(number): the cell holds a date (\(quote(text)) as stored), not a number",
          "Q\(number) : la cellule contient une date (\(quote(text)) en interne), pas un nombre"),
        pick(
          "type the number itself (a year as 2019) in a cell that is not formatted as a date",
          "saisissez le nombre lui-même (une année sous la forme 2019) dans une cellule qui n’est pas au format date"
        )
      )
    case .booleanForAnswer(let text, let number):
      let text = text == "1" ? pick("TRUE", "VRAI") : text == "0" ? pick("FALSE", "FAUX") : text
      return (
        pick(
          "Q\(number): the cell holds \(quote(text)), which is not an answer to this question",
          "Q\(number) : la cellule contient \(quote(text)), qui n’est pas une réponse à cette question"
        ),
        pick(
          "type the answer itself, or choose it from the cell's list",
          "saisissez la réponse elle-même, ou choisissez-la dans la liste de la cellule")
      )
    case .notText(let number, let shown):
      let what: String =
        switch shown {
        case .date: pick("a date", "une date")
        case .percent: pick("a percentage", "un pourcentage")
        case .boolean: pick("TRUE or FALSE", "VRAI ou FAUX")
        }
      return (
        pick(
          "\(prefix(number))the spreadsheet stored what was typed here as \(what), a number that is not the text the cell shows",
          "\(prefix(number))le tableur a enregistré ce qui a été saisi ici comme \(what), un nombre qui n’est pas le texte affiché"
        ),
        pick(
          "format the cell as text (Format › Cells › Text), then type it again",
          "mettez la cellule au format texte (Format › Cellules › Texte), puis saisissez-le à nouveau"
        )
      )
    case .rowDuplicated(let number, let key, let rows):
      let shown = list(rows.map(String.init))
      return (
        pick(
          "the row of Q\(number) (\(quote(key))) is there twice, rows \(shown): one row was pasted over another",
          "la ligne de Q\(number) (\(quote(key))) figure deux fois, lignes \(shown) : une ligne a été collée sur une autre"
        ),
        pick(
          "keep one copy and put back the row it replaced (from a new form made by 'arusha form'); neither copy is read",
          "gardez un seul exemplaire et rétablissez la ligne qu’il a remplacée (depuis un nouveau formulaire créé par « arusha form ») ; aucun des deux n’est lu"
        )
      )
    case .noteOnOptionRow(let number, let questionRow):
      return (
        pick(
          "Q\(number): a comment, evidence or justification on an option's row is not read",
          "Q\(number) : un commentaire, un justificatif ou une justification sur la ligne d’une option n’est pas lu"
        ),
        pick(
          "move it to the question's own row, row \(questionRow)",
          "déplacez-le sur la ligne de la question elle-même, ligne \(questionRow)")
      )
    case .outOfBounds(let value, let number, let minimum, let maximum):
      return (
        pick(
          "Q\(number): \(format(value)) is outside the question's bounds",
          "Q\(number) : \(format(value)) est en dehors des limites de la question"),
        bounds(minimum, maximum)
      )
    case .textTooLong(let number, let length):
      return (
        pick(
          "Q\(number): the text has \(length) characters, more than the \(format(Double(ResponseLimits.textLength))) a response keeps",
          "Q\(number) : le texte compte \(format(Double(length))) caractères, plus que les \(format(Double(ResponseLimits.textLength))) qu’une réponse conserve"
        ),
        pick("shorten it", "raccourcissez-le")
      )
    case .missingJustification(let number):
      return (
        pick(
          "Q\(number): 'not applicable' needs a justification",
          "Q\(number) : « sans objet » doit être justifié"),
        pick(
          "say in this cell why the question does not apply, or choose another answer",
          "indiquez dans cette cellule pourquoi la question ne s’applique pas, ou choisissez une autre réponse"
        )
      )
    case .justificationWithoutNotApplicable(let number):
      return (
        pick(
          "Q\(number): a justification goes only with 'not applicable'",
          "Q\(number) : une justification n’accompagne que la réponse « sans objet »"),
        pick(
          "move this text to the comment (column \(FillInForm.Column.comment.letter)), or choose '\(FillInForm.notApplicableKey)' (not applicable) as the answer",
          "déplacez ce texte dans le commentaire (colonne \(FillInForm.Column.comment.letter)), ou choisissez « \(FillInForm.notApplicableKey) » (sans objet) comme réponse"
        )
      )
    case .noteWithoutAnswer(let number, let unknownAllowed):
      return (
        pick(
          "Q\(number) has a comment, evidence or justification, but no answer",
          "Q\(number) a un commentaire, un justificatif ou une justification, mais pas de réponse"
        ),
        unknownAllowed
          ? pick(
            "choose an answer (or '\(FillInForm.unknownKey)', don't know), or clear the notes",
            "choisissez une réponse (ou « \(FillInForm.unknownKey) », ne sait pas), ou videz ces cellules"
          )
          : pick(
            "give an answer, or clear the notes", "donnez une réponse, ou videz ces cellules")
      )
    case .optionsUnanswered(let number, let empty):
      let keys = list(empty)
      return (
        pick(
          "Q\(number): option\(empty.count == 1 ? "" : "s") \(keys) \(empty.count == 1 ? "has" : "have") no answer while others are answered",
          "Q\(number) : \(empty.count == 1 ? "l’option \(keys) n’a" : "les options \(keys) n’ont") pas de réponse alors que d’autres en ont une"
        ),
        pick(
          "answer every option \(FillInForm.yesKey) (yes) or \(FillInForm.noKey) (no), or clear them all to leave the question unanswered",
          "répondez à chaque option par \(FillInForm.yesKey) (oui) ou \(FillInForm.noKey) (non), ou videz-les toutes pour laisser la question sans réponse"
        )
      )
    case .stateWithOptions(let number):
      return (
        pick(
          "Q\(number): 'don't know' or 'not applicable' together with options answered",
          "Q\(number) : « ne sait pas » ou « sans objet » en même temps que des options renseignées"
        ),
        pick(
          "keep one: clear the options' answers, or the question's",
          "n’en gardez qu’un : videz les réponses des options, ou celle de la question")
      )
    case .answerToHiddenQuestion(let number, let dependsOn):
      let others = list(dependsOn.map { "Q\($0)" })
      let plural = dependsOn.count > 1
      let words = condition.map { " (\($0))" } ?? ""
      return (
        pick(
          "Q\(number) is answered, but it does not apply given the answer\(plural ? "s" : "") to \(others)\(words)",
          "Q\(number) est renseignée, mais elle ne s’applique pas compte tenu \(plural ? "des réponses" : "de la réponse") à \(others)\(words)"
        ),
        pick(
          "clear Q\(number)'s cells, or correct the answer\(plural ? "s" : "") to \(others) if \(plural ? "they are" : "it is") wrong",
          "videz les cellules de Q\(number), ou corrigez \(plural ? "les réponses" : "la réponse") à \(others) si \(plural ? "elles sont erronées" : "elle est erronée")"
        )
      )
    }
  }

  /// The most characters of a workbook's text quoted in a message.
  public static let formQuoteLength = 60

  /// `text` cut to ``formQuoteLength`` characters, with `…` when cut.
  func quote(_ text: String) -> String {
    text.count > Self.formQuoteLength ? String(text.prefix(Self.formQuoteLength)) + "…" : text
  }

  /// "Q1, Q2 and Q3" / « Q1, Q2 et Q3 ».
  private func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + pick(" and ", " et ") + last
  }

  /// "Q12: " before a message about a question's cell, or nothing.
  private func prefix(_ number: Int?) -> String {
    number.map { pick("Q\($0): ", "Q\($0) : ") } ?? ""
  }

  /// A field at the top of the form, inside a sentence, named as its label names it.
  public func fieldName(_ field: FillInForm.Field) -> String {
    switch field {
    case .administration: return pick("administration", "le nom de l’administration")
    case .round: return pick("round", "le cycle")
    case .role: return pick("role", "la fonction")
    case .respondent: return pick("respondent", "le nom du répondant")
    }
  }

  private func format(_ value: Double) -> String {
    NumberReading.format(value, language: language)
  }

  /// "type a number from 0 to 100", "… of at least 0", "… of at most 100".
  private func bounds(_ minimum: Double?, _ maximum: Double?) -> String {
    switch (minimum, maximum) {
    case (let low?, let high?):
      return pick(
        "type a number from \(format(low)) to \(format(high))",
        "saisissez un nombre de \(format(low)) à \(format(high))")
    case (let low?, nil):
      return pick(
        "type a number of at least \(format(low))",
        "saisissez un nombre supérieur ou égal à \(format(low))")
    case (nil, let high?):
      return pick(
        "type a number of at most \(format(high))",
        "saisissez un nombre inférieur ou égal à \(format(high))")
    case (nil, nil):
      return pick("type a number", "saisissez un nombre")
    }
  }

  /// ", or u for don't know, a for not applicable", as the question allows them.
  private func states(_ unknown: Bool, _ notApplicable: Bool) -> String {
    var parts: [String] = []
    if unknown {
      parts.append(
        pick(
          "'\(FillInForm.unknownKey)' for don't know",
          "« \(FillInForm.unknownKey) » pour ne sait pas"))
    }
    if notApplicable {
      parts.append(
        pick(
          "'\(FillInForm.notApplicableKey)' for not applicable",
          "« \(FillInForm.notApplicableKey) » pour sans objet"))
    }
    guard !parts.isEmpty else { return "" }
    return pick(", or ", ", ou ") + parts.joined(separator: ", ")
  }
}

// What `arusha import` says when it ends.
extension Phrases {
  /// Nothing was written: `count` problems in `path`.
  ///
  /// - Parameters:
  ///   - count: How many problems were reported above.
  ///   - path: The workbook, as given.
  ///   - partialHelps: Whether `--partial` would write something (not when the
  ///     administration or the round is missing).
  /// - Returns: One sentence with what to do.
  public func importRefused(count: Int, path: String, partialHelps: Bool = true) -> String {
    let them = count == 1 ? pick("it", "le") : pick("them", "les")
    let partial =
      partialHelps
      ? pick(
        ", or add --partial to keep what is valid as an in-progress response",
        ", ou ajoutez --partial pour garder ce qui est valide dans une réponse en cours")
      : ""
    return pick(
      "nothing written: \(count) problem\(count == 1 ? "" : "s") in \(path) (above). Correct \(them) in the workbook and import it again\(partial)",
      "rien n’a été écrit : \(count) problème\(count == 1 ? "" : "s") dans \(path) (ci-dessus). Corrigez-\(them) dans le classeur, puis importez à nouveau le classeur\(partial)"
    )
  }

  /// The response was written: where, how many questions it answers, and what next.
  ///
  /// - Parameters:
  ///   - path: The response file written.
  ///   - answered: How many questions it answers.
  ///   - total: How many questions the questionnaire has.
  ///   - complete: Whether it is complete.
  ///   - skipped: How many problems `--partial` left out (their answers are not in the file).
  ///   - unanswered: The numbers of the required questions that apply and were left empty.
  /// - Returns: One or two lines.
  public func importWrote(
    path: String, answered: Int, total: Int, complete: Bool, skipped: Int,
    unanswered: [Int] = []
  ) -> String {
    let status =
      complete ? pick("complete", "réponse complète") : pick("in progress", "réponse en cours")
    let questions = answered > 1 ? "questions renseignées" : "question renseignée"
    var text = pick(
      "wrote \(path): \(answered) of \(total) questions answered, \(status)",
      "\(path) écrit : \(answered) \(questions) sur \(total), \(status)")
    if !unanswered.isEmpty {
      let shown = unanswered.prefix(10).map { "Q\($0)" }
      let more =
        unanswered.count > 10
        ? pick(" and \(unanswered.count - 10) more", " et \(unanswered.count - 10) autres") : ""
      text += pick(
        "; required and still without an answer: \(list(shown))\(more)",
        " ; obligatoires et encore sans réponse : \(list(shown))\(more)")
    }
    if skipped > 0 {
      text += pick(
        "; the \(skipped) problem\(skipped == 1 ? "" : "s") above \(skipped == 1 ? "was" : "were") left out",
        " ; \(skipped == 1 ? "le problème ci-dessus a été laissé" : "les \(skipped) problèmes ci-dessus ont été laissés") de côté"
      )
    }
    return text
  }

  /// A response is already at `path`: `import` never replaces one (73).
  ///
  /// - Parameter path: The response file, as given or named.
  /// - Returns: One sentence with what to do.
  public func importWouldReplace(_ path: String) -> String {
    pick(
      "\(path): already exists, and arusha import never replaces a response: give another name with -o, or move the old file away first",
      "\(path)\u{202F}: ce fichier existe déjà, et arusha import ne remplace jamais une réponse\u{202F}: donnez un autre nom avec -o, ou déplacez d’abord l’ancien fichier"
    )
  }

  /// The form was made for another administration or round than its cells now say.
  ///
  /// - Parameters:
  ///   - field: Which field differs.
  ///   - madeFor: What `arusha form` was given.
  ///   - now: What the workbook's cell says.
  /// - Returns: One sentence (a note, not a problem: the team may have corrected a typo).
  public func importMadeFor(_ field: FillInForm.Field, madeFor: String, now: String) -> String {
    pick(
      "the form was made for the \(fieldName(field)) '\(quote(madeFor))'; the workbook now says '\(quote(now))', which the response takes",
      "le formulaire a été créé pour \(fieldName(field)) « \(quote(madeFor)) » ; le classeur indique maintenant « \(quote(now)) », que la réponse reprend"
    )
  }
}
