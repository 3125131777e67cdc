import ArushaCore

extension CompareReport {
  /// `arusha compare --format json`, exactly the shape of scoring.md, unrounded.
  public func json() -> String {
    let ids = factors.map(\.id)
    func byFactor<T>(_ values: [T], _ transform: (T) -> JSONValue) -> JSONValue {
      .object(zip(ids, values).map { JSONValue.Member($0.0, transform($0.1)) })
    }
    func statistics(_ value: Comparison.Statistics) -> JSONValue {
      .object([
        .init("n", .integer(value.n)), .init("mean", .number(value.mean)),
        .init("median", .number(value.median)), .init("min", .number(value.min)),
        .init("max", .number(value.max)),
      ])
    }
    func delta(_ value: Comparison.Delta) -> JSONValue {
      .object([
        .init("delta", .number(value.delta)),
        .init("direction", .string(value.direction?.rawValue)),
      ])
    }
    let groups: [JSONValue] = comparison.groups.map { group in
      var members: [JSONValue.Member] = [
        .init("administration", .string(group.administration)),
        .init("round", .string(group.round)),
        .init("respondents", .integer(group.respondents)),
        .init("suppressed", .bool(group.suppressed)),
      ]
      guard !group.suppressed else { return .object(members) }
      members += [
        .init("overall", .number(group.overall)),
        .init("scores", byFactor(group.scores) { .number($0) }),
        .init("strengths", .array(group.strengths.map { .string($0) })),
        .init("improvements", .array(group.improvements.map { .string($0) })),
      ]
      if let position = group.position {
        members.append(.init("position", byFactor(position) { .string($0?.rawValue) }))
      }
      return .object(members)
    }
    let changes: [JSONValue] = comparison.changes.map { change in
      .object([
        .init("administration", .string(change.administration)),
        .init("from", .string(change.from)), .init("to", .string(change.to)),
        .init("overall", delta(change.overall)),
        .init("scores", byFactor(change.scores, delta)),
      ])
    }
    let peers = comparison.peers
    let value = JSONValue.object([
      .init(
        "questionnaire",
        .object([
          .init("id", .string(questionnaire.id)), .init("version", .string(questionnaire.version)),
        ])),
      .init(
        "factors",
        .array(
          factors.map { factor in
            .object([
              .init("id", .string(factor.id)),
              .init("title", .string(questionnaire.localized(factor.title, in: language))),
            ])
          })),
      .init("groups", .array(groups)),
      .init("changes", .array(changes)),
      .init(
        "peers",
        .object([
          .init("round", .string(peers.round)),
          .init("overall", statistics(peers.overall)),
          .init("scores", byFactor(peers.scores, statistics)),
        ])),
    ])
    return value.serialized() + "\n"
  }
}
