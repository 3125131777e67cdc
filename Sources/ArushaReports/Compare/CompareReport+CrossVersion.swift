import ArushaCore
import ArushaText
import Foundation

extension CompareReport {
  /// The versions read through maps by the groups of `changes` (the group each starts from
  /// and the one it ends at), in natural order, printable on `destination`.
  private func mappedVersions(
    of changes: [Comparison.Change], for destination: PrintableText.Destination
  ) -> [String] {
    Set(
      changes.flatMap {
        mappedFrom($0.administration, $0.from) + mappedFrom($0.administration, $0.to)
      }
    )
    .sorted(by: NaturalOrder.precedes).map { clean($0, for: destination) }
  }

  /// The compared version, printable on `destination`.
  private func comparedVersion(for destination: PrintableText.Destination) -> String {
    clean(questionnaire.version, for: destination)
  }

  /// The legend under the changes when some change is computed through an item map: they
  /// mix changes in the instrument with changes in practice (issue 24); nil when none is.
  func crossVersionChangesNote(for destination: PrintableText.Destination) -> String? {
    let mapped = comparison.changes.filter(\.mapped)
    guard !mapped.isEmpty else { return nil }
    return phrases.crossVersionChanges(
      mappedVersions(of: mapped, for: destination), to: comparedVersion(for: destination))
  }

  /// What one change computed through an item map is (a sheet's row, its JSON); nil for a
  /// change within one version.
  func crossVersionNote(
    _ change: Comparison.Change, for destination: PrintableText.Destination
  ) -> String? {
    guard change.mapped else { return nil }
    return phrases.crossVersionChange(
      mappedVersions(of: [change], for: destination), to: comparedVersion(for: destination))
  }

  /// ``crossVersionNote(_:for:)`` with plain spaces, for JSON that tools read.
  func plainCrossVersionNote(_ change: Comparison.Change) -> String? {
    crossVersionNote(change, for: .document)?.replacingOccurrences(of: "\u{A0}", with: " ")
  }

  /// The legend under the history when one of its rounds was read through an item map; nil
  /// when none was.
  func crossVersionRoundsNote(
    _ history: [Comparison.History], for destination: PrintableText.Destination
  ) -> String? {
    // The history's rounds, by name byte by byte, looked up once per mapped group.
    guard showsMapping else { return nil }
    let rounds = Set(
      history.flatMap { series in
        series.rounds.map {
          ComparisonTally.Key(administration: series.administration, round: $0)
        }
      })
    let versions = Set(
      comparison.groups.filter { group in
        group.isMapped
          && rounds.contains(
            ComparisonTally.Key(administration: group.administration, round: group.round))
      }.flatMap(\.mappedFrom))
    guard !versions.isEmpty else { return nil }
    return phrases.crossVersionRounds(
      versions.sorted(by: NaturalOrder.precedes).map { clean($0, for: destination) },
      to: comparedVersion(for: destination))
  }
}
