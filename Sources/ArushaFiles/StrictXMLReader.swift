import Foundation

/// A strict pull reader of the XML in a workbook's parts: elements, attributes, text and
/// nothing else, for ``WorkbookReader``.
///
/// Why our own reader: on Linux, Foundation's `XMLParser`, XMLCoder and SWXMLHash all sit on
/// libxml2, which would be a new dynamic library in the self-contained binary
/// (`scripts/release.sh` checks that the binary needs only the C library and the Swift
/// runtime it ships with), and whose DTD processing has to be switched off option by option.
/// This reader has no DTD processing at all: any `<!DOCTYPE` is refused, and so is any entity
/// reference other than the five predefined ones and character references. That leaves
/// nothing to expand (no billion laughs) and nothing to fetch (no external entities). A
/// workbook written by Excel, LibreOffice or openpyxl never has a DOCTYPE.
///
/// What it reads: the XML declaration (only UTF-8, with or without a byte order mark),
/// elements with attributes in either quote, namespace prefixes (names are matched by their
/// local part), text, CDATA sections, comments and processing instructions (both skipped),
/// character references (`&#10;`, `&#x41;`, refusing code points XML does not allow) and the
/// predefined entities. Line ends are normalised as XML 1.0 says (CR LF and CR read as LF), and
/// tabs and line ends in attribute values read as spaces. Everything else is refused with the
/// line and column: malformed markup, mismatched or unclosed tags, text outside the root
/// element, control characters, invalid UTF-8, nesting deeper than ``Limits/depth``, more
/// attributes than ``Limits/attributes`` on one element, and a text or attribute value longer
/// than ``Limits/valueBytes``.
final class StrictXMLReader {
  /// The reader's bounds.
  struct Limits: Sendable, Hashable {
    /// The deepest nesting of elements accepted (the root is depth 1).
    var depth: Int
    /// The most attributes accepted on one element.
    var attributes: Int
    /// The longest text run or attribute value accepted, in bytes.
    var valueBytes: Int
  }

  /// One attribute: its local name (after any prefix) and its value, references resolved.
  struct Attribute: Sendable, Hashable {
    /// The local name: `id` for `r:id`.
    var name: String
    /// The namespace prefix, empty when none: `r` for `r:id`.
    var prefix: String
    /// The value.
    var value: String
  }

  /// What the reader found next.
  enum Event: Sendable, Hashable {
    /// A start tag, with its local name and attributes (an empty-element tag `<a/>` gives a
    /// start and then an end).
    case start(name: String, attributes: [Attribute])
    /// An end tag, with its local name.
    case end(name: String)
    /// Text or a CDATA section inside the root element, references resolved.
    case text(String)
    /// The end of the document, after the root element closed.
    case endOfDocument
  }

  /// Why the XML was refused, and where.
  struct Failure: Error, Sendable, Hashable {
    /// The line, 1-based.
    var line: Int
    /// The column in characters, 1-based.
    var column: Int
    /// What is wrong, lowercase, without a final period.
    var message: String
  }

  /// The document's bytes with a NUL after them, owned by the reader and read through a
  /// pointer: the reader runs in debug builds too, where an array's subscript costs many
  /// times a pointer's (and a struct's method copies the struct), and it hands the searches
  /// for the next `<`, `&` or `]]>` to the C library (`memchr`, `strstr`, `strcspn`).
  private let storage: UnsafeMutablePointer<UInt8>
  private let bytes: UnsafePointer<UInt8>
  private let count: Int
  private let limits: Limits
  // Unchecked exclusivity: the reader is used by one caller at a time and never hands out
  // these properties, and the dynamic checks cost more than the reading in a debug build.
  @exclusivity(unchecked) private var position: Int
  /// Where the qualified names of the open elements are, innermost last.
  @exclusivity(unchecked) private var open: [Range<Int>] = []
  @exclusivity(unchecked) private var pendingEnd: String?
  @exclusivity(unchecked) private var sawRoot = false

  /// A reader of `document`, whose encoding it checks at once.
  ///
  /// - Throws: ``Failure`` when the bytes are not UTF-8 (a declared encoding other than
  ///   UTF-8, a UTF-16 byte order mark, or invalid UTF-8 anywhere) or hold a control
  ///   character that XML does not allow.
  init(_ document: [UInt8], limits: Limits) throws(Failure) {
    let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: document.count + 1)
    document.withUnsafeBufferPointer { buffer in
      if let base = buffer.baseAddress { copy.initialize(from: base, count: buffer.count) }
    }
    copy[document.count] = 0
    storage = copy
    bytes = UnsafePointer(copy)
    count = document.count
    self.limits = limits
    position = document.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    if document.starts(with: [0xFF, 0xFE]) || document.starts(with: [0xFE, 0xFF]) {
      throw Failure(line: 1, column: 1, message: "is UTF-16; only UTF-8 is read")
    }
    if String(validating: document, as: UTF8.self) == nil {
      throw failure(at: Self.firstInvalidUTF8(document), "is not valid UTF-8")
    }
    // No control character but tab, line feed and carriage return, anywhere (XML 1.0, Char).
    let controls =
      "\u{01}\u{02}\u{03}\u{04}\u{05}\u{06}\u{07}\u{08}\u{0B}\u{0C}\u{0E}\u{0F}"
      + "\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1A}\u{1B}\u{1C}\u{1D}"
      + "\u{1E}\u{1F}"
    let first = controls.withCString {
      strcspn(UnsafeRawPointer(storage).assumingMemoryBound(to: CChar.self), $0)
    }
    if first < count {
      throw failure(
        at: first, "has a control character (U+\(Self.hex(UInt32(bytes[first]))))")
    }
    try readDeclaration()
  }

  deinit { storage.deallocate() }

  /// The next event.
  ///
  /// - Throws: ``Failure`` for anything the reader refuses.
  func next() throws(Failure) -> Event {
    if let name = pendingEnd {
      pendingEnd = nil
      _ = open.popLast()
      return .end(name: name)
    }
    while true {
      if open.isEmpty {
        try skipMisc()
        if position >= count {
          guard sawRoot else { throw failure(at: position, "has no root element") }
          return .endOfDocument
        }
        guard !sawRoot else {
          throw failure(at: position, "has content after the root element")
        }
        guard bytes[position] == 0x3C else {
          throw failure(at: position, "has text outside the root element")
        }
        return try readStartTag()
      }
      guard position < count else {
        throw failure(
          at: position, "ends before the element '\(name(open[open.count - 1]))' is closed")
      }
      if bytes[position] != 0x3C {
        return .text(try readText())
      }
      switch bytes[position + 1] {
      case 0x2F:  // </
        return try readEndTag()
      case 0x21:  // <!
        if starts(with: "<!--") {
          try skipComment()
          continue
        }
        if starts(with: "<![CDATA[") {
          return .text(try readCDATA())
        }
        throw refusedDeclaration()
      case 0x3F:  // <?
        try skipProcessingInstruction()
        continue
      default:
        return try readStartTag()
      }
    }
  }

  // MARK: - Prolog

  private func readDeclaration() throws(Failure) {
    guard starts(with: "<?xml"), position + 5 < count,
      Self.isSpace(bytes[position + 5]) || bytes[position + 5] == 0x3F
    else { return }
    let start = position
    position += 5
    var attributes: [Attribute] = []
    while true {
      skipSpaces()
      guard position < count else {
        throw failure(at: start, "has an XML declaration that is not closed")
      }
      if starts(with: "?>") {
        position += 2
        break
      }
      attributes.append(try readAttribute(existing: attributes))
    }
    if let encoding = attributes.first(where: { $0.name == "encoding" })?.value {
      let lowered = encoding.lowercased()
      guard lowered == "utf-8" || lowered == "utf8" else {
        throw failure(
          at: start,
          "declares the encoding '\(String(encoding.prefix(40)))'; only UTF-8 is read (save the workbook again from Excel or LibreOffice)"
        )
      }
    }
  }

  /// Skips whitespace, comments and processing instructions outside the root element, and
  /// refuses a DOCTYPE.
  private func skipMisc() throws(Failure) {
    while position < count {
      if Self.isSpace(bytes[position]) {
        position += 1
      } else if starts(with: "<!--") {
        try skipComment()
      } else if starts(with: "<?") {
        try skipProcessingInstruction()
      } else if starts(with: "<!") {
        throw refusedDeclaration()
      } else {
        return
      }
    }
  }

  private func refusedDeclaration() -> Failure {
    if starts(with: "<!DOCTYPE") {
      return failure(
        at: position,
        "has a DOCTYPE, which is refused: arusha reads workbook XML without DTDs, so no entity declarations and no external references"
      )
    }
    return failure(at: position, "has a markup declaration ('<!'), which is refused")
  }

  // MARK: - Tags

  private func readStartTag() throws(Failure) -> Event {
    let tagStart = position
    position += 1
    let qualified = try readName()
    guard open.count < limits.depth else {
      throw failure(at: tagStart, "nests elements deeper than \(limits.depth) levels")
    }
    var attributes: [Attribute] = []
    while true {
      let hadSpace = skipSpaces()
      guard position < count else {
        throw failure(at: tagStart, "ends inside the tag '\(name(qualified))'")
      }
      let byte = bytes[position]
      if byte == 0x3E {
        position += 1
        open.append(qualified)
        sawRoot = true
        return .start(name: localName(qualified), attributes: attributes)
      }
      if byte == 0x2F, bytes[position + 1] == 0x3E {
        position += 2
        open.append(qualified)
        sawRoot = true
        let local = localName(qualified)
        pendingEnd = local
        return .start(name: local, attributes: attributes)
      }
      guard hadSpace else {
        throw failure(at: position, "needs a space before an attribute in '\(name(qualified))'")
      }
      guard attributes.count < limits.attributes else {
        throw failure(
          at: tagStart, "has more than \(limits.attributes) attributes on one element")
      }
      attributes.append(try readAttribute(existing: attributes))
    }
  }

  private func readEndTag() throws(Failure) -> Event {
    let tagStart = position
    position += 2
    let qualified = try readName()
    skipSpaces()
    guard position < count, bytes[position] == 0x3E else {
      throw failure(at: tagStart, "has a malformed end tag '\(name(qualified))'")
    }
    position += 1
    guard let expected = open.last, expected.count == qualified.count,
      memcmp(bytes + expected.lowerBound, bytes + qualified.lowerBound, expected.count) == 0
    else {
      let expected = open.last.map { name($0) } ?? ""
      throw failure(
        at: tagStart,
        "closes '\(name(qualified))' where '\(expected)' is open (mismatched tags)")
    }
    open.removeLast()
    return .end(name: localName(qualified))
  }

  private func readAttribute(existing: [Attribute]) throws(Failure) -> Attribute {
    let start = position
    let qualified = try readName()
    skipSpaces()
    guard position < count, bytes[position] == 0x3D else {
      throw failure(at: position, "has an attribute '\(name(qualified))' without '='")
    }
    position += 1
    skipSpaces()
    guard position < count, bytes[position] == 0x22 || bytes[position] == 0x27 else {
      throw failure(at: position, "has an attribute value without quotes")
    }
    let quote = bytes[position]
    position += 1
    let valueStart = position
    guard let end = find(quote, from: valueStart) else {
      throw failure(at: valueStart, "has an attribute value that is not closed")
    }
    if end - valueStart > limits.valueBytes {
      throw failure(at: start, "has an attribute value longer than \(limits.valueBytes) bytes")
    }
    // One pass over the value: '<' is refused; '&', tabs and line ends need resolving.
    var needsWork = false
    var index = valueStart
    while index < end {
      let byte = bytes[index]
      if byte <= 0x3C {
        if byte == 0x3C { throw failure(at: index, "has '<' in an attribute value") }
        if byte == 0x26 || byte < 0x20 { needsWork = true }
      }
      index += 1
    }
    let value =
      needsWork
      ? try resolve(valueStart..<end, attribute: true) : string(valueStart..<end)
    position = end + 1
    let local = localName(qualified)
    let prefix = prefix(qualified)
    for other in existing where other.name == local && other.prefix == prefix {
      throw failure(at: start, "repeats the attribute '\(name(qualified))'")
    }
    return Attribute(name: local, prefix: prefix, value: value)
  }

  private func readName() throws(Failure) -> Range<Int> {
    let start = position
    while position < count {
      let byte = bytes[position]
      // Letters, digits, `_ - . :` and any byte of a non-ASCII character (UTF-8 is checked
      // once for the whole document).
      if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x30 && byte <= 0x3A) || byte == 0x5F || byte == 0x2D || byte == 0x2E
        || byte >= 0x80
      {
        position += 1
      } else {
        break
      }
    }
    guard position > start else {
      throw failure(at: start, "has malformed markup: a name was expected")
    }
    let first = bytes[start]
    if first == 0x2D || first == 0x2E || first == 0x3A || (first >= 0x30 && first <= 0x39) {
      throw failure(at: start, "has a name that starts with '\(UnicodeScalar(first))'")
    }
    return start..<position
  }

  // MARK: - Text

  private func readText() throws(Failure) -> String {
    let start = position
    let end = find(0x3C, from: start) ?? count
    if end - start > limits.valueBytes {
      throw failure(at: start, "has a text longer than \(limits.valueBytes) bytes")
    }
    if let close = find("]]>", from: start, to: end) {
      throw failure(at: close, "has ']]>' in its text")
    }
    position = end
    if find(0x26, from: start, to: end) == nil, find(0x0D, from: start, to: end) == nil {
      return string(start..<end)
    }
    return try resolve(start..<end, attribute: false)
  }

  private func readCDATA() throws(Failure) -> String {
    let start = position
    let contentStart = position + 9
    guard let end = find("]]>", from: contentStart, to: count) else {
      throw failure(at: start, "has a CDATA section that is not closed")
    }
    if end - contentStart > limits.valueBytes {
      throw failure(at: start, "has a CDATA section longer than \(limits.valueBytes) bytes")
    }
    position = end + 3
    return Self.normalizedLineEnds(string(contentStart..<end))
  }

  /// The text of `range` with references resolved and line ends normalised; in an
  /// attribute value, tabs and line ends read as spaces (but not those from references).
  private func resolve(_ range: Range<Int>, attribute: Bool) throws(Failure) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      switch byte {
      case 0x26:
        guard let end = find(0x3B, from: index, to: min(range.upperBound, index + 12)) else {
          throw failure(at: index, "has an '&' that starts no reference (write '&amp;')")
        }
        let scalar = try referencedScalar((index + 1)..<end, at: index)
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
        index = end + 1
        continue
      case 0x0D:
        result.append(attribute ? 0x20 : 0x0A)
        if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
      case 0x09, 0x0A:
        result.append(attribute ? 0x20 : byte)
      default:
        result.append(byte)
      }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  private func referencedScalar(_ reference: Range<Int>, at offset: Int) throws(Failure)
    -> Unicode.Scalar
  {
    let text = string(reference)
    switch text {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default: break
    }
    guard text.hasPrefix("#") else {
      throw failure(
        at: offset,
        "refers to the entity '&\(text.prefix(20));', which is refused: only &lt; &gt; &amp; &quot; &apos; and character references are read"
      )
    }
    var digits = Substring(text.dropFirst())
    var radix: UInt32 = 10
    if digits.first == "x" {
      radix = 16
      digits = digits.dropFirst()
    }
    var value: UInt32 = 0
    guard !digits.isEmpty else {
      throw failure(at: offset, "has a malformed character reference")
    }
    for digit in digits.utf8 {
      let number: UInt32
      switch digit {
      case 0x30...0x39: number = UInt32(digit) - 48
      case 0x61...0x66 where radix == 16: number = UInt32(digit) - 87
      case 0x41...0x46 where radix == 16: number = UInt32(digit) - 55
      default: throw failure(at: offset, "has a malformed character reference")
      }
      value = value * radix + number
      guard value <= 0x10FFFF else {
        throw failure(at: offset, "has a character reference beyond Unicode")
      }
    }
    guard Self.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
      throw failure(
        at: offset, "refers to U+\(Self.hex(value)), a character XML does not allow")
    }
    return scalar
  }

  // MARK: - Skipped markup

  private func skipComment() throws(Failure) {
    let start = position
    guard let dashes = find("--", from: position + 4, to: count) else {
      throw failure(at: start, "has a comment that is not closed")
    }
    guard dashes + 2 < count, bytes[dashes + 2] == 0x3E else {
      throw failure(at: dashes, "has '--' inside a comment")
    }
    position = dashes + 3
  }

  private func skipProcessingInstruction() throws(Failure) {
    let start = position
    position += 2
    let target = try readName()
    if target.count == 3, string(target).lowercased() == "xml" {
      throw failure(at: start, "has an XML declaration that is not at the start")
    }
    guard let end = find("?>", from: position, to: count) else {
      throw failure(at: start, "has a processing instruction that is not closed")
    }
    position = end + 2
  }

  // MARK: - Helpers

  @discardableResult
  private func skipSpaces() -> Bool {
    let start = position
    while position < count, Self.isSpace(bytes[position]) {
      position += 1
    }
    return position > start
  }

  /// The offset of the first `byte` in `start..<end` (the document's end by default).
  private func find(_ byte: UInt8, from start: Int, to end: Int? = nil) -> Int? {
    let end = end ?? count
    guard start < end, let found = memchr(bytes + start, Int32(byte), end - start) else {
      return nil
    }
    return UnsafeRawPointer(bytes).distance(to: UnsafeRawPointer(found))
  }

  /// The offset of the first `text` in `start..<end`: the C library's `strstr` up to the
  /// document's end (which the NUL after it ends, and which has no other NUL), else a search
  /// for its first byte.
  private func find(_ text: StaticString, from start: Int, to end: Int) -> Int? {
    let length = text.utf8CodeUnitCount
    guard start < end else { return nil }
    if end == count {
      let found = text.withUTF8Buffer { needle in
        needle.withMemoryRebound(to: CChar.self) { needle -> UnsafeMutablePointer<CChar>? in
          var terminated = Array(needle)
          terminated.append(0)
          return UnsafeRawPointer(bytes + start).withMemoryRebound(
            to: CChar.self, capacity: end - start + 1
          ) { strstr($0, terminated) }
        }
      }
      guard let found else { return nil }
      return UnsafeRawPointer(bytes).distance(to: UnsafeRawPointer(found))
    }
    var index = start
    while index + length <= end,
      let hit = find(text.utf8Start[0], from: index, to: end - length + 1)
    {
      if memcmp(bytes + hit, text.utf8Start, length) == 0 { return hit }
      index = hit + 1
    }
    return nil
  }

  private func starts(with text: StaticString) -> Bool {
    let length = text.utf8CodeUnitCount
    guard position + length <= count else { return false }
    return memcmp(bytes + position, text.utf8Start, length) == 0
  }

  private func string(_ range: Range<Int>) -> String {
    String(
      decoding: UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count),
      as: UTF8.self)
  }

  private func name(_ qualified: Range<Int>) -> String {
    string(qualified.lowerBound..<min(qualified.upperBound, qualified.lowerBound + 60))
  }

  private func localName(_ qualified: Range<Int>) -> String {
    if let colon = find(0x3A, from: qualified.lowerBound, to: qualified.upperBound) {
      return string((colon + 1)..<qualified.upperBound)
    }
    return string(qualified)
  }

  private func prefix(_ qualified: Range<Int>) -> String {
    if let colon = find(0x3A, from: qualified.lowerBound, to: qualified.upperBound) {
      return string(qualified.lowerBound..<colon)
    }
    return ""
  }

  private func failure(at offset: Int, _ message: String) -> Failure {
    var line = 1
    var lineStart = 0
    let end = min(offset, count)
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let column = string(lineStart..<end).count + 1
    return Failure(line: line, column: column, message: message)
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Whether XML 1.0 allows the code point (its production `Char`).
  static func isXMLCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  static func normalizedLineEnds(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
      of: "\r", with: "\n")
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The offset of the first byte that is not part of valid UTF-8.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput, .error: return offset
      }
    }
  }
}
