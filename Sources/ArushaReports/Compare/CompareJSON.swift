import ArushaCore

extension CompareReport {
  /// `arusha compare --format json`, exactly the shape of scoring.md, unrounded.
  ///
  /// Every string from the questionnaire or the responses, ids used as member names included,
  /// is on one line and printable (``PrintableText`` for a document).
  public func json() -> String {
    let document = PrintableText.Destination.document
    func text(_ value: String?) -> JSONValue {
      .string(value.map { clean($0, for: document) })
    }
    let ids = factors.map { clean($0.id, for: document) }
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
        .init("administration", text(group.administration)),
        .init("round", text(group.round)),
        .init("respondents", .integer(group.respondents)),
        .init("suppressed", .bool(group.suppressed)),
      ]
      guard !group.suppressed else { return .object(members) }
      members += [
        .init("overall", .number(group.overall)),
        .init("scores", byFactor(group.scores) { .number($0) }),
        .init("unsupported", .integer(group.unsupported)),
        .init("strengths", .array(group.strengths.map(text))),
        .init("improvements", .array(group.improvements.map(text))),
      ]
      if let position = group.position {
        members.append(.init("position", byFactor(position) { .string($0?.rawValue) }))
      }
      return .object(members)
    }
    let changes: [JSONValue] = comparison.changes.map { change in
      .object([
        .init("administration", text(change.administration)),
        .init("from", text(change.from)), .init("to", text(change.to)),
        .init("overall", delta(change.overall)),
        .init("scores", byFactor(change.scores, delta)),
      ])
    }
    let peers = comparison.peers
    let value = JSONValue.object([
      .init(
        "questionnaire",
        .object([
          .init("id", text(questionnaire.id)), .init("version", text(questionnaire.version)),
        ])),
      .init(
        "factors",
        .array(
          factors.map { factor in
            .object([
              .init("id", text(factor.id)),
              .init("title", .string(localized(factor.title, for: document))),
            ])
          })),
      .init("groups", .array(groups)),
      .init("changes", .array(changes)),
      .init(
        "peers",
        .object([
          .init("round", text(peers.round)),
          .init("overall", statistics(peers.overall)),
          .init("scores", byFactor(peers.scores, statistics)),
        ])),
    ])
    return value.serialized() + "\n"
  }
}
