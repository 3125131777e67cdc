/// A node of a loaded YAML document, with the place it starts in the source.
///
/// Aliases are expanded when the tree is built: an alias becomes a copy of its anchor's
/// node (sharing storage), with ``aliasMark`` telling where the alias was written.
public struct YAMLNode: Sendable, Hashable {
  /// What a node holds.
  public enum Kind: Sendable, Hashable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode])
    case mapping([Pair])
  }

  /// One key and its value in a mapping, in source order.
  public struct Pair: Sendable, Hashable {
    /// The key node (a scalar in every file this tool reads).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
      self.key = key
      self.value = value
    }
  }

  /// What few nodes have: kept out of line, so a node is 40 bytes, not 80 (a 4 MiB file holds
  /// about a million nodes).
  private final class Rare: Sendable, Hashable {
    let tag: String?
    let aliasMark: SourceMark?

    init(tag: String?, aliasMark: SourceMark?) {
      self.tag = tag
      self.aliasMark = aliasMark
    }

    static func == (lhs: Rare, rhs: Rare) -> Bool {
      lhs.tag == rhs.tag && lhs.aliasMark == rhs.aliasMark
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(tag)
      hasher.combine(aliasMark)
    }

    static func make(tag: String?, aliasMark: SourceMark?) -> Rare? {
      tag == nil && aliasMark == nil ? nil : Rare(tag: tag, aliasMark: aliasMark)
    }
  }

  /// What the node holds.
  public var kind: Kind
  /// Where the node starts (for a quoted scalar, the opening quote).
  public var start: SourceMark
  private var rare: Rare?

  /// The node's explicit tag, if it has one (`!!str`, `!custom`).
  public var tag: String? {
    get { rare?.tag }
    set { rare = Rare.make(tag: newValue, aliasMark: aliasMark) }
  }
  /// Where the alias that produced this copy was written, when the node came from an alias.
  public var aliasMark: SourceMark? {
    get { rare?.aliasMark }
    set { rare = Rare.make(tag: tag, aliasMark: newValue) }
  }

  /// Creates a node.
  public init(_ kind: Kind, start: SourceMark, tag: String? = nil, aliasMark: SourceMark? = nil) {
    self.kind = kind
    self.start = start
    self.rare = Rare.make(tag: tag, aliasMark: aliasMark)
  }

  /// The scalar, when the node is one.
  public var scalar: YAMLScalar? {
    if case .scalar(let scalar) = kind { return scalar }
    return nil
  }

  /// The items, when the node is a sequence.
  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = kind { return items }
    return nil
  }

  /// The pairs, when the node is a mapping.
  public var mapping: [Pair]? {
    if case .mapping(let pairs) = kind { return pairs }
    return nil
  }

  /// Where a message about this value should point: the alias when it came from one.
  public var reportMark: SourceMark { aliasMark ?? start }

  /// A copy of this node and everything in it, marked as expanded from the alias at `mark`,
  /// so that a message about any part of the copy points at the alias the author wrote.
  func expanded(at mark: SourceMark) -> YAMLNode {
    var copy = self
    copy.aliasMark = mark
    switch kind {
    case .scalar: break
    case .sequence(let items): copy.kind = .sequence(items.map { $0.expanded(at: mark) })
    case .mapping(let pairs):
      copy.kind = .mapping(
        pairs.map { Pair(key: $0.key.expanded(at: mark), value: $0.value.expanded(at: mark)) })
    }
    return copy
  }
}
