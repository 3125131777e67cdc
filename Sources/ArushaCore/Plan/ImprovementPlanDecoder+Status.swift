import ArushaYAML
import Foundation

extension ImprovementPlanDecoder {
  /// The words a team may write for a status instead of the file's own (issue 27, integrity
  /// review finding 9: the French note glosses them), folded (lowercase, no accents, spaces
  /// for `-` and `_`): each with the status to write and, for a French word, the word as the
  /// French reports write it.
  static let statusWords: [String: (status: ImprovementPlan.Status, gloss: String?)] = [
    "prevue": (.planned, "prévue"), "prevu": (.planned, "prévue"),
    "planifiee": (.planned, "prévue"), "planifie": (.planned, "prévue"),
    "a faire": (.planned, "prévue"), "plan": (.planned, nil),
    "engagee": (.started, "engagée"), "engage": (.started, "engagée"),
    "en cours": (.started, "engagée"), "commencee": (.started, "engagée"),
    "commence": (.started, "engagée"), "in progress": (.started, nil),
    "ongoing": (.started, nil), "start": (.started, nil),
    "realisee": (.done, "réalisée"), "realise": (.done, "réalisée"),
    "faite": (.done, "réalisée"), "fait": (.done, "réalisée"),
    "terminee": (.done, "réalisée"), "termine": (.done, "réalisée"),
    "achevee": (.done, "réalisée"), "acheve": (.done, "réalisée"),
    "completed": (.done, nil), "complete": (.done, nil),
    "finished": (.done, nil),
    "abandonnee": (.dropped, "abandonnée"), "abandonne": (.dropped, "abandonnée"),
    "annulee": (.dropped, "abandonnée"), "annule": (.dropped, "abandonnée"),
    "abandoned": (.dropped, nil), "cancelled": (.dropped, nil),
    "canceled": (.dropped, nil), "drop": (.dropped, nil),
  ]

  /// An action's status: one of the file's four words.
  ///
  /// A French word (or an English near
  /// miss: "completed", "in progress") is an error naming the word to write ("write done
  /// (réalisée)"); anything else, the usual "did you mean".
  static func status(_ node: YAMLNode, _ reader: inout NodeReader) -> ImprovementPlan.Status? {
    let statuses = ImprovementPlan.Status.allCases.map(\.rawValue)
    if let text = node.scalar?.text, !statuses.contains(text),
      let word = statusWords[fold(text)]
    {
      reader.error(
        .statusInOtherWords(text, write: word.status.rawValue, gloss: word.gloss),
        at: node.reportMark)
      return nil
    }
    return reader.oneOf(node, statuses, "action status").flatMap(
      ImprovementPlan.Status.init(rawValue:))
  }

  /// `text` lowercased, without accents, `-` and `_` as spaces, trimmed.
  static func fold(_ text: String) -> String {
    text.prefix(40).folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en")
    )
    .lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
    .trimmingCharacters(in: .whitespaces)
  }
}
