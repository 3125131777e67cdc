import ArushaCore
import ArushaText

/// A comparison ready to render: the figures and the localized texts around them.
///
/// Every text from the questionnaire or the responses (administrations, rounds, titles, level
/// labels, ids) goes through ``PrintableText`` for where the format is read: a terminal for
/// ``table(style:width:)``, a document for the others, where HTML also isolates it in `<bdi>`
/// (cli.md).
public struct CompareReport: Sendable {
  /// The figures.
  public let comparison: Comparison
  /// The report language.
  public let language: String
  /// The tool's words in that language.
  public let phrases: Phrases
  /// Whether some group had files left out as copies, so that reports show each group's
  /// count and its legend (decided once: reports ask it for every row).
  let showsCopies: Bool
  /// Whether the reports show an unsupported column: some group has unsupported answers.
  let showsUnsupported: Bool
  /// Whether the reports show a "not applicable" column: some group has such answers
  /// (issue 24: compare gives their count, each response's report lists them).
  let showsNotApplicable: Bool
  /// Whether some group was scored through an item map, so that reports show the coverage
  /// and the legend of ``Phrases/mappedMark`` (decided once, as ``showsCopies``).
  let showsMapping: Bool
  /// The source versions of every mapped group, in natural order.
  let mappedVersions: [String]
  /// The administration and round of every mapped group, as `==` compares names (a
  /// history's rounds ask it); empty when no group is mapped.
  let mappedRounds: Set<[String]>
  /// The versions each mapped group was read from, by its key (names compared byte by
  /// byte, as groups are made); empty when no group is mapped.
  let mappedFromByGroup: [ComparisonTally.Key: [String]]
  /// The changes by administration and the round they end at (as `==` compares names), the
  /// first of each.
  let changesEnding: [[String]: Comparison.Change]

  /// Prepares the report of `comparison` in `language` (default: the questionnaire's first).
  public init(_ comparison: Comparison, language: String? = nil) {
    self.comparison = comparison
    self.language = language ?? comparison.questionnaire.defaultLanguage
    self.phrases = Phrases(self.language)
    self.showsCopies = comparison.groups.contains { $0.copiesLeftOut > 0 }
    self.showsUnsupported = comparison.groups.contains { !$0.suppressed && $0.unsupported > 0 }
    self.showsNotApplicable = comparison.groups.contains {
      !$0.suppressed && $0.notApplicable > 0
    }
    self.showsMapping = comparison.groups.contains(where: \.isMapped)
    self.mappedVersions = Set(comparison.groups.flatMap(\.mappedFrom))
      .sorted(by: NaturalOrder.precedes)
    // Facts that rows ask for, gathered once so that every report is linear in groups
    // (issue 29).
    var mappedRounds: Set<[String]> = []
    var mappedFrom: [ComparisonTally.Key: [String]] = [:]
    for group in comparison.groups where group.isMapped {
      mappedRounds.insert([group.administration, group.round])
      let key = ComparisonTally.Key(administration: group.administration, round: group.round)
      if mappedFrom[key] == nil { mappedFrom[key] = group.mappedFrom }
    }
    self.mappedRounds = mappedRounds
    self.mappedFromByGroup = mappedFrom
    var changesEnding: [[String]: Comparison.Change] = [:]
    for change in comparison.changes {
      let key = [change.administration, change.to]
      if changesEnding[key] == nil { changesEnding[key] = change }
    }
    self.changesEnding = changesEnding
  }

  var questionnaire: Questionnaire { comparison.questionnaire }

  var factors: [Factor] { comparison.factors }

  /// `text` in the report language, on one line and printable on `destination`
  /// (``PrintableText``).
  func localized(_ text: LocalizedText?, for destination: PrintableText.Destination) -> String {
    guard let text else { return "" }
    return PrintableText.sanitize(
      questionnaire.localized(text, in: language), for: destination, keepLineBreaks: false)
  }

  /// A string from a file (an administration, a round, an id…), on one line and printable on
  /// `destination` (``PrintableText``).
  func clean(_ text: String, for destination: PrintableText.Destination) -> String {
    PrintableText.sanitize(text, for: destination, keepLineBreaks: false)
  }

  /// The questionnaire's title.
  func title(for destination: PrintableText.Destination) -> String {
    localized(questionnaire.title, for: destination)
  }

  /// The factor's title, after its number when it has one: `3. Transparency`.
  func factorTitle(_ factor: Factor, for destination: PrintableText.Destination) -> String {
    let title = localized(factor.title, for: destination)
    return factor.number.map { "\($0). \(title)" } ?? title
  }

  /// The factor title for an id; the id when there is no such factor.
  func factorTitle(id: String, for destination: PrintableText.Destination) -> String {
    factors.first { $0.id == id }.map { factorTitle($0, for: destination) }
      ?? clean(id, for: destination)
  }

  /// The short name of a factor for narrow columns: its number, else its position.
  func factorNumber(_ index: Int) -> String {
    factors[index].number.map(String.init) ?? String(index + 1)
  }

  /// The label of the level of `score`, or empty.
  func levelLabel(_ score: Double?, for destination: PrintableText.Destination) -> String {
    questionnaire.scoring.level(of: score).map { localized($0.label, for: destination) } ?? ""
  }

  /// Where the level of `score` stands among the levels, 0 (lowest) to 3 (highest), for colours.
  func levelTone(_ score: Double?) -> Int? {
    questionnaire.scoring.tone(of: questionnaire.scoring.level(of: score))
  }

  /// "Niger Customs, round 2024".
  func groupName(_ group: Comparison.Group, for destination: PrintableText.Destination) -> String {
    phrases.roundOf(
      clean(group.administration, for: destination), clean(group.round, for: destination))
  }

  /// Whether the report shows the evidence-checked scores beside the declared ones (issue
  /// 24): some group has answers without the evidence they expect, or they are compared.
  var showsEvidenceChecked: Bool { showsUnsupported || comparison.options.evidenceChecked }

  /// The groups that are not suppressed.
  var shownGroups: [Comparison.Group] { comparison.groups.filter { !$0.suppressed } }

  /// The groups that are suppressed.
  var suppressedGroups: [Comparison.Group] { comparison.groups.filter(\.suppressed) }

  /// `+8.0` / `−3.5` / `0.0`, in this language's decimal convention.
  func signed(_ value: Double?) -> String {
    guard let value else { return "—" }
    let text = phrases.decimal(abs(value))
    if text == phrases.decimal(0) { return text }
    return (value > 0 ? "+" : "−") + text
  }

  /// ↑, ↓ or →.
  func arrow(_ direction: Comparison.Direction?) -> String {
    switch direction {
    case .up?: return "↑"
    case .down?: return "↓"
    case .stable?: return "→"
    case nil: return ""
    }
  }

  /// Whether signatures were checked, so that reports show each group's signed count.
  var showsSigned: Bool { comparison.options.checksSignatures }

  /// Who signed the group's responses, each as names print (``PrintableText/name(_:)``);
  /// under `--anonymize`, "allowed key" instead of any principal (issue 22).
  func signers(_ group: Comparison.Group) -> [String] {
    let signers = group.signers ?? []
    if comparison.options.anonymize { return signers.isEmpty ? [] : [phrases.allowedKey] }
    return signers.map(PrintableText.name)
  }

  /// The legend of the mapped marks, with file text printable on `destination`; nil when no
  /// group is mapped.
  func mappedNote(for destination: PrintableText.Destination) -> String? {
    guard showsMapping else { return nil }
    let note = phrases.mappedNote(
      mappedVersions.map { clean($0, for: destination) },
      to: clean(questionnaire.version, for: destination))
    // The questions whose mapped "not applicable" stays so, by their numbers (issue 25).
    let kept = comparison.notApplicableKept.compactMap { id in
      questionnaire.number(of: id).map(phrases.questionNumber)
    }
    return kept.isEmpty ? note : note + " " + phrases.notApplicableKept(kept)
  }

  /// `round`, with ``Phrases/mappedMark`` when the group was scored through a map.
  func roundLabel(_ group: Comparison.Group, for destination: PrintableText.Destination)
    -> String
  {
    clean(group.round, for: destination) + (group.isMapped ? " " + phrases.mappedMark : "")
  }

  /// `2026 → 2027`, with ``Phrases/mappedMark`` when either side was scored through a map.
  func changeLabel(_ change: Comparison.Change, for destination: PrintableText.Destination)
    -> String
  {
    "\(clean(change.from, for: destination)) → \(clean(change.to, for: destination))"
      + (change.mapped ? " " + phrases.mappedMark : "")
  }

  /// The change that ends at `group`, if any.
  func change(endingAt group: Comparison.Group) -> Comparison.Change? {
    changesEnding[[group.administration, group.round]]
  }

  /// Whether a mapped group has `administration` and `round` (as `==` compares names).
  func isMappedRound(_ administration: String, _ round: String) -> Bool {
    mappedRounds.contains([administration, round])
  }

  /// The versions the group of `administration` and `round` (byte by byte) was read from
  /// through maps; empty when it was not mapped or there is no such group.
  func mappedFrom(_ administration: String, _ round: String) -> [String] {
    mappedFromByGroup[ComparisonTally.Key(administration: administration, round: round)] ?? []
  }

  /// "2020: 40.1 → 2022: 52.0 → 2024 †: 64.1": a series of rounds and scores on one line,
  /// text from files made printable on `destination`, ``Phrases/mappedMark`` after a round
  /// scored through a map (`mapped`, one per round; none when empty).
  func trend(
    _ rounds: [String], _ values: [Double?], mapped: [Bool] = [],
    for destination: PrintableText.Destination
  ) -> String {
    // A no-break space between a round and its score: a line breaks only at an arrow.
    zip(rounds, values).enumerated().map { index, pair in
      let mark = index < mapped.count && mapped[index] ? "\u{A0}" + phrases.mappedMark : ""
      return phrases.colon(clean(pair.0, for: destination) + mark) + "\u{A0}"
        + phrases.decimal(pair.1)
    }.joined(separator: " → ")
  }
}
