internal import CLibYAML

/// Loads one YAML document into a ``YAMLNode`` tree through libyaml's event parser.
///
/// The tree is built iteratively (no recursion), aliases are expanded within
/// ``Limits/maxAliasExpansion``, nesting is bounded by ``Limits/maxDepth`` (checked as each
/// container opens, so libyaml is never asked for the rest of a deeply nested file), and
/// duplicate mapping keys are reported, which libyaml itself does not do.
public struct YAMLLoader: Sendable {
  /// The bounds this loader enforces.
  public var limits: Limits

  /// Creates a loader.
  public init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// Loads the single document in `bytes` (UTF-8).
  ///
  /// - Parameter bytes: The file's contents.
  /// - Returns: The document, with the non-fatal problems found on the way.
  /// - Throws: ``YAMLError`` for a syntax error, invalid UTF-8, an empty file, more than one
  ///   document, an undefined alias, or a file beyond ``limits``.
  public func load(_ bytes: [UInt8]) throws(YAMLError) -> YAMLDocument {
    if bytes.count > limits.maxBytes {
      throw YAMLError(.fileTooLarge(bytes.count, limit: limits.maxBytes), at: .start)
    }
    if let encoding = Self.otherEncoding(bytes) {
      var error = YAMLError(.otherEncoding(encoding), at: .start)
      error.isUnreadableText = true
      throw error
    }
    // A UTF-8 byte-order mark (editors on Windows add one) is not part of the text.
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
    if text.isEmpty {
      throw YAMLError(.emptyFile, at: .start)
    }
    let result: Result<YAMLDocument, YAMLError> = text.withUnsafeBufferPointer { buffer in
      let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
      defer { parser.deallocate() }
      guard yaml_parser_initialize(parser) == 1 else {
        return .failure(YAMLError(.parserAllocationFailed, at: .start))
      }
      defer { yaml_parser_delete(parser) }
      // The buffer outlives the parser: libyaml does not copy its input.
      yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
      var builder = TreeBuilder(limits: limits)
      do throws(YAMLError) {
        try parse(parser, into: &builder, bytes: buffer)
        return .success(try builder.finish())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// The encoding of `bytes` when it is UTF-16 or UTF-32 rather than UTF-8, such as
  /// `UTF-16 little-endian, with a byte order mark`; nil otherwise.
  ///
  /// Told by a byte order mark (FF FE, FE FF, FF FE 00 00, 00 00 FE FF), or without one by
  /// the zero bytes of the first ASCII characters, which every YAML file starts with
  /// (`f\0o\0` is UTF-16 little-endian). libyaml would read UTF-16 with a mark itself, but a
  /// response is UTF-8 (response-format.md), and a file without a mark would read as NUL bytes.
  public static func otherEncoding(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4)) + Array(repeating: 0xAA, count: max(0, 4 - bytes.count))
    // A character of the ASCII text that starts a YAML file: printable, or a line break or tab.
    func isText(_ byte: UInt8) -> Bool {
      (0x20...0x7E).contains(byte) || [9, 10, 13].contains(byte)
    }
    switch (head[0], head[1], head[2], head[3]) {
    case (0xFF, 0xFE, 0x00, 0x00): return "UTF-32 little-endian, with a byte order mark"
    case (0x00, 0x00, 0xFE, 0xFF): return "UTF-32 big-endian, with a byte order mark"
    case (0xFF, 0xFE, _, _): return "UTF-16 little-endian, with a byte order mark"
    case (0xFE, 0xFF, _, _): return "UTF-16 big-endian, with a byte order mark"
    case (let a, 0x00, 0x00, 0x00) where isText(a) && bytes.count >= 4:
      return "UTF-32 little-endian, without a byte order mark"
    case (0x00, 0x00, 0x00, let d) where isText(d):
      return "UTF-32 big-endian, without a byte order mark"
    case (let a, 0x00, let c, 0x00) where isText(a) && isText(c) && bytes.count >= 4:
      return "UTF-16 little-endian, without a byte order mark"
    case (0x00, let b, 0x00, let d) where isText(b) && isText(d):
      return "UTF-16 big-endian, without a byte order mark"
    default: return nil
    }
  }

  private func parse(
    _ parser: UnsafeMutablePointer<yaml_parser_t>,
    into builder: inout TreeBuilder,
    bytes: UnsafeBufferPointer<UInt8>
  ) throws(YAMLError) {
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(parser, &event) == 1 else {
        throw Self.parserError(parser.pointee, bytes: bytes)
      }
      // Everything is read out of the event before it is deleted: deleting zeroes it.
      let keepGoing: Bool
      do throws(YAMLError) {
        keepGoing = try builder.consume(event)
      } catch {
        yaml_event_delete(&event)
        throw error
      }
      yaml_event_delete(&event)
      if !keepGoing { return }
    }
  }

  private static func parserError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>)
    -> YAMLError
  {
    let problem = parser.problem.map { String(cString: $0) }
    switch parser.error {
    case YAML_READER_ERROR:
      var offset = parser.problem_offset
      var value = Int(parser.problem_value)
      // libyaml reports a bad continuation at the byte after the lead byte; point at the
      // character that is broken, which is where the author must look.
      if problem?.contains("trailing") == true, offset < bytes.count {
        var lead = offset
        while lead > 0, bytes[lead] & 0xC0 == 0x80 || lead == offset { lead -= 1 }
        if bytes[lead] >= 0xC0 {
          offset = lead
          value = Int(bytes[lead])
        }
      }
      var error = YAMLError(
        .unreadable(problem, value: value), at: mark(ofByteOffset: offset, in: bytes))
      error.isUnreadableText = true
      return error
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      var notes: [YAMLError.Note] = []
      if let context = parser.context {
        notes.append(
          .init(.libyaml(String(cString: context)), at: SourceMark(parser.context_mark)))
      }
      return YAMLError(.libyaml(problem), at: SourceMark(parser.problem_mark), notes: notes)
    case YAML_MEMORY_ERROR:
      return YAMLError(.outOfMemory, at: .start)
    default:
      return YAMLError(.libyaml(problem), at: SourceMark(parser.problem_mark))
    }
  }

  /// The line and column of a byte offset, counting UTF-8 lead bytes as characters.
  static func mark(ofByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceMark {
    var line = 1
    var column = 1
    for byte in bytes.prefix(max(0, offset)) {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceMark(line: line, column: column)
  }
}

extension SourceMark {
  init(_ mark: yaml_mark_t) {
    self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }
}

/// Builds the node tree from parser events with an explicit stack of open containers.
private struct TreeBuilder {
  private struct Built {
    var node: YAMLNode
    /// Nodes in the expanded subtree, counting aliases as their targets' size.
    var weight: Int
    /// Bytes of scalar text in the expanded subtree.
    var bytes: Int
  }

  private struct Frame {
    var isMapping: Bool
    var start: SourceMark
    var tag: String?
    var anchor: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLNode.Pair] = []
    var pendingKey: YAMLNode?
    var pendingKeyIsDuplicate = false
    /// Key text → where it was first written; built only once a mapping has more keys than a
    /// scan of `pairs` should cover, so the many small mappings of a file hash nothing.
    var keyIndex: [String: SourceMark]?
    var weight = 1
    var bytes = 0

    static let scannedKeys = 16

    /// Where the key `text` was first written in this mapping, if it was.
    func firstMark(ofKey text: String) -> SourceMark? {
      if let keyIndex { return keyIndex[text] }
      return pairs.first { $0.key.scalar?.text == text }?.key.reportMark
    }

    /// Records a new key; its pair joins `pairs` once its value is read.
    mutating func noteKey(_ text: String, at mark: SourceMark) {
      if keyIndex == nil, pairs.count >= Self.scannedKeys {
        var index: [String: SourceMark] = [:]
        for pair in pairs {
          if let key = pair.key.scalar?.text, index[key] == nil { index[key] = pair.key.reportMark }
        }
        keyIndex = index
      }
      keyIndex?[text] = mark
    }
  }

  let limits: YAMLLoader.Limits
  private var stack: [Frame] = []
  private var anchors: [String: Built] = [:]
  private var expanded = 0
  private var expandedBytes = 0
  private var root: YAMLNode?
  private var documents = 0
  private var problems: [YAMLError] = []

  init(limits: YAMLLoader.Limits) {
    self.limits = limits
  }

  /// Takes one event; returns false at the end of the stream.
  mutating func consume(_ event: yaml_event_t) throws(YAMLError) -> Bool {
    let mark = SourceMark(event.start_mark)
    switch event.type {
    case YAML_NO_EVENT, YAML_STREAM_END_EVENT:
      return false
    case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
      return true
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        throw YAMLError(
          .secondDocument, at: mark, notes: [.init(.firstDocument, at: root?.start ?? .start)])
      }
      return true
    case YAML_ALIAS_EVENT:
      let name = string(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        throw YAMLError(.unknownAlias(name), at: mark)
      }
      expanded += target.weight
      if expanded > limits.maxAliasExpansion {
        throw YAMLError(.aliasExpandsPastNodes(name, limit: limits.maxAliasExpansion), at: mark)
      }
      expandedBytes += target.bytes
      if expandedBytes > limits.maxAliasExpansionBytes {
        throw YAMLError(
          .aliasExpandsPastBytes(name, limit: limits.maxAliasExpansionBytes), at: mark)
      }
      let copy = target.node.expanded(at: mark)
      try add(Built(node: copy, weight: target.weight, bytes: target.bytes), anchor: nil)
      return true
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text =
        scalar.value.map {
          String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
        } ?? ""
      let node = YAMLNode(
        .scalar(YAMLScalar(text, style: Self.style(scalar.style))), start: mark,
        tag: string(scalar.tag))
      try add(Built(node: node, weight: 1, bytes: scalar.length), anchor: string(scalar.anchor))
      return true
    case YAML_SEQUENCE_START_EVENT:
      try open(
        isMapping: false, at: mark, tag: string(event.data.sequence_start.tag),
        anchor: string(event.data.sequence_start.anchor))
      return true
    case YAML_MAPPING_START_EVENT:
      try open(
        isMapping: true, at: mark, tag: string(event.data.mapping_start.tag),
        anchor: string(event.data.mapping_start.anchor))
      return true
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { return true }
      let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
      let node = YAMLNode(kind, start: frame.start, tag: frame.tag)
      try add(Built(node: node, weight: frame.weight, bytes: frame.bytes), anchor: frame.anchor)
      return true
    default:
      return true
    }
  }

  mutating func finish() throws(YAMLError) -> YAMLDocument {
    guard let root else {
      throw YAMLError(.noDocument, at: .start)
    }
    return YAMLDocument(root: root, problems: problems)
  }

  private mutating func open(isMapping: Bool, at mark: SourceMark, tag: String?, anchor: String?)
    throws(YAMLError)
  {
    if stack.count >= limits.maxDepth {
      throw YAMLError(.nestingTooDeep(limits.maxDepth), at: mark)
    }
    stack.append(Frame(isMapping: isMapping, start: mark, tag: tag, anchor: anchor))
  }

  private mutating func add(_ built: Built, anchor: String?) throws(YAMLError) {
    if let anchor {
      // Registered only once complete, so an alias inside its own anchor is unknown: no cycles.
      anchors[anchor] = built
    }
    guard !stack.isEmpty else {
      root = built.node
      return
    }
    let top = stack.count - 1
    stack[top].weight += built.weight
    stack[top].bytes += built.bytes
    if !stack[top].isMapping {
      stack[top].items.append(built.node)
      return
    }
    guard let key = stack[top].pendingKey else {
      stack[top].pendingKey = built.node
      if let text = built.node.scalar?.text {
        if let first = stack[top].firstMark(ofKey: text) {
          stack[top].pendingKeyIsDuplicate = true
          problems.append(
            YAMLError(
              .duplicateKey(text), at: built.node.reportMark,
              notes: [.init(.keyFirstDefined(text), at: first)]))
        } else {
          stack[top].noteKey(text, at: built.node.reportMark)
        }
      }
      return
    }
    if !stack[top].pendingKeyIsDuplicate {
      stack[top].pairs.append(YAMLNode.Pair(key: key, value: built.node))
    }
    stack[top].pendingKey = nil
    stack[top].pendingKeyIsDuplicate = false
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: return .literal
    case YAML_FOLDED_SCALAR_STYLE: return .folded
    default: return .plain
    }
  }
}
