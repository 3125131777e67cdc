public import ArushaYAML
import Crypto

extension Response {
  /// The response as the YAML value response-format.md shows, answers in questionnaire order.
  ///
  /// `position` stands between `completed` and `answers`, and only while the response is in
  /// progress and has one (issue 26): a complete response, and a response without a position,
  /// are written exactly as before it existed.
  public func yamlValue(order questionnaire: Questionnaire) -> YAMLValue {
    func text(_ value: String?) -> YAMLValue { value.map { .string($0) } ?? .null }
    func time(_ value: String?) -> YAMLValue { value.map { .plain($0) } ?? .null }
    var entries: [YAMLValue.Entry] = []
    for question in questionnaire.questions {
      guard let answer = answers[question.id] else { continue }
      var fields: [YAMLValue.Entry] = []
      switch answer.value {
      case .number(let number)?: fields.append(.init("value", .number(number)))
      case .selection(let selected)?:
        fields.append(.init("value", .sequence(selected.map { .number($0) }, flow: true)))
      case .text(let string)?: fields.append(.init("value", .string(string)))
      case nil: break
      }
      if let state = answer.state { fields.append(.init("state", .plain(state.rawValue))) }
      if let justification = answer.justification {
        fields.append(.init("justification", .string(justification)))
      }
      if let comment = answer.comment { fields.append(.init("comment", .string(comment))) }
      if let evidence = answer.evidence { fields.append(.init("evidence", .string(evidence))) }
      entries.append(.init(question.id, .mapping(fields)))
    }
    var header: [YAMLValue.Entry] = [
      .init("format", .plain(Response.format)),
      .init(
        "questionnaire",
        .mapping([
          .init("id", .string(self.questionnaire.id)),
          .init("version", .string(self.questionnaire.version)),
          .init("sha256", .string(self.questionnaire.sha256)),
        ])),
      .init("administration", .string(administration)),
      .init("round", .string(round)),
      .init("role", text(role)),
      .init("respondent", text(respondent)),
      .init("language", text(language)),
      .init("status", .plain(status.rawValue)),
      .init("started", time(started)),
      .init("updated", time(updated)),
      .init("completed", time(completed)),
    ]
    if status == .inProgress, let position {
      header.append(.init("position", .string(position)))
    }
    return .mapping(header + [.init("answers", .mapping(entries))])
  }

  /// The bytes of the response file.
  ///
  /// - Throws: ``YAMLError`` if libyaml refuses to write (it should not).
  public func yamlBytes(order questionnaire: Questionnaire) throws(YAMLError) -> [UInt8] {
    try YAMLWriter().write(yamlValue(order: questionnaire))
  }
}

/// The fingerprint that ties a response to the exact bytes of its questionnaire.
public enum Fingerprint {
  /// SHA-256 of `bytes`, lowercase hex.
  public static func sha256(_ bytes: [UInt8]) -> String {
    digest(bytes).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// SHA-256 of `bytes`: its 32 bytes, to tell byte-identical files apart cheaply.
  public static func digest(_ bytes: [UInt8]) -> [UInt8] {
    Array(SHA256.hash(data: bytes))
  }
}
