/// Finds the copies among the responses of a comparison, so that each respondent counts once
/// (issue 22, kind 4).
///
/// - Byte-identical files always count once: the first in the order of the files counts.
/// - Files with different bytes that name the same administration, round, role and
///   respondent (a non-null one) are one respondent's response: the one with the latest
///   `updated` counts (a file without `updated` is the oldest; on a tie, the first in the
///   order of the files).
/// - Respondents without a name are never merged.
///
/// Responses are admitted in the order of the files. An unnamed response that is not a copy
/// counts at once; a named one is held until ``finish()``, since a later file may supersede
/// it: memory grows with the number of named respondents (one summary each) and with the
/// number of files (one digest and path each), nothing more.
public struct ResponseCopies: Sendable {
  /// Files that are one response counted once, for the warnings.
  public struct CopySet: Sendable, Hashable {
    /// Why they are one.
    public enum Reason: Sendable, Hashable {
      /// The same bytes.
      case identical
      /// The same administration, round, role and respondent, with other bytes.
      case sameRespondent(administration: String, round: String, role: String?, name: String)
    }

    /// Why the files are one response.
    public var reason: Reason
    /// Every file of the set, in the order of the files.
    public var paths: [String]
    /// The file that counts.
    public var counted: String
    /// The `updated` time of the file that counts (for ``Reason/sameRespondent``).
    public var updated: String?
    /// Where the first file of the set is in the order of the files.
    var order: Int
  }

  private struct Held: Sendable {
    var winner: CountedResponse
    var paths: [String]
    var firstOrder: Int
  }

  private var firstByDigest: [[UInt8]: (path: String, order: Int)] = [:]
  private var identical: [[UInt8]: CopySet] = [:]
  private var held: [CountedResponse.Respondent: Held] = [:]
  private var leftOut: [ComparisonTally.Key: Int] = [:]

  /// No response yet.
  public init() {}

  /// Takes the next response in the order of the files.
  ///
  /// - Parameter response: The response.
  /// - Returns: The response when it counts now; nil when it is a copy of one already taken,
  ///   or held until ``finish()`` because it names its respondent.
  public mutating func admit(_ response: CountedResponse) -> CountedResponse? {
    if let first = firstByDigest[response.digest] {
      if identical[response.digest] == nil {
        identical[response.digest] = CopySet(
          reason: .identical, paths: [first.path], counted: first.path, order: first.order)
      }
      identical[response.digest]?.paths.append(response.path)
      leftOut[key(response), default: 0] += 1
      return nil
    }
    firstByDigest[response.digest] = (response.path, response.order)
    guard let respondent = response.respondent else { return response }
    guard var known = held[respondent] else {
      held[respondent] = Held(winner: response, paths: [response.path], firstOrder: response.order)
      return nil
    }
    known.paths.append(response.path)
    // Only a strictly later time wins: on a tie the first in the order of the files stays,
    // as the first of byte-identical files does.
    if Timestamp.precedes(known.winner.updated, response.updated) {
      known.winner = response
    }
    held[respondent] = known
    leftOut[key(response), default: 0] += 1
    return nil
  }

  /// The named respondents' responses that count, in the order of the files; call once, after
  /// the last ``admit(_:)``.
  public func finish() -> [CountedResponse] {
    held.values.map(\.winner).sorted { $0.order < $1.order }
  }

  /// The sets of files counted once, in the order of their first file.
  public var sets: [CopySet] {
    var sets = Array(identical.values)
    for (respondent, known) in held where known.paths.count > 1 {
      sets.append(
        CopySet(
          reason: .sameRespondent(
            administration: String(decoding: respondent.administration, as: UTF8.self),
            round: String(decoding: respondent.round, as: UTF8.self),
            role: respondent.role.map { String(decoding: $0, as: UTF8.self) },
            name: String(decoding: respondent.name, as: UTF8.self)),
          paths: known.paths, counted: known.winner.path, updated: known.winner.updated,
          order: known.firstOrder))
    }
    return sets.sorted { $0.order < $1.order }
  }

  /// How many files of the group with `key` were left out as copies.
  public func copiesLeftOut(_ key: ComparisonTally.Key) -> Int {
    leftOut[key] ?? 0
  }

  private func key(_ response: CountedResponse) -> ComparisonTally.Key {
    ComparisonTally.Key(
      administration: response.summary.administration, round: response.summary.round)
  }
}
