internal import CLibYAML

/// Reads libyaml's parser events one by one, without building a tree: the fast way to read
/// a file whose shape is known, such as thousands of response files.
///
/// It reports no errors and checks nothing: ``next()`` returns nil on a syntax error, and a
/// caller that meets anything it does not expect falls back to ``YAMLLoader``, which reports
/// the problem with its position (duplicate keys, too deep nesting and the other bounds are
/// only checked there).
public final class YAMLEventReader {
  /// What an event is.
  public enum Kind: Sendable, Hashable {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case alias
    case scalar
    case sequenceStart
    case sequenceEnd
    case mappingStart
    case mappingEnd
  }

  /// One event; its ``value`` is valid until the next call to ``next()``.
  public struct Event {
    /// What it is.
    public var kind: Kind
    /// For a scalar, how it was written.
    public var style: YAMLScalar.Style
    /// Whether the node has an anchor (`&a`) or an explicit tag (`!!str`).
    public var hasProperties: Bool
    /// For a scalar, its text as UTF-8 bytes, borrowed from the parser.
    public var value: UnsafeBufferPointer<UInt8>

    /// Whether the scalar is YAML's null: an empty plain scalar, `~` or `null` in any case
    /// YAML 1.1 allows (as ``YAMLScalar/isNull``).
    public var isNull: Bool {
      guard kind == .scalar, style == .plain else { return false }
      switch value.count {
      case 0: return true
      case 1: return value[0] == UInt8(ascii: "~")
      case 4:
        return equals("null") || equals("Null") || equals("NULL")
      default: return false
      }
    }

    /// Whether the scalar's bytes are exactly `text`'s UTF-8.
    public func equals(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard kind == .scalar, value.count == count, let bytes = value.baseAddress else {
        return kind == .scalar && value.isEmpty && count == 0
      }
      let literal = text.utf8Start
      for offset in 0..<count where bytes[offset] != literal[offset] { return false }
      return true
    }

    /// The scalar's text.
    public var text: String { String(decoding: value, as: UTF8.self) }
  }

  /// The reader's flags, in memory of their own, like the parser and the event: reading them
  /// through pointers keeps the per-event path free of exclusivity checks.
  private struct Flags {
    var holdsEvent = false
    var failed = false
  }

  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let event: UnsafeMutablePointer<yaml_event_t>
  private let flags: UnsafeMutablePointer<Flags>

  private init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    flags = UnsafeMutablePointer<Flags>.allocate(capacity: 1)
    flags.initialize(to: Flags())
    guard yaml_parser_initialize(parser) == 1 else {
      parser.deallocate()
      event.deallocate()
      flags.deallocate()
      return nil
    }
    yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
  }

  deinit {
    if flags.pointee.holdsEvent { yaml_event_delete(event) }
    yaml_parser_delete(parser)
    parser.deallocate()
    event.deallocate()
    flags.deallocate()
  }

  /// Runs `body` with a reader over `bytes` (UTF-8), which outlive it.
  ///
  /// - Returns: What `body` returns, or nil when libyaml cannot make a parser.
  public static func read<Result>(_ bytes: [UInt8], _ body: (YAMLEventReader) -> Result?)
    -> Result?
  {
    bytes.withUnsafeBufferPointer { buffer in
      guard let reader = YAMLEventReader(buffer) else { return nil }
      return body(reader)
    }
  }

  /// The next event; nil after the end of the stream or at a syntax error.
  public func next() -> Event? {
    if flags.pointee.holdsEvent {
      yaml_event_delete(event)
      flags.pointee.holdsEvent = false
    }
    guard !flags.pointee.failed, yaml_parser_parse(parser, event) == 1 else {
      flags.pointee.failed = true
      return nil
    }
    flags.pointee.holdsEvent = true
    let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    switch event.pointee.type {
    case YAML_STREAM_START_EVENT:
      return Event(kind: .streamStart, style: .plain, hasProperties: false, value: empty)
    case YAML_STREAM_END_EVENT:
      flags.pointee.failed = true  // nothing follows
      return Event(kind: .streamEnd, style: .plain, hasProperties: false, value: empty)
    case YAML_DOCUMENT_START_EVENT:
      return Event(kind: .documentStart, style: .plain, hasProperties: false, value: empty)
    case YAML_DOCUMENT_END_EVENT:
      return Event(kind: .documentEnd, style: .plain, hasProperties: false, value: empty)
    case YAML_ALIAS_EVENT:
      return Event(kind: .alias, style: .plain, hasProperties: true, value: empty)
    case YAML_SCALAR_EVENT:
      let scalar = event.pointee.data.scalar
      let style: YAMLScalar.Style
      switch scalar.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      return Event(
        kind: .scalar, style: style, hasProperties: scalar.anchor != nil || scalar.tag != nil,
        value: UnsafeBufferPointer(start: scalar.value, count: scalar.length))
    case YAML_SEQUENCE_START_EVENT:
      let start = event.pointee.data.sequence_start
      return Event(
        kind: .sequenceStart, style: .plain, hasProperties: start.anchor != nil || start.tag != nil,
        value: empty)
    case YAML_SEQUENCE_END_EVENT:
      return Event(kind: .sequenceEnd, style: .plain, hasProperties: false, value: empty)
    case YAML_MAPPING_START_EVENT:
      let start = event.pointee.data.mapping_start
      return Event(
        kind: .mappingStart, style: .plain, hasProperties: start.anchor != nil || start.tag != nil,
        value: empty)
    case YAML_MAPPING_END_EVENT:
      return Event(kind: .mappingEnd, style: .plain, hasProperties: false, value: empty)
    default:
      flags.pointee.failed = true
      return nil
    }
  }
}
