/// The item maps of one comparison, chained: for each questionnaire version a map starts from,
/// the steps that carry its responses to the newest version the maps reach
/// (trust-and-continuity.md: "Maps chain (2025 → 2026.1 → 2027.1) when the files for each step
/// are given").
public struct MapRoutes: Sendable {
  /// One map with both of its questionnaires.
  public struct Link: Sendable {
    /// The map file, as given (for messages).
    public var path: String
    /// The map.
    public var map: ItemMap
    /// Its `from` questionnaire.
    public var source: Questionnaire
    /// Its `to` questionnaire.
    public var target: Questionnaire
    /// SHA-256 of the `to` questionnaire file, for the mapped responses' reference.
    public var targetSHA256: String

    /// Creates a link.
    public init(
      path: String, map: ItemMap, source: Questionnaire, target: Questionnaire,
      targetSHA256: String
    ) {
      self.path = path
      self.map = map
      self.source = source
      self.target = target
      self.targetSHA256 = targetSHA256
    }
  }

  /// The steps from one version to the last one the maps reach.
  public struct Route: Sendable {
    /// The maps in order; the first starts at the route's version.
    public var links: [Link]
    /// The questionnaire the route ends at.
    public var target: Questionnaire { links[links.count - 1].target }
    /// The reference a mapped response carries: the last target's id, version and SHA-256.
    public var reference: QuestionnaireReference {
      let last = links[links.count - 1]
      return QuestionnaireReference(
        id: last.target.id, version: last.target.version, sha256: last.targetSHA256)
    }

    /// `response`, which answers `questionnaire` (the route's first version, as the response's
    /// own file has it), carried through every step (``ItemMap/apply(_:from:to:sha256:)``).
    public func apply(_ response: Response, answering questionnaire: Questionnaire) -> Response {
      var current = response
      var source = questionnaire
      for link in links {
        current = link.map.apply(current, from: source, to: link.target, sha256: link.targetSHA256)
        source = link.target
      }
      return current
    }
  }

  /// Why maps cannot be chained.
  public enum Problem: Error, Sendable, Hashable {
    /// Two maps start from the same version.
    case twoMapsFrom(id: String, version: String, paths: [String])
    /// The maps lead back to a version they start from.
    case cycle(id: String, version: String, paths: [String])

    /// One line saying what is wrong and what to do.
    public var message: String {
      switch self {
      case .twoMapsFrom(let id, let version, let paths):
        return
          "two maps start from '\(id)' version '\(version)' (\(paths.joined(separator: ", "))); give one map per step"
      case .cycle(let id, let version, let paths):
        return
          "the maps lead back to '\(id)' version '\(version)' (\(paths.joined(separator: " → "))); a map goes from an older version to a newer one"
      }
    }
  }

  private var routes: [ItemMap.Side: Route] = [:]

  /// No maps.
  public init() {}

  /// Chains `links`.
  ///
  /// - Throws: ``Problem`` when two maps start from one version or the maps form a cycle.
  public init(_ links: [Link]) throws(Problem) {
    var next: [ItemMap.Side: Link] = [:]
    for link in links {
      if let other = next[link.map.from] {
        throw .twoMapsFrom(
          id: link.map.from.id, version: link.map.from.version, paths: [other.path, link.path])
      }
      next[link.map.from] = link
    }
    for start in next.keys {
      var steps: [Link] = []
      var seen: Set<ItemMap.Side> = [start]
      var side = start
      while let link = next[side] {
        steps.append(link)
        side = link.map.to
        guard seen.insert(side).inserted else {
          throw .cycle(id: side.id, version: side.version, paths: steps.map(\.path))
        }
      }
      routes[start] = Route(links: steps)
    }
  }

  /// Whether no map was given.
  public var isEmpty: Bool { routes.isEmpty }

  /// The route of responses to questionnaire `id` version `version`; nil when no map starts
  /// there.
  public func route(id: String, version: String) -> Route? {
    routes[ItemMap.Side(id: id, version: version)]
  }
}
