import ArushaCore

extension ScoreReport {
  /// `arusha score --format json`, exactly the shape of scoring.md, unrounded.
  ///
  /// Every string from the questionnaire or the response is on one line and printable
  /// (``PrintableText`` for a document).
  public func json() -> String {
    let document = PrintableText.Destination.document
    func text(_ value: String?) -> JSONValue {
      .string(value.map { clean($0, for: document) })
    }
    func label(_ level: ScoreLevel?) -> JSONValue {
      .string(level.map { localized($0.label, for: document) })
    }
    let factors: [JSONValue] = score.factors.map { factor in
      .object([
        .init("id", text(factor.factor)),
        .init(
          "title", .string(self.factor(factor.factor).map { localized($0.title, for: document) })),
        .init("score", .number(factor.score)),
        .init("evidence_checked", .number(factor.evidenceChecked)),
        .init("level", label(factor.level)),
        .init("coverage", .number(factor.coverage)),
        .init("answered", .integer(factor.answered)),
        .init("unknown", .integer(factor.unknown)),
        .init("na", .integer(factor.notApplicable)),
        .init("missing", .integer(factor.missing)),
        .init("absent", .integer(factor.absent)),
        .init("capped", .bool(factor.capped)),
        .init("uncapped", .number(factor.uncapped)),
        .init("unsupported", .integer(factor.unsupported)),
        .init("strength", .bool(factor.strength)),
        .init("improvement", .bool(factor.improvement)),
      ])
    }
    let value = JSONValue.object(
      jsonHeader() + [
        .init("role", text(response.role)),
        .init("status", .string(response.status.rawValue)),
        .init(
          "overall",
          .object([
            .init("score", .number(score.overall)),
            .init("level", label(score.overallLevel)),
            .init("indicative", .bool(score.isIndicative(status: response.status))),
            .init("evidence_checked", .number(score.evidenceChecked)),
            .init("evidence_checked_level", label(score.evidenceCheckedLevel)),
            .init("expecting_evidence", .integer(score.expectingEvidence)),
          ])),
        .init("factors", .array(factors)),
        .init("strengths", .array(score.strengths.map(text))),
        .init("relative_strengths", .array(score.relativeStrengths.map(text))),
        .init("improvements", .array(score.improvements.map(text))),
        .init("critical", .array(score.critical.map(text))),
        .init("unsupported", .array(score.unsupported.map(text))),
        .init(
          "na",
          .array(
            score.notApplicable.map { id in
              .object([
                .init("question", text(id)),
                .init("factor", text(score.items.first { $0.question == id }?.factor)),
                .init("justification", text(response.answers[id]?.justification)),
              ])
            })),
        .init(
          "gaps",
          .array(
            score.gaps.map { gap in
              .object([
                .init("question", text(gap.question)), .init("factor", text(gap.factor)),
                .init("score", .number(gap.score)), .init("weight", .number(gap.weight)),
              ])
            })),
        .init(
          "figures",
          .array(
            score.figures.map { figure in
              .object(
                [
                  .init("question", text(figure.question)), .init("factor", text(figure.factor)),
                  .init("value", .number(figure.value)),
                  .init("state", .string(figure.isAvailable ? "answered" : "unknown")),
                  .init("unit", .string(figure.unit.map { localized($0, for: document) })),
                  .init("normalized", .number(figure.normalized)),
                ] + perMembers(figure))
            })),
      ] + followUpMembers())
    return value.serialized() + "\n"
  }

  /// The members that open `score` and `explain` JSON (scoring.md): the questionnaire's id
  /// and version, the administration and the round, printable for a document.
  func jsonHeader() -> [JSONValue.Member] {
    let text = { (value: String) in JSONValue.string(self.clean(value, for: .document)) }
    return [
      .init(
        "questionnaire",
        .object([
          .init("id", text(questionnaire.id)), .init("version", text(questionnaire.version)),
        ])
      ),
      .init("administration", text(response.administration)),
      .init("round", text(response.round)),
    ]
  }
}
