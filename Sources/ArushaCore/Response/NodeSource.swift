import ArushaYAML

/// A node of the YAML tree as a ``ResponseSource``, for ``ResponseDecoder``: each refusal is
/// recorded in the reader at the node's position, and reading goes on, so that one run
/// reports every problem.
struct NodeSource: ResponseSource {
  /// Where the diagnostics go.
  var reader: NodeReader
  /// The current value.
  var node: YAMLNode

  /// Reads `node` with `body`, recording in `reader`.
  ///
  /// - Parameters:
  ///   - node: The value.
  ///   - reader: Where the diagnostics go.
  ///   - body: Reads the value through the source.
  /// - Returns: What `body` returns.
  static func read<Result>(
    _ node: YAMLNode, _ reader: inout NodeReader, _ body: (inout NodeSource) -> Result
  ) -> Result {
    var source = NodeSource(reader: reader, node: node)
    reader = NodeReader()  // the diagnostics move to the source and back: no copy
    defer { reader = source.reader }
    return body(&source)
  }

  mutating func string(_ what: @autoclosure () -> String) -> String? {
    reader.string(node, what())
  }

  mutating func number(_ what: @autoclosure () -> String) -> Double? {
    reader.number(node, what())
  }

  mutating func items(_ what: @autoclosure () -> String, _ each: (inout NodeSource) -> Void)
    -> Int?
  {
    guard let items = reader.list(node, what()) else { return nil }
    let list = node
    defer { node = list }
    for item in items {
      node = item
      each(&self)
    }
    return items.count
  }

  mutating func refuse(_ message: @autoclosure () -> Diagnostic.Message, suggestion: String?) {
    reader.error(message(), at: node.reportMark, suggestion: suggestion)
  }

  mutating func suggest(_ search: () -> String?) -> String? {
    reader.suggestion(search)
  }
}
