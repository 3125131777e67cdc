// MARK: - session (issue 26): what the team types is only ever what it meant

extension Phrases {
  /// Enter in an empty number field of an unanswered question: the session stays on it and
  /// says how to answer or skip (in a field `s` types; Tab or `:s` skips).
  public var typeANumberOrSkip: String {
    pick(
      "Type a number, or Tab (:s) to skip.",
      "Tapez un nombre, ou Tab (:s) pour passer.")
  }

  /// Enter in an empty text field of an unanswered question (as ``typeANumberOrSkip``).
  public var typeAnAnswerOrSkip: String {
    pick(
      "Type an answer, or Tab (:s) to skip.",
      "Tapez une réponse, ou Tab (:s) pour passer.")
  }

  /// Line mode: an empty line skipped the unanswered text or number question before.
  public var skippedByEmptyLine: String {
    pick(
      "The previous question was skipped, with no answer (empty line).",
      "La question précédente a été passée, sans réponse (ligne vide).")
  }

  /// A paste (bracketed, or a burst of keys with a line break) outside a text field: it
  /// answered nothing (cli.md, "Paste"; issue 26).
  public var pasteIgnored: String {
    pick(
      "Paste ignored: nothing was answered. Paste is only for text answers, comments and evidence.",
      "Collage ignoré\u{A0}: aucune réponse n’a été enregistrée. Le collage ne sert qu’aux réponses écrites, commentaires et justificatifs."
    )
  }

  /// Enter (an empty line in line mode) on a `multi` with nothing ticked.
  ///
  /// Nothing is saved, since an empty selection can be a critical gap; `0` chooses "none of
  /// these" (issue 26). `keys` are the digits that tick options.
  public func nothingTicked(_ keys: ClosedRange<Int>, lineMode: Bool) -> String {
    let (low, high) = (keys.lowerBound, keys.upperBound)
    return lineMode
      ? pick(
        "Nothing is ticked. Type the numbers of the options that apply (e.g. \(low),\(high)), or 0 for “none of these”.",
        "Rien n’est coché. Tapez les numéros des options qui s’appliquent (par ex. \(low),\(high)), ou 0 pour «\u{A0}aucune de ces options\u{A0}»."
      )
      : pick(
        "Nothing is ticked. Tick the options that apply (\(low)–\(high) or Space, then Enter), or press 0 for “none of these”.",
        "Rien n’est coché. Cochez les options qui s’appliquent (\(low)–\(high) ou Espace, puis Entrée), ou tapez 0 pour «\u{A0}aucune de ces options\u{A0}»."
      )
  }

  /// `0` ("none of these") on a `multi` while options are ticked: refused, so that a stray
  /// key does not drop them (issue 26).
  public var untickFirst: String {
    pick(
      "Options are ticked: untick them (their number or Space) to choose “none of these”, or press Enter to save them.",
      "Des options sont cochées\u{A0}: décochez-les (leur numéro ou Espace) pour choisir «\u{A0}aucune de ces options\u{A0}», ou tapez Entrée pour les enregistrer."
    )
  }
}

extension Phrases {
  /// Enter on an unanswered scale, choice or yes/no question whose highlight nobody moved.
  ///
  /// The option under the pointer is only where the list starts, not a choice, so nothing is
  /// saved (a stray Enter would save level 0 or "yes"; issue 26). `keys` are the
  /// digits that choose.
  public func nothingChosen(_ keys: ClosedRange<Int>) -> String {
    let (low, high) = (keys.lowerBound, keys.upperBound)
    return pick(
      "Nothing chosen yet: type \(low)–\(high), or move with ↑ ↓ and press Enter.",
      "Rien n’est encore choisi\u{A0}: tapez \(low) à \(high), ou déplacez-vous avec ↑ ↓ puis Entrée."
    )
  }

  /// As ``nothingChosen(_:)``, on a yes/no question: `yes` and `no` are the session's keys.
  public func nothingChosenYesNo(yes: Character, no: Character) -> String {
    pick(
      "Nothing chosen yet: type \(yes) or \(no), or move with ↑ ↓ and press Enter.",
      "Rien n’est encore choisi\u{A0}: tapez \(yes) ou \(no), ou déplacez-vous avec ↑ ↓ puis Entrée."
    )
  }
}

extension Phrases {
  /// A number typed outside its question's bounds: the first half of the message, before the
  /// bounds (``numberOutOfRange(_:_:)``); `typed` as typed, made printable.
  public func outsideTheBounds(_ typed: String) -> String {
    let text = Self.printable(typed)
    return pick(
      "'\(text)' is outside the bounds.",
      "«\u{A0}\(text)\u{A0}» est hors des bornes.")
  }
}

extension Phrases {
  /// Line mode: `c TEXT` on a question without an answer yet; the comment waits for it.
  public var commentKeptForTheAnswer: String {
    pick(
      "Comment kept: it is saved with your answer to this question.",
      "Commentaire gardé\u{A0}: il sera enregistré avec votre réponse à cette question.")
  }
}
