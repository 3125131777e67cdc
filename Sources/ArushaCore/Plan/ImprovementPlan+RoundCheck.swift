// The checks of a plan's rounds and evidence (issue 27, integrity review findings 6 and 8).
extension PlanChecker {
  /// Each target's `by` against the plan's round, as a follow-up will read it (rounds ordered
  /// as compare orders them, ``NaturalOrder``).
  ///
  /// - An error when `by` does not come after the plan's round: a target "by" the round it
  ///   was measured at (or an earlier one) is due at once, met or missed by the baseline.
  /// - A warning when the plan's round is written in digits only ("2024") and `by` is not
  ///   ("fin 2026"): natural order reads it by its characters, so it says where it falls
  ///   against the round its digits name, if any ("after round '2026'": not due then).
  mutating func checkRounds() {
    let round = plan.round
    let roundIsDigits = Self.isDigits(round)
    for target in plan.targets {
      guard let by = target.by else { continue }
      let mark = plan.marks.targetRounds[target.factor] ?? plan.marks.root
      if NaturalOrder.compare(by, round) <= 0 {
        reader.error(.byNotAfterRound(target.factor, by: by, round: round), at: mark)
      } else if roundIsDigits, !Self.isDigits(by) {
        let digits = Self.digitRun(by)
        reader.warning(
          .byOtherShape(
            target.factor, by: by, round: round, digits: digits,
            after: digits.map { NaturalOrder.compare(by, $0) > 0 }),
          at: mark)
      }
    }
  }

  /// A warning for each action `done` without `evidence`: what shows it done is what an
  /// adviser asks for first.
  mutating func checkEvidence() {
    for (index, action) in plan.actions.enumerated()
    where action.status == .done && (action.evidence ?? "").isEmpty {
      let marks = plan.marks
      let mark =
        marks.actionStatuses.indices.contains(index)
        ? marks.actionStatuses[index]
        : marks.actions.indices.contains(index) ? marks.actions[index] : marks.root
      reader.warning(.doneWithoutEvidence(action.id), at: mark)
    }
  }

  /// Whether `text` is ASCII digits only (and not empty).
  static func isDigits(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
  }

  /// The first run of ASCII digits in `text` ("2026" in "fin 2026"); nil when none.
  static func digitRun(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard let start = scalars.firstIndex(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else {
      return nil
    }
    let end =
      scalars[start...].firstIndex(where: { !($0.value >= 0x30 && $0.value <= 0x39) })
      ?? scalars.endIndex
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}
