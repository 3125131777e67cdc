// The words of a plan's projection (issue 27, integrity review finding 5): the score each
// factor would have if every action reached its level, beside its target.
extension Phrases {
  /// The header of a factor's projected score: its score if every action of the plan (but the
  /// dropped) reached its level.
  public var projectedScore: String {
    pick(
      "Projected if every action reaches its level",
      "Score projeté si chaque action atteint son niveau")
  }

  /// The header of whether the projected score reaches the factor's target.
  public var projectionHeader: String {
    pick("With the plan's actions", "Avec les actions du plan")
  }

  /// A factor whose projected score reaches its target.
  public var projectionReaches: String { pick("Reaches the target", "Atteint l’objectif") }

  /// A factor whose projected score falls short of its target: the plan needs more actions.
  public var projectionShort: String {
    pick(
      "Short of the target: more actions needed",
      "En deçà de l’objectif\u{A0}: actions à ajouter")
  }
}
