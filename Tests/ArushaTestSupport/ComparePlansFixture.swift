import ArushaCore

/// The plans of the `compare --plans` fixtures (issue 27), shared by the core's and the reports' tests.
///
/// Niger 2020 and 2024, Benin 2024, on the compare fixture questionnaire (alpha: a1, beta:
/// b1). Their figures are worked out by hand in PlanProgressTests.
public enum ComparePlansFixture {
  /// A plan of `administration` made in `round`, with an empty baseline.
  public static func plan(
    _ administration: String, _ round: String, targets: [ImprovementPlan.Target],
    actions: [ImprovementPlan.Action], reference: QuestionnaireReference
  ) -> ImprovementPlan {
    ImprovementPlan(
      questionnaire: reference, administration: administration, round: round, made: nil,
      note: nil,
      baseline: .init(sha256: "", overall: nil, factors: [], items: [], figures: []),
      targets: targets, actions: actions)
  }

  /// Niger 2020 (P1), Niger 2024 (P2), Benin 2024 (P3), on `reference`.
  public static func plans(reference: QuestionnaireReference) -> [ImprovementPlan] {
    func plan(
      _ administration: String, _ round: String, targets: [ImprovementPlan.Target],
      actions: [ImprovementPlan.Action]
    ) -> ImprovementPlan {
      Self.plan(administration, round, targets: targets, actions: actions, reference: reference)
    }
    return [
      plan(
        "Niger", "2020",
        targets: [
          .init(factor: "alpha", goal: .level(50), by: "2024"),
          .init(factor: "beta", goal: .score(60), by: "2026"),
        ],
        actions: [
          .init(id: "n1", questions: ["a1"], target: .number(3), status: .done),
          .init(id: "n2", questions: ["b1"], target: .number(2), status: .started),
          .init(id: "n3", questions: ["a1", "b1"], target: .number(2), status: .dropped),
        ]),
      plan(
        "Niger", "2024",
        targets: [
          .init(factor: "alpha", goal: .score(80), by: nil),
          .init(factor: "beta", goal: .level(75), by: "2026"),
        ],
        actions: [
          .init(id: "m1", questions: ["a1"], target: .number(4), status: .done),
          .init(id: "m2", questions: ["b1"], target: .number(4), status: .planned),
        ]),
      plan(
        "Benin", "2024",
        targets: [
          .init(factor: "alpha", goal: .score(50), by: "2028"),
          .init(factor: "beta", goal: .score(50), by: nil),
        ],
        actions: [
          .init(
            id: "b-1", questions: ["a1"], description: "Train the staff", owner: "Ms X",
            target: .number(2), status: .done)
        ]),
    ]
  }
}
