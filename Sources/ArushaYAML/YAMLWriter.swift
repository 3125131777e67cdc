internal import CLibYAML

/// Writes a ``YAMLValue`` through libyaml's emitter, so that libyaml decides quoting and
/// escaping and whatever is written reads back identical through ``YAMLLoader``.
public struct YAMLWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// Writes one document.
  ///
  /// - Parameters:
  ///   - value: The document's root value.
  ///   - header: Comment lines written before the document (without `#`), e.g. a modeline.
  /// - Returns: The UTF-8 bytes of the document, ending with a newline.
  /// - Throws: ``YAMLError`` when libyaml refuses an event (it should not for these values).
  public func write(_ value: YAMLValue, header: [String] = []) throws(YAMLError) -> [UInt8] {
    let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
    defer { emitter.deallocate() }
    guard yaml_emitter_initialize(emitter) == 1 else {
      throw YAMLError(.emitterAllocationFailed, at: .start)
    }
    defer { yaml_emitter_delete(emitter) }
    let output = Output()
    for line in header {
      output.bytes += Array("# \(line)\n".utf8)
    }
    let context = Unmanaged.passUnretained(output).toOpaque()
    yaml_emitter_set_output(
      emitter,
      { context, buffer, size in
        guard let context, let buffer else { return 0 }
        let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
        output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
        return 1
      }, context)
    yaml_emitter_set_unicode(emitter, 1)
    yaml_emitter_set_indent(emitter, 2)
    // No line folding: long texts stay on one line, which keeps diffs of responses readable.
    yaml_emitter_set_width(emitter, -1)

    let session = Session(emitter: emitter)
    try withExtendedLifetime(output) { () throws(YAMLError) in
      try session.emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
      try session.emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
      try session.emit(value)
      try session.emit { yaml_document_end_event_initialize(&$0, 1) }
      try session.emit { yaml_stream_end_event_initialize(&$0) }
      guard yaml_emitter_flush(emitter) == 1 else {
        throw YAMLError(.flushFailed, at: .start)
      }
    }
    return output.bytes
  }

  /// Whether a string may be written plain and read back as the same text by any YAML 1.1 reader.
  ///
  /// Anything that could resolve to null, a boolean, a number, a
  /// timestamp or a merge key is quoted. Deliberately conservative: quoting is never wrong.
  public static func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if "0123456789+-.~=<".unicodeScalars.contains(first) { return false }
    let words: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"]
    return !words.contains(text.lowercased())
  }
}

private final class Output {
  var bytes: [UInt8] = []
}

private struct Session {
  let emitter: UnsafeMutablePointer<yaml_emitter_t>

  func emit(_ initialize: (inout yaml_event_t) -> Int32) throws(YAMLError) {
    var event = yaml_event_t()
    guard initialize(&event) == 1 else {
      throw YAMLError(.eventRefused, at: .start)
    }
    // yaml_emitter_emit takes ownership of the event, also when it fails.
    guard yaml_emitter_emit(emitter, &event) == 1 else {
      let problem = emitter.pointee.problem.map { String(cString: $0) }
      throw YAMLError(.writeFailed(problem), at: .start)
    }
  }

  func emit(_ value: YAMLValue) throws(YAMLError) {
    switch value {
    case .string(let text):
      let style =
        text.contains("\n")
        ? YAML_LITERAL_SCALAR_STYLE
        : YAMLWriter.isPlainSafe(text) ? YAML_ANY_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE
      try scalar(text, plainImplicit: YAMLWriter.isPlainSafe(text), style: style)
    case .number(let number):
      try scalar(YAMLValue.text(of: number), plainImplicit: true, style: YAML_PLAIN_SCALAR_STYLE)
    case .plain(let text):
      try scalar(text, plainImplicit: true, style: YAML_PLAIN_SCALAR_STYLE)
    case .null:
      try scalar("null", plainImplicit: true, style: YAML_PLAIN_SCALAR_STYLE)
    case .sequence(let items, let flow):
      let style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
      try emit { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, style) }
      for item in items { try emit(item) }
      try emit { yaml_sequence_end_event_initialize(&$0) }
    case .mapping(let entries):
      try emit { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
      for entry in entries {
        try emit(.string(entry.key))
        try emit(entry.value)
      }
      try emit { yaml_mapping_end_event_initialize(&$0) }
    }
  }

  /// Without a tag, libyaml falls back from plain to a quoted style when `plainImplicit` is 0,
  /// and from a block style to double quotes when the text cannot be a block scalar.
  private func scalar(_ text: String, plainImplicit: Bool, style: yaml_scalar_style_t)
    throws(YAMLError)
  {
    var bytes = Array(text.utf8)
    let count = Int32(bytes.count)
    try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLError) in
      try emit {
        yaml_scalar_event_initialize(
          &$0, nil, nil, buffer.baseAddress, count, plainImplicit ? 1 : 0, 1, style)
      }
    }
  }
}
