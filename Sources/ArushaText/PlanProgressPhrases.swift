extension Phrases {
  /// The heading of `compare --plans`' section (issue 27).
  public var plansHeading: String {
    pick("Improvement plans", "Plans d’amélioration")
  }
  /// The workbook sheet of the plans' progress.
  public var plansSheet: String { pick("Plans", "Plans") }
  /// The column of the plan's round.
  public var planRoundHeader: String { pick("Plan’s round", "Plan") }
  /// The column of the actions planned (all of the plan's).
  public var actionsPlannedHeader: String { pick("Actions in plan", "Actions du plan") }
  /// The column of the actions done.
  public var actionsDoneHeader: String { pick("Done", "Réalisées") }
  /// The column of the actions on target.
  public var actionsOnTargetHeader: String { pick("At target level", "Au niveau visé") }
  /// The column of the factor targets due.
  public var targetsDueHeader: String { pick("Factor targets due", "Objectifs de facteur échus") }
  /// The column of the factor targets met among those due.
  public var targetsMetHeader: String {
    pick("Factor targets met", "Objectifs de facteur atteints")
  }
  /// The factor targets met among those due, in one cell: "1 of 2".
  public func targetsMet(_ met: Int, of due: Int) -> String {
    pick("\(met) of \(due)", "\(met) sur \(due)")
  }
  /// The column of the share of factor targets met.
  public var targetsShareHeader: String { pick("Share met", "Part") }
  /// When no group has a plan.
  public var noPlans: String {
    pick(
      "No group has a plan of its administration made in an earlier round.",
      "Aucun groupe n’a de plan de son administration établi lors d’un cycle antérieur.")
  }
  /// How the plans' figures are counted.
  public var plansNote: String {
    pick(
      "Each group’s plan is the latest plan of its administration made in an earlier round. Actions in plan counts all its actions, whatever their status; an action not dropped is at its target level when the group’s mean score on each of its questions reaches the score of its target level. A factor target is due when its round is not after the group’s round (no round: the round after the plan’s), and met when the group’s factor score reaches it; a target the plan’s baseline already met is not counted, as it is not the plan’s result. A suppressed group shows its plan’s actions only.",
      "Le plan d’un groupe est le dernier plan de son administration établi lors d’un cycle antérieur. «\u{A0}Actions du plan\u{A0}» compte toutes ses actions, quel que soit leur statut\u{202F}; une action non abandonnée est au niveau visé quand le score moyen du groupe à chacune de ses questions atteint celui de son niveau cible. Un objectif de facteur est échu quand son cycle ne suit pas celui du groupe (sans cycle\u{A0}: le cycle qui suit celui du plan), et atteint quand le score du facteur dans le groupe l’atteint\u{202F}; un objectif déjà atteint au départ du plan n’est pas compté, car il n’est pas le résultat du plan. Un groupe masqué ne montre que les actions de son plan."
    )
  }
  /// The note on a plan's round marked † (`mark`): read through an item map.
  public func planMappedNote(_ mark: String) -> String {
    pick(
      "\(mark) The plan was made on another version of the questionnaire and read through --map.",
      "\(mark) Le plan a été établi sur une autre version du questionnaire et lu au moyen d’une table de correspondance (--map)."
    )
  }
  /// The legend entry of the target marks on the history charts.
  public var targetMarkLegend: String {
    pick(
      "Factor target of a plan, at the round it is due",
      "Cible de facteur d’un plan, au cycle où elle est due")
  }
  /// The tooltip of one target mark: "Niger: target 60.0 by 2026".
  public func targetMark(_ administration: String, threshold: String, round: String) -> String {
    pick(
      "\(administration): target \(threshold) by \(round)",
      "\(administration)\u{A0}: cible \(threshold) pour \(round)")
  }
  /// A note on stderr: plans of administrations that no group of the comparison has a later
  /// round of.
  public static func plansIgnoredNote(_ count: Int) -> String {
    count == 1
      ? "1 plan concerns no group of the comparison (no later round of its administration); it is ignored"
      : "\(count) plans concern no group of the comparison (no later round of their administration); they are ignored"
  }
}
