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

  /// The English or the French, by ``language``; the compare words (ComparePhrases.swift) use it too.
  func pick(_ english: String, _ french: String) -> String {
    language == "fr" ? french : english
  }

  var overall: String { pick("Overall", "Score global") }
  var factor: String { pick("Factor", "Facteur") }
  var score: String { pick("Score", "Score") }
  var level: String { pick("Level", "Niveau") }
  var coverage: String { pick("Coverage", "Couverture") }
  var answered: String { pick("Answered", "Renseignées") }
  var unknownCount: String { pick("Don't know", "Ne sait pas") }
  var notApplicableCount: String { pick("N/A", "Sans objet") }
  var missingCount: String { pick("Missing", "Manquantes") }
  var strengths: String { pick("Strengths", "Points forts") }
  var improvements: String { pick("Areas for improvement", "Axes d'amélioration") }
  var criticalGaps: String { pick("Critical gaps", "Lacunes critiques") }
  var priorityGaps: String { pick("Priority gaps", "Lacunes prioritaires") }
  var firstTen: String { pick("first 10", "les 10 premières") }
  var none: String { pick("none", "aucun") }
  var noScore: String { pick("no score", "pas de score") }
  var question: String { pick("Question", "Question") }
  var answer: String { pick("Answer", "Réponse") }
  var weight: String { pick("Weight", "Poids") }
  var itemScore: String { pick("Item score", "Score de l'item") }
  var state: String { pick("State", "État") }
  var comment: String { pick("Comment", "Commentaire") }
  var evidence: String { pick("Evidence", "Justificatif") }
  var justification: String { pick("Justification", "Justification") }
  var administration: String { pick("Administration", "Administration") }
  var round: String { pick("Round", "Cycle") }
  var role: String { pick("Role", "Fonction") }
  var status: String { pick("Status", "Statut") }
  var complete: String { pick("complete", "terminée") }
  var inProgress: String { pick("in progress", "en cours") }
  var strengthThreshold: String { pick("strength", "point fort") }
  var improvementThreshold: String { pick("improvement", "axe d'amélioration") }
  var nextLevel: String { pick("Next level to reach", "Prochain niveau à atteindre") }
  var unsupportedAnswers: String {
    pick("Answers without the evidence they expect", "Réponses sans le justificatif attendu")
  }
  var unsupportedNote: String {
    pick(
      "They keep their score; attach the evidence or review the answer.",
      "Elles gardent leur score ; joignez le justificatif ou revoyez la réponse.")
  }
  var keyFigures: String { pick("Key figures (not scored)", "Chiffres clés (non notés)") }
  var cappedFactors: String {
    pick("Capped by a critical gap", "Plafonnés par une lacune critique")
  }
  var uncapped: String { pick("without the cap", "sans plafond") }
  var indicative: String {
    pick(
      "indicative: the response is not complete or a factor has no score",
      "indicatif : la réponse n'est pas terminée ou un facteur n'a pas de score")
  }
  var unsupportedCount: String { pick("Unsupported", "Sans justificatif") }
  var action: String { pick("Action", "Action") }
  var owner: String { pick("Owner", "Responsable") }
  var horizon: String {
    pick("Horizon (short, medium, long term)", "Échéance (court, moyen, long terme)")
  }
  var actionPlan: String { pick("Action plan", "Plan d'action") }
  var critical: String { pick("critical", "critique") }
  var yes: String { pick("Yes", "Oui") }
  var no: String { pick("No", "Non") }
  var unknownAnswer: String {
    pick("Don't know / no evidence", "Ne sait pas / pas de justificatif")
  }
  var notApplicableAnswer: String { pick("Not applicable", "Sans objet") }
  var noAnswer: String { pick("No answer", "Pas de réponse") }
  var absentAnswer: String {
    pick(
      "Absent (the practice it builds on is not in place)",
      "Absente (la pratique dont elle dépend n'est pas en place)")
  }
  func unscoredFollowUps(_ count: Int) -> String {
    pick(
      "\(count) follow-up question\(count == 1 ? " has" : "s have") no score: a question \(count == 1 ? "it follows" : "they follow") has no answer",
      "\(count) question\(count == 1 ? "" : "s") de suivi sans score : une question dont \(count == 1 ? "elle dépend" : "elles dépendent") est sans réponse"
    )
  }
  var noneSelected: String { pick("None selected", "Aucune option cochée") }
  var selfAssessmentNote: String {
    pick(
      "Self-assessment scores (0–100). A low score is not automatically a priority: read the gaps with the evidence.",
      "Scores d'auto-évaluation (0 à 100). Un score faible n'est pas automatiquement une priorité : examinez les lacunes à la lumière des justificatifs."
    )
  }

  /// `label:` with French typography's space before the colon.
  public func colon(_ label: String) -> String {
    language == "fr" ? label + " :" : label + ":"
  }

  func selectMore(_ options: String) -> String {
    pick("Also in place: \(options)", "Également en place : \(options)")
  }

  func incomplete(_ count: Int) -> String {
    language == "fr"
      ? "Réponse incomplète : \(count) question\(count == 1 ? "" : "s") sans réponse"
      : "Incomplete response: \(count) question\(count == 1 ? " has" : "s have") no answer"
  }

  func roundOf(_ administration: String, _ round: String) -> String {
    pick("\(administration), round \(round)", "\(administration), cycle \(round)")
  }

  /// A number with one decimal, in this language's convention (`61.3` / `61,3`).
  public func decimal(_ value: Double?, digits: Int = 1) -> String {
    guard let value else { return "—" }
    let text = fixed(value, digits: digits)
    return language == "fr" ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}

/// `value` with exactly `digits` decimals (rounded half away from zero), independent of locale.
///
/// A figure within 1e-9 of an integer is that integer (scoring.md, "Numbers"); one that rounds
/// to zero is shown unsigned, never "−0.0". Never traps: a value beyond 1e15 (no input that
/// `validate` accepts makes one) is written as Swift writes it, and a non-finite one as "—".
func fixed(_ value: Double, digits: Int) -> String {
  let value = Tolerance.reported(value)
  guard value.isFinite else { return "—" }
  guard abs(value) < 1e15 else { return String(value) }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let units = Int64((abs(value) * scale).rounded())
  let whole = units / Int64(scale)
  let fraction = units % Int64(scale)
  var text = String(whole)
  if digits > 0 {
    let fractionText = String(fraction)
    text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
  }
  return (value < 0 && units != 0 ? "-" : "") + text
}
