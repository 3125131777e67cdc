extension YAMLError {
  /// The text of a ``YAMLError`` or of one of its notes, made only by the members below.
  ///
  /// Every message the loader and the writer report is one member of this file, so that a
  /// wording fix or a translation is one edit here. The initializer is `fileprivate`: a
  /// message written anywhere else does not compile. libyaml's own problem and context texts
  /// are carried unchanged (``libyaml(_:)``).
  public struct Message: Sendable, Hashable {
    /// What the reader sees: lowercase, user text in `'…'`, no final period.
    public let text: String

    fileprivate init(_ text: String) {
      self.text = text
    }
  }
}

extension YAMLError.Message {
  // MARK: The file

  /// The file is larger than ``YAMLLoader/Limits/maxBytes``.
  static func fileTooLarge(_ bytes: Int, limit: Int) -> Self {
    Self("the file is \(bytes) bytes, more than the \(limit) bytes accepted")
  }

  /// The file has no byte (a byte-order mark aside).
  static let emptyFile = Self("the file is empty")

  /// The file has no document: only comments or blank lines.
  static let noDocument = Self("the file holds no YAML document (only comments or blank lines)")

  /// A second `---` document starts.
  static let secondDocument = Self(
    "a second document starts here; a file holds exactly one document")

  /// A note on ``secondDocument``: where the first document is.
  static let firstDocument = Self("the first document")

  // MARK: libyaml's reports

  /// libyaml's problem or context text, unchanged; "unknown error" when it gave none.
  static func libyaml(_ problem: String?) -> Self {
    Self(problem ?? "unknown error")
  }

  /// libyaml's reader refused a byte: its problem with the byte (or, for a control
  /// character, the character) at fault, said to be invalid UTF-8 when that is the problem.
  ///
  /// - Parameters:
  ///   - problem: libyaml's problem text, or nil when it gave none.
  ///   - value: The byte or character at fault, negative when libyaml did not say.
  /// - Returns: The message.
  static func unreadable(_ problem: String?, value: Int) -> Self {
    let problem = problem ?? "unknown error"
    var message = problem
    if value >= 0 && problem != "control characters are not allowed" {
      message += " (byte 0x\(hex(value & 0xFF, digits: 2)))"
    } else if value >= 0 {
      message += " (U+\(hex(value, digits: 4)))"
    }
    if problem.contains("UTF-8") {
      message = "the file is not valid UTF-8: " + message
    } else if value == 0 {
      message = "the file is not text (it holds a NUL byte, U+0000): " + message
    }
    return Self(message)
  }

  /// The file is text in another encoding than UTF-8: `encoding` says which, as
  /// ``YAMLLoader/otherEncoding(_:)`` tells it (`UTF-16 little-endian, with a byte order mark`).
  static func otherEncoding(_ encoding: String) -> Self {
    let family = encoding.hasPrefix("UTF-32") ? "UTF-32" : "UTF-16"
    return Self(
      "the file is in \(family): save it as UTF-8 (it is \(encoding), as Windows Notepad's 'Unicode' writes it)"
    )
  }

  /// libyaml could not allocate its parser.
  static let parserAllocationFailed = Self("libyaml could not allocate a parser")

  /// libyaml ran out of memory while parsing.
  static let outOfMemory = Self("libyaml ran out of memory")

  // MARK: Structure

  /// An alias names no anchor defined before it.
  static func unknownAlias(_ name: String) -> Self {
    Self("unknown alias '*\(name)': no anchor '&\(name)' is defined before it")
  }

  /// An alias would expand the tree past ``YAMLLoader/Limits/maxAliasExpansion`` nodes.
  static func aliasExpandsPastNodes(_ name: String, limit: Int) -> Self {
    Self("alias '*\(name)' would expand the document past \(limit) nodes")
  }

  /// An alias would expand the tree past ``YAMLLoader/Limits/maxAliasExpansionBytes`` bytes.
  static func aliasExpandsPastBytes(_ name: String, limit: Int) -> Self {
    Self("alias '*\(name)' would expand the document past \(limit) bytes of repeated text")
  }

  /// Containers nest deeper than ``YAMLLoader/Limits/maxDepth``.
  static func nestingTooDeep(_ limit: Int) -> Self {
    Self("nesting is deeper than \(limit) levels")
  }

  /// A mapping has the same key twice.
  static func duplicateKey(_ key: String) -> Self {
    Self("duplicate key '\(key)'")
  }

  /// A note on ``duplicateKey(_:)``: where the key is first.
  static func keyFirstDefined(_ key: String) -> Self {
    Self("'\(key)' is first defined here")
  }

  // MARK: Writing

  /// libyaml could not allocate its emitter.
  static let emitterAllocationFailed = Self("libyaml could not allocate an emitter")

  /// libyaml could not create an event.
  static let eventRefused = Self("libyaml refused to create an event")

  /// libyaml's emitter refused an event, with its problem text.
  static func writeFailed(_ problem: String?) -> Self {
    Self("libyaml could not write the document: \(problem ?? "unknown error")")
  }

  /// libyaml could not flush what it wrote.
  static let flushFailed = Self("libyaml could not flush its output")

  // MARK: Helpers

  private static func hex(_ value: Int, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
