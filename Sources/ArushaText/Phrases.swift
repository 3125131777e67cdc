import ArushaCore
import Foundation

/// The tool's own words in English and French, in one catalogue.
///
/// Text that comes from questionnaires is localized by the questionnaire; these are the words
/// around it. A language without a catalogue (a questionnaire in Spanish) gets English.
public struct Phrases: Sendable {
  /// The language of these phrases: `en` or `fr`.
  public let language: String

  /// The phrases for `language` (English unless it is French).
  public init(_ language: String) {
    self.language = language.hasPrefix("fr") ? "fr" : "en"
  }

  /// The English or the French, by ``language``: the one lookup of every word (the
  /// reports', the compare words and the session's).
  public func pick(_ english: String, _ french: String) -> String {
    language == "fr" ? french : english
  }

  public var overall: String { pick("Overall", "Score global") }
  public var factor: String { pick("Factor", "Facteur") }
  public var score: String { pick("Score", "Score") }
  public var level: String { pick("Level", "Niveau") }
  public var coverage: String { pick("Coverage", "Couverture") }
  public var answered: String { pick("Answered", "Renseignées") }
  public var unknownCount: String { pick("Don't know", "Ne sait pas") }
  public var notApplicableCount: String { pick("N/A", "Sans objet") }
  public var missingCount: String { pick("Missing", "Manquantes") }
  public var strengths: String { pick("Strengths", "Points forts") }
  public var improvements: String { pick("Areas for improvement", "Axes d’amélioration") }
  /// The label of `count` strengths: singular for one factor (issue 23: « Points forts » over
  /// one factor), the category otherwise, "none" included.
  public func strengths(count: Int) -> String {
    count == 1 ? pick("Strength", "Point fort") : strengths
  }
  /// The label of `count` areas for improvement: « Axe d’amélioration » for one factor.
  public func improvements(count: Int) -> String {
    count == 1 ? pick("Area for improvement", "Axe d’amélioration") : improvements
  }
  public var criticalGaps: String { pick("Critical gaps", "Lacunes critiques") }
  public var priorityGaps: String { pick("Priority gaps", "Lacunes prioritaires") }
  public var firstTen: String { pick("first 10", "les 10 premières") }
  /// "none" inside a sentence, after a label and its colon (« Points forts : aucun »); a list
  /// item or a table cell of its own takes ``standalone(_:)``: « Aucun ».
  public var none: String { pick("none", "aucun") }
  /// "no score" inside a sentence or a parenthesis (« Gamma (pas de score) »); standing
  /// alone, as a level's cell, it takes ``standalone(_:)``: « Pas de score ».
  public var noScore: String { pick("no score", "pas de score") }
  /// A phrase as a label standing on its own: « Aucun », « Pas de score » (issue 23).
  ///
  /// A list item, a table cell, a legend's entry after its mark: its first letter a capital.
  /// Inside a sentence a phrase stays as the catalogue writes it.
  public func standalone(_ phrase: String) -> String {
    guard let first = phrase.first else { return phrase }
    return first.uppercased() + phrase.dropFirst()
  }
  public var question: String { pick("Question", "Question") }
  /// A question by its number among all the questions of its file, as the session numbers
  /// them (issue 23): "Q12".
  public func questionNumber(_ number: Int) -> String { "Q\(number)" }
  /// The header of a row's place in the action plan (`#` elsewhere is a question's number).
  public var rank: String { pick("Rank", "Rang") }
  public var answer: String { pick("Answer", "Réponse") }
  public var weight: String { pick("Weight", "Poids") }
  public var itemScore: String { pick("Item score", "Score de la question") }
  public var state: String { pick("State", "État") }
  public var comment: String { pick("Comment", "Commentaire") }
  public var evidence: String { pick("Evidence", "Justificatif") }
  public var justification: String { pick("Justification", "Justification") }
  public var administration: String { pick("Administration", "Administration") }
  public var round: String { pick("Round", "Cycle") }
  public var role: String { pick("Role", "Fonction") }
  public var status: String { pick("Status", "Statut") }
  public var complete: String { pick("complete", "terminée") }
  public var inProgress: String { pick("in progress", "en cours") }
  /// The questionnaire's version in a report's header: "version 2027.1".
  public func questionnaireVersion(_ version: String) -> String {
    pick("Version \(version)", "Version \(version)")
  }
  /// When a complete response was completed, `date` already written by ``date(_:)``.
  public func completedOn(_ date: String) -> String {
    pick("completed \(date)", "terminée le \(date)")
  }
  /// When a response in progress was last saved, `date` already written by ``date(_:)``.
  public func savedOn(_ date: String) -> String {
    pick("last saved \(date)", "enregistrée le \(date)")
  }
  /// The months, January first, as a date in running text names them (lowercase in French).
  private var months: [String] {
    language == "fr"
      ? [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
      ]
      : [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
  }
  /// A date as a report shows it to a person, in this language (issue 23): "2 July 2026",
  /// « 2 juillet 2026 », and « 1er juillet 2026 » as French writes the first of a month.
  ///
  /// The one place where dates are written for people; JSON and CSV keep the ISO dates of the
  /// files (response-format.md). Locale-independent: the names are the catalogue's own, never
  /// the system's.
  ///
  /// - Parameter timestamp: An ISO 8601 date or UTC timestamp as a response stores it
  ///   (`2026-07-02`, `2026-07-02T09:15:00Z`); the day is what a reader needs.
  /// - Returns: The day in words; `timestamp` as it is when it does not begin with a valid
  ///   date (so nothing a file holds is lost).
  public func date(_ timestamp: String) -> String {
    let characters = Array(timestamp)
    // The number of ASCII digits at `range`, nil when one is not a digit.
    func number(_ range: Range<Int>) -> Int? {
      let digits = characters[range]
      return digits.allSatisfy { $0.isASCII && $0.isNumber } ? Int(String(digits)) : nil
    }
    guard characters.count >= 10, characters.count == 10 || "Tt ".contains(characters[10]),
      characters[4] == "-", characters[7] == "-", let year = number(0..<4),
      let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), day >= 1
    else { return timestamp }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard day <= days else { return timestamp }
    let dayText = language == "fr" && day == 1 ? "1er" : String(day)
    // No-break spaces: a date never breaks across lines.
    return "\(dayText)\u{A0}\(months[month - 1])\u{A0}\(year)"
  }
  /// Who answered: "respondent: Awa Diallo".
  public func respondentIs(_ name: String) -> String {
    pick("respondent: \(name)", "répondant\u{A0}: \(name)")
  }
  /// The respondent's role or group: "role: Audit".
  public func roleIs(_ role: String) -> String {
    pick("role: \(role)", "fonction\u{A0}: \(role)")
  }
  /// The strength ring's label on a chart, a label of its own: "Strength ≥ 75".
  public var strengthThreshold: String { pick("Strength", "Point fort") }
  /// The improvement ring's label on a chart: "Improvement < 50".
  public var improvementThreshold: String { pick("Improvement", "Axe d’amélioration") }
  public var nextLevel: String { pick("Next level to reach", "Prochain niveau à atteindre") }
  /// The heading of the `count` answers without the evidence they expect.
  public func unsupportedAnswers(count: Int) -> String {
    count == 1
      ? pick("Answer without the evidence it expects", "Réponse sans le justificatif attendu")
      : pick("Answers without the evidence they expect", "Réponses sans le justificatif attendu")
  }
  /// What becomes of the `count` answers listed under ``unsupportedAnswers(count:)``.
  public func unsupportedNote(count: Int) -> String {
    count == 1
      ? pick(
        "It keeps its declared score, and counts lower in the evidence-checked score; attach the evidence or review the answer.",
        "Elle garde son score déclaré et compte moins dans le score étayé\u{202F}; joignez le justificatif ou revoyez la réponse."
      )
      : pick(
        "They keep their declared score, and count lower in the evidence-checked score; attach the evidence or review the answers.",
        "Elles gardent leur score déclaré et comptent moins dans le score étayé\u{202F}; joignez les justificatifs ou revoyez les réponses."
      )
  }
  public var keyFigures: String { pick("Key figures (not scored)", "Chiffres clés (non notés)") }
  public var cappedFactors: String {
    pick("Capped by a critical gap", "Plafonnés par une lacune critique")
  }
  public var uncapped: String { pick("without the cap", "sans plafond") }
  /// The label of an indicative overall score (scoring.md): in place of ``overall``.
  public var indicativeOverall: String {
    pick("Indicative overall score", "Score global indicatif")
  }
  /// What an incomplete response covers, said before its overall score: how many of the
  /// visible scored questions are answered (a value, "don't know" or "not applicable") and how
  /// many factors have a score.
  ///
  /// - Parameters:
  ///   - answered: Questions answered.
  ///   - questions: Visible scored questions, answered or not.
  ///   - scored: Factors with a score.
  ///   - factors: Factors.
  ///   - inProgress: Whether the response is not complete.
  /// - Returns: One or two sentences, ending with the score being indicative.
  public func coverageSummary(
    answered: Int, of questions: Int, scored: Int, of factors: Int, inProgress: Bool
  ) -> String {
    let english =
      "\(answered) of \(questions) question\(questions == 1 ? "" : "s") answered, \(scored) of \(factors) factor\(factors == 1 ? "" : "s") with a score. The overall score is indicative."
    let french =
      "\(answered) question\(plural(answered)) renseignée\(plural(answered)) sur \(questions), \(scored) facteur\(plural(scored)) noté\(plural(scored)) sur \(factors). Le score global est indicatif."
    return pick(
      (inProgress ? "Response in progress: " : "") + english,
      (inProgress ? "Réponse en cours\u{A0}: " : "") + french)
  }
  public var unsupportedCount: String { pick("Unsupported", "Sans justificatif") }
  public var action: String { pick("Action", "Action") }
  public var owner: String { pick("Owner", "Responsable") }
  public var horizon: String {
    pick("Horizon (short, medium, long term)", "Échéance (court, moyen, long terme)")
  }
  public var actionPlan: String { pick("Action plan", "Plan d’action") }
  public var critical: String { pick("critical", "critique") }
  public var yes: String { pick("Yes", "Oui") }
  public var no: String { pick("No", "Non") }
  public var unknownAnswer: String {
    pick("Don't know / no evidence", "Ne sait pas / pas de justificatif")
  }
  public var notApplicableAnswer: String { pick("Not applicable", "Sans objet") }
  public var noAnswer: String { pick("No answer", "Pas de réponse") }
  public var absentAnswer: String {
    pick(
      "Absent (the practice it builds on is not in place)",
      "Absente (la pratique dont elle dépend n’est pas en place)")
  }
  public func unscoredFollowUps(_ count: Int) -> String {
    pick(
      "\(count) follow-up question\(count == 1 ? " has" : "s have") no score: a question \(count == 1 ? "it follows" : "they follow") has no answer",
      "\(count) question\(plural(count)) de suivi sans score\u{A0}: une question dont \(count <= 1 ? "elle dépend" : "elles dépendent") est sans réponse"
    )
  }
  public var noneSelected: String { pick("None selected", "Aucune option cochée") }

  // `arusha explain` (scoring.md, "Why a factor scored what it did").
  public var explainTitle: String {
    pick("Why each factor scored what it did", "Pourquoi chaque facteur a ce score")
  }
  public var contribution: String { pick("Contribution", "Contribution") }
  public var contributionsTotal: String {
    pick("Sum of the contributions", "Somme des contributions")
  }
  public func method(_ method: ScoringMethod) -> String {
    switch method {
    case .mean:
      pick("weighted mean of the item scores", "moyenne pondérée des scores des questions")
    case .minimum: pick("lowest item score", "score de la question la plus faible")
    }
  }
  public func cappedAt(_ cap: String) -> String {
    pick(
      "capped at \(cap) by a critical gap", "plafonné à \(cap) par une lacune critique")
  }
  /// Between the items of a list in a sentence: `;`, with French typography's narrow
  /// no-break space before it.
  public var listSeparator: String { pick("; ", "\u{202F}; ") }
  /// The entry of ◀ in explain's key (after its mark, a label of its own).
  public var decisive: String {
    pick("The lowest: it sets the score", "La plus faible\u{A0}: elle fait le score")
  }
  public var hiddenAnswer: String {
    pick("Hidden (not counted)", "Masquée (non comptée)")
  }
  /// Explain's key to its marks, each entry a label after its mark (a no-break space between
  /// them: a mark never ends a line without its label).
  public var explainKey: String {
    pick(
      "◆\u{A0}Critical question · †\u{A0}Claims the practice without the evidence it expects",
      "◆\u{A0}Question critique · †\u{A0}Affirme la pratique sans le justificatif attendu")
  }
  /// Under a factor's contributions when the figures shown, each rounded to one decimal, do not
  /// add up to the sum shown (issue 23: 6.3 + 3.1 + … = 47.1 against 46.9).
  public var roundedContributionsNote: String {
    pick(
      "The contributions are rounded to one decimal, so they can add up to a few tenths more or less than the sum shown, which is exact.",
      "Les contributions sont arrondies au dixième\u{A0}: leur addition peut donc différer de quelques dixièmes de la somme affichée, qui est exacte."
    )
  }
  public var selfAssessmentNote: String {
    pick(
      "Self-assessment scores (0–100). A low score is not automatically a priority: read the gaps with the evidence.",
      "Scores d’auto-évaluation (0 à 100). Un score faible n’est pas automatiquement une priorité\u{A0}: examinez les lacunes à la lumière des justificatifs."
    )
  }

  /// Whether this language reads `count` as singular: 1 in English; below 2 in French
  /// (« 0 dossier », « 1,5 jour »).
  public func isSingular(_ count: Double) -> Bool {
    language == "fr" ? abs(count) < 2 : count == 1
  }

  /// The singular of the units the bundled questionnaires count in, for a questionnaire that
  /// does not give `unit_singular` (its released bytes cannot change).
  static let singularUnits: [String: [String: String]] = [
    "en": [
      "cases": "case", "days": "day", "reports": "report", "sanctions": "sanction",
      "officers": "officer", "staff members": "staff member", "complaints": "complaint",
      "declarations": "declaration", "months": "month", "years": "year", "hours": "hour",
    ],
    "fr": [
      "dossiers": "dossier", "jours": "jour", "signalements": "signalement",
      "sanctions": "sanction", "agents": "agent", "plaintes": "plainte",
      "déclarations": "déclaration", "années": "année", "heures": "heure",
    ],
  ]

  /// The unit after a count, in the number the count takes: « 1 sanction », "12 sanctions".
  ///
  /// When this language reads `count` as singular (``isSingular(_:)``): `singular` (the
  /// questionnaire's `unit_singular`), else the catalogue's singular of a common unit, else
  /// `plural`; otherwise `plural`.
  public func unit(_ plural: String, count: Double, singular: String?) -> String {
    guard isSingular(count) else { return plural }
    if let singular, !singular.isEmpty { return singular }
    return Self.singularUnits[language == "fr" ? "fr" : "en"]?[plural] ?? plural
  }

  /// The plural ending of a count in this language: `s` but for 1 in English, and for 0 and
  /// 1 in French (« 0 réponse », « 1 réponse », « 2 réponses »).
  public func plural(_ count: Int) -> String {
    pick(count == 1 ? "" : "s", count <= 1 ? "" : "s")
  }

  /// `label:`, with French typography's no-break space before the colon.
  public func colon(_ label: String) -> String {
    pick(label + ":", label + "\u{A0}:")
  }

  /// The action plan's step for a multi: the options still to put in place, joined by `;`
  /// (with French typography's narrow no-break space before it).
  public func selectMore(_ options: [String]) -> String {
    pick(
      "To put in place: " + options.joined(separator: listSeparator),
      "À mettre en place\u{A0}: " + options.joined(separator: listSeparator))
  }

  public func incomplete(_ count: Int) -> String {
    pick(
      "Incomplete response: \(count) question\(count == 1 ? " has" : "s have") no answer",
      "Réponse incomplète\u{A0}: \(count) question\(plural(count)) sans réponse")
  }

  public func roundOf(_ administration: String, _ round: String) -> String {
    pick("\(administration), round \(round)", "\(administration), cycle \(round)")
  }

  /// A number with one decimal, in this language's convention (`61.3` / `61,3`).
  ///
  /// From five digits its whole part is grouped by thousands, `12,345` / « 12 345 » with a
  /// narrow no-break space (U+202F), as French typography writes it (issue 23). Four digits
  /// stay whole (`2024`, `1500`).
  public func decimal(_ value: Double?, digits: Int = 1) -> String {
    guard let value else { return "—" }
    let text = fixed(value, digits: digits)
    // Fewer than five whole digits, the common case (scores, shares): nothing to group, only
    // the decimal point to write in this language (issue 29).
    let bytes = text.utf8
    let point = bytes.firstIndex(of: UInt8(ascii: "."))
    let wholeBytes = bytes.distance(from: bytes.startIndex, to: point ?? bytes.endIndex)
    let signed = bytes.first == UInt8(ascii: "-") ? 1 : 0
    if wholeBytes - signed < 5 {
      guard let point else { return text }
      let after = bytes.index(after: point)
      if wholeBytes > signed, after < bytes.endIndex {
        // English writes the point as `fixed` does; French a comma in its place.
        guard language == "fr" else { return text }
        var written = Array(bytes)
        written[wholeBytes] = UInt8(ascii: ",")
        return String(decoding: written, as: UTF8.self)
      }
    }
    let parts = text.split(separator: ".", maxSplits: 1)
    let sign = parts[0].hasPrefix("-") ? "-" : ""
    let whole = Array(parts[0].drop { $0 == "-" })
    var grouped = String(whole)
    if whole.count >= 5, whole.allSatisfy(\.isNumber) {
      let separator = pick(",", "\u{202F}")
      grouped = stride(from: whole.count, to: 0, by: -3).reversed().map { end in
        String(whole[max(0, end - 3)..<end])
      }.joined(separator: separator)
    }
    let fraction = parts.count > 1 ? pick(".", ",") + parts[1] : ""
    return sign + grouped + fraction
  }
}

/// `value` with exactly `digits` decimals (rounded half away from zero), independent of locale.
///
/// A figure within 1e-9 of an integer is that integer (scoring.md, "Numbers"); one that rounds
/// to zero is shown unsigned, never "−0.0". Never traps: a value beyond 1e15 (no input that
/// `validate` accepts makes one) is written as Swift writes it, and a non-finite one as "—".
public func fixed(_ value: Double, digits: Int) -> String {
  let value = Tolerance.reported(value)
  guard value.isFinite else { return "—" }
  guard abs(value) < 1e15 else { return String(value) }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let units = Int64((abs(value) * scale).rounded())
  let whole = units / Int64(scale)
  let fraction = units % Int64(scale)
  // Up to six decimals, the digits are written from the last into one buffer on the stack
  // (a report writes hundreds of thousands of figures, issue 29); the text is the same.
  if digits <= 6 {
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
      var first = 40
      func write(_ byte: UInt8) {
        first -= 1
        buffer[first] = byte
      }
      var rest = fraction
      for _ in 0..<digits {
        write(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10))
        rest /= 10
      }
      if digits > 0 { write(UInt8(ascii: ".")) }
      rest = whole
      repeat {
        write(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10))
        rest /= 10
      } while rest > 0
      if value < 0 && units != 0 { write(UInt8(ascii: "-")) }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[first...]), as: UTF8.self)
    }
  }
  var text = String(whole)
  if digits > 0 {
    let fractionText = String(fraction)
    text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
  }
  return (value < 0 && units != 0 ? "-" : "") + text
}

// MARK: - Screen layout (issue 12, the screen): small terminals and scrolled lists

extension Phrases {
  /// What the session shows on a terminal under `minimum`: how big it must be, and how to quit.
  public func terminalTooSmall(
    width: Int, height: Int, minimum: (width: Int, height: Int)
  ) -> String {
    pick(
      "The terminal is too small (\(width)×\(height)). Make it at least \(minimum.width)×\(minimum.height) to go on, or press q to save and quit.",
      "Le terminal est trop petit (\(width)×\(height)). Agrandissez-le à au moins \(minimum.width)×\(minimum.height) pour continuer, ou appuyez sur q pour enregistrer et quitter."
    )
  }
  /// The marker above a scrolled list: `count` items are above the window.
  public func moreAbove(_ count: Int) -> String { pick("↑ \(count) more", "↑ \(count) de plus") }
  /// The marker below a scrolled list: `count` items are below the window.
  public func moreBelow(_ count: Int) -> String { pick("↓ \(count) more", "↓ \(count) de plus") }
}

// MARK: - Input (issue 12, the input side: paste, yes/no keys)

extension Phrases {
  /// The note shown when `b` or ← is pressed on the first question: there is nothing before it.
  public var firstQuestion: String {
    pick("This is the first question.", "C’est la première question.")
  }
  /// The key that answers yes: `y` in English, `o` (oui) in French.
  public var yesKey: Character { language == "fr" ? "o" : "y" }
  /// The key that answers no: `n` in both languages.
  public var noKey: Character { "n" }
  /// The words that answer yes in line mode, lowercase.
  public var yesWords: Set<String> { language == "fr" ? ["o", "oui"] : ["y", "yes"] }
  /// The words that answer no in line mode, lowercase.
  public var noWords: Set<String> { language == "fr" ? ["n", "non"] : ["n", "no"] }
}

// MARK: - The listing of bundled questionnaires (issue 23: its headers were English in French)

extension Phrases {
  /// The headers of `arusha questionnaires`' table: id, version, languages, questions, title.
  public var listingHeaders: [String] {
    language == "fr"
      ? ["ID", "VERSION", "LANGUES", "QUESTIONS", "TITRE"]
      : ["ID", "VERSION", "LANGUAGES", "QUESTIONS", "TITLE"]
  }
  /// The line above the bundled item maps in `arusha questionnaires`.
  public var listingMaps: String {
    pick(
      "Item maps between versions (arusha compare … --map NAME):",
      "Tables de correspondance entre versions (arusha compare … --map NOM)\u{A0}:")
  }
}
