import ArushaCore

extension ScoreReport {
  /// `arusha score --format json`, exactly the shape of scoring.md, unrounded.
  public func json() -> String {
    let factors: [JSONValue] = score.factors.map { factor in
      .object([
        .init("id", .string(factor.factor)),
        .init(
          "title",
          .string(
            self.factor(factor.factor).map { questionnaire.localized($0.title, in: language) })),
        .init("score", .number(factor.score)),
        .init(
          "level", .string(factor.level.map { questionnaire.localized($0.label, in: language) })),
        .init("coverage", .number(factor.coverage)),
        .init("answered", .integer(factor.answered)),
        .init("unknown", .integer(factor.unknown)),
        .init("na", .integer(factor.notApplicable)),
        .init("missing", .integer(factor.missing)),
        .init("strength", .bool(factor.strength)),
        .init("improvement", .bool(factor.improvement)),
      ])
    }
    let value = JSONValue.object([
      .init(
        "questionnaire",
        .object([
          .init("id", .string(questionnaire.id)), .init("version", .string(questionnaire.version)),
        ])),
      .init("administration", .string(response.administration)),
      .init("round", .string(response.round)),
      .init("role", .string(response.role)),
      .init("status", .string(response.status.rawValue)),
      .init(
        "overall",
        .object([
          .init("score", .number(score.overall)),
          .init(
            "level",
            .string(score.overallLevel.map { questionnaire.localized($0.label, in: language) })),
        ])),
      .init("factors", .array(factors)),
      .init("strengths", .array(score.strengths.map { .string($0) })),
      .init("improvements", .array(score.improvements.map { .string($0) })),
      .init("critical", .array(score.critical.map { .string($0) })),
      .init(
        "gaps",
        .array(
          score.gaps.map { gap in
            .object([
              .init("question", .string(gap.question)), .init("factor", .string(gap.factor)),
              .init("score", .number(gap.score)), .init("weight", .number(gap.weight)),
            ])
          })),
    ])
    return value.serialized() + "\n"
  }
}
