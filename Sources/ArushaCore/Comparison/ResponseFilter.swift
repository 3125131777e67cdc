/// Which responses count in a comparison: complete ones (unless incomplete ones are asked for),
/// of one role when a role is given (scoring.md).
public struct ResponseFilter: Sendable, Hashable {
  /// Keep only responses with this role; nil keeps every role.
  public var role: String?
  /// Whether `in-progress` responses count too.
  public var includeIncomplete: Bool

  /// Creates a filter; the default keeps complete responses of every role.
  public init(role: String? = nil, includeIncomplete: Bool = false) {
    self.role = role
    self.includeIncomplete = includeIncomplete
  }

  /// Why a response is left out, or nil when it counts.
  public enum Exclusion: Sendable, Hashable {
    /// Its status is not `complete`.
    case incomplete
    /// Its role is not the one asked for.
    case otherRole
  }

  /// Whether `response` counts, and if not, why.
  public func exclusion(of response: Response) -> Exclusion? {
    if response.status != .complete, !includeIncomplete { return .incomplete }
    if let role, response.role != role { return .otherRole }
    return nil
  }
}
