/// Which questionnaires (id, version, sha256) the compared responses answer, with their files.
public struct QuestionnaireUses: Sendable, Hashable {
  /// The files of each questionnaire reference.
  public private(set) var files: [QuestionnaireReference: FileSample] = [:]

  /// No responses yet.
  public init() {}

  /// Records that the response at `path` answers `reference`.
  public mutating func add(_ reference: QuestionnaireReference, path: String) {
    files[reference, default: FileSample()].add(path)
  }

  /// Adds the uses of `other` after these.
  public mutating func merge(_ other: QuestionnaireUses) {
    for (reference, sample) in other.files {
      files[reference, default: FileSample()].merge(sample)
    }
  }

  /// The newest version among the references (natural order of version labels), with the
  /// sha256 most files have, then the smallest.
  public var newest: QuestionnaireReference? {
    files.keys.max { left, right in
      if left.version != right.version { return NaturalOrder.precedes(left.version, right.version) }
      let (a, b) = (files[left]?.count ?? 0, files[right]?.count ?? 0)
      return a != b ? a < b : left.sha256 > right.sha256
    }
  }

  /// Why these responses cannot be compared; empty when they can.
  ///
  /// - Parameter allowMixedVersions: Whether several versions of one questionnaire are accepted.
  /// - Returns: Different questionnaires; else different versions (unless allowed) and, per
  ///   version, different files under the same id and version.
  public func refusals(allowMixedVersions: Bool) -> [ComparisonRefusal] {
    var byID: [String: FileSample] = [:]
    for (reference, sample) in files { byID[reference.id, default: FileSample()].merge(sample) }
    if byID.count > 1 {
      return [.differentQuestionnaires(Self.ordered(byID))]
    }
    guard let id = byID.keys.first else { return [] }
    var refusals: [ComparisonRefusal] = []
    var byVersion: [String: FileSample] = [:]
    for (reference, sample) in files {
      byVersion[reference.version, default: FileSample()].merge(sample)
    }
    if byVersion.count > 1, !allowMixedVersions {
      refusals.append(.mixedVersions(id: id, Self.ordered(byVersion)))
    }
    for version in byVersion.keys.sorted(by: NaturalOrder.precedes) {
      var bySHA: [String: FileSample] = [:]
      for (reference, sample) in files where reference.version == version {
        bySHA[reference.sha256] = sample
      }
      if bySHA.count > 1 {
        refusals.append(.editedQuestionnaire(id: id, version: version, Self.ordered(bySHA)))
      }
    }
    return refusals
  }

  /// Most files first, then in code-point order.
  private static func ordered(_ samples: [String: FileSample]) -> [ComparisonRefusal.Variant] {
    samples.sorted { left, right in
      left.value.count != right.value.count
        ? left.value.count > right.value.count
        : NaturalOrder.codePointPrecedes(left.key, right.key)
    }.map { ComparisonRefusal.Variant($0.key, files: $0.value) }
  }
}
