import ArushaCore

// The words of the end of a session (issue 26, item 11): the last screen of a completed
// full-screen session, which shows the overall score and the factor bars on one screen and
// says how to see the rest, in English and French.

extension Phrases {
  /// The count of critical gaps under the factor bars: "Critical gaps: 3", « Lacunes
  /// critiques : aucune » when there is none.
  public func criticalGapCount(_ count: Int) -> String {
    colon(criticalGaps) + " " + (count == 0 ? pick("none", "aucune") : "\(count)")
  }

  /// What stands in place of the factor bars that a short terminal leaves out: "+ 4 factors
  /// in the full report".
  public func moreFactors(_ count: Int) -> String {
    pick(
      "+ \(count) factor\(count == 1 ? "" : "s") in the full report",
      "+ \(count) facteur\(plural(count)) dans le rapport complet")
  }

  /// How to see the whole report after the session.
  ///
  /// `command` is `arusha score FILE` as the program was started, printable on a terminal.
  /// The command ends the sentence, so that a short line can put it alone on the next.
  public func fullReportHint(_ command: String) -> String {
    let command = Self.printable(command)
    return pick(
      "Full report (add --action-plan for the action plan): \(command)",
      "Rapport complet (plan d’action\u{A0}: ajoutez --action-plan)\u{A0}: \(command)")
  }

  /// The keys of the last screen of a completed full-screen session.
  public var finalScreenKeys: String {
    Self.keyHelp([
      pick("Enter full report", "Entrée rapport complet"),
      pick("q quit", "q quitter"),
    ])
  }
}
