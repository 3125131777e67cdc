/// The result of loading one YAML document.
public struct YAMLDocument: Sendable {
  /// The document's root node.
  public var root: YAMLNode
  /// Problems that did not stop the load (duplicate keys: the first value is kept in
  /// ``root`` and the later pair is dropped), in source order.
  public var problems: [YAMLError]

  /// Creates a document.
  public init(root: YAMLNode, problems: [YAMLError] = []) {
    self.root = root
    self.problems = problems
  }
}
