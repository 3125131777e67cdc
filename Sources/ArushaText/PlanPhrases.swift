// The words of the improvement plan (issue 27): the guidance a plan file carries, and the
// plan's tables in Markdown and in a workbook.
extension Phrases {
  /// The guidance a plan file carries at its top.
  ///
  /// Its `note:` (issue 27: the YAML layer writes no comments): what to fill in, what to keep,
  /// what the targets mean and how they compare with the projected scores, how to check the
  /// file and how to follow it up at the next round. Keys stay in English: they are the
  /// file's. Short lines (the file writes it as a literal block, `|`).
  public var planNote: String {
    pick(
      """
      Improvement plan made by arusha from one round's response.
      Actions: for each, fill in description (what will be done),
      owner (who answers for it) and due (a date, YYYY-MM-DD).
      Keep the ids as they are.
      Set status as work goes: planned, started, done or dropped.
      Once an action is done, give its evidence (a document, a decision).
      An action's target is the answer its question is to reach.
      Targets: the factor scores to reach.
      level is the lowest score of one of the questionnaire's maturity bands;
      score is a factor score (0 to 100);
      by is the round to reach it by (null: the next).
      arusha plan plan.yaml -o plan.md shows beside each target the score
      projected if every action reaches its level:
      a target above the projected score needs more actions.
      The baseline is the round as measured: leave it as it is.
      Check the file with: arusha validate plan.yaml
      At the next round: arusha score NEXT-RESPONSE.yaml --plan plan.yaml
      """,
      """
      Plan d’amélioration établi par arusha à partir de la réponse d’un cycle.
      Actions\u{A0}: pour chacune, renseignez description (ce qui sera fait),
      owner (qui en répond) et due (une date, AAAA-MM-JJ).
      Gardez les identifiants (id) tels quels.
      Tenez status à jour au fil des travaux\u{A0}: planned (prévue),
      started (engagée), done (réalisée) ou dropped (abandonnée).
      Une fois l’action réalisée, indiquez evidence (un document, une décision).
      La valeur cible (target) d’une action est la réponse que sa question doit atteindre.
      Objectifs (targets)\u{A0}: les scores de facteur à atteindre.
      level est le score minimal de l’un des niveaux de maturité du questionnaire\u{202F};
      score est un score de facteur (0 à 100)\u{202F};
      by est le cycle auquel l’atteindre (null\u{A0}: le prochain).
      arusha plan plan.yaml -o plan.md montre à côté de chaque objectif le score
      projeté si chaque action atteint son niveau\u{A0}:
      un objectif au-dessus du score projeté demande d’autres actions.
      La situation de départ (baseline) est le cycle tel qu’il a été mesuré\u{A0}:
      ne la modifiez pas.
      Vérifiez le fichier avec\u{A0}: arusha validate plan.yaml
      Au cycle suivant\u{A0}: arusha score REPONSE-SUIVANTE.yaml --plan plan.yaml
      """
    )
  }

  /// The title of a plan's page and workbook.
  public var improvementPlan: String { pick("Improvement plan", "Plan d’amélioration") }

  /// The heading of the plan's targets.
  public var planTargets: String { pick("Targets by factor", "Objectifs par facteur") }

  /// The heading of the plan's actions.
  public var planActions: String { pick("Actions", "Actions") }

  /// The name of the workbook's sheet of the plan's targets.
  public var planTargetsSheet: String { pick("Targets", "Objectifs") }

  /// The name of the workbook's sheet of the plan's actions.
  public var planActionsSheet: String { pick("Actions", "Actions") }

  /// The header of a factor's score in the plan's round.
  public var baselineScore: String { pick("Score then", "Score de départ") }

  /// The header of a factor's target: a maturity band or a score.
  public var targetHeader: String { pick("Target", "Objectif") }

  /// The header of the score that meets a target.
  public var targetScore: String { pick("Score to reach", "Score à atteindre") }

  /// The header of the round by which a target is to be met.
  public var byRound: String { pick("By round", "Cycle visé") }

  /// A target's round when the plan leaves it open: the next round.
  public var nextRound: String { pick("Next round", "Prochain cycle") }

  /// A target that is a score, not a band: "Score 60" / « Score de 60 ».
  public func scoreTarget(_ score: String) -> String {
    pick("Score \(score)", "Score de \(score)")
  }

  /// The header of an action's answer to reach.
  public var answerToReach: String { pick("Answer to reach", "Réponse visée") }

  /// The header of what an action is (the team's words).
  public var descriptionHeader: String { pick("Description", "Description") }

  /// The header of an action's due date.
  public var dueHeader: String { pick("Due", "Échéance") }

  /// The header of an action's id.
  public var actionIdentifier: String { pick("Action", "Action") }

  /// An action's status in words (the file writes `planned`, `started`, `done`, `dropped`).
  ///
  /// - Parameter status: The status as the file writes it.
  /// - Returns: The status for a reader; the file's word when it is none of the four.
  public func actionStatus(_ status: String) -> String {
    switch status {
    case "planned": return pick("Planned", "Prévue")
    case "started": return pick("Started", "Engagée")
    case "done": return pick("Done", "Réalisée")
    case "dropped": return pick("Dropped", "Abandonnée")
    default: return status
    }
  }

  /// The line under a plan's title: the round it was made from, and when.
  ///
  /// - Parameters:
  ///   - subject: "Niger Customs, round 2024".
  ///   - made: The day it was made, as ``date(_:)`` writes it; nil when not known.
  /// - Returns: "Made from Niger Customs, round 2024, on 14 November 2024".
  public func planMadeFrom(_ subject: String, on made: String?) -> String {
    guard let made else { return pick("Made from \(subject).", "Établi à partir de \(subject).") }
    return pick("Made from \(subject), on \(made).", "Établi à partir de \(subject), le \(made).")
  }
}
