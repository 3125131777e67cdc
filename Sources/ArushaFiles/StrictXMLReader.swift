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
struct StrictXMLReader {
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

  private let bytes: [UInt8]
  private let limits: Limits
  private var position: Int
  /// The qualified names of the open elements, innermost last.
  private var open: [ArraySlice<UInt8>] = []
  private var pendingEnd: String?
  private var sawRoot = false

  /// A reader of `bytes`, whose encoding it checks at once.
  ///
  /// - Throws: ``Failure`` when the bytes are not UTF-8 (a declared encoding other than
  ///   UTF-8, a UTF-16 byte order mark, or invalid UTF-8 anywhere).
  init(_ bytes: [UInt8], limits: Limits) throws(Failure) {
    self.bytes = bytes
    self.limits = limits
    position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw Failure(line: 1, column: 1, message: "is UTF-16; only UTF-8 is read")
    }
    if String(validating: bytes, as: UTF8.self) == nil {
      let offset = Self.firstInvalidUTF8(bytes)
      throw failure(at: offset, "is not valid UTF-8")
    }
    try readDeclaration()
  }

  /// The next event.
  ///
  /// - Throws: ``Failure`` for anything the reader refuses.
  mutating func next() throws(Failure) -> Event {
    if let name = pendingEnd {
      pendingEnd = nil
      _ = open.popLast()
      return .end(name: name)
    }
    while true {
      if open.isEmpty {
        try skipMisc()
        if position >= bytes.count {
          guard sawRoot else { throw failure(at: position, "has no root element") }
          return .endOfDocument
        }
        guard !sawRoot else {
          throw failure(at: position, "has content after the root element")
        }
        guard bytes[position] == UInt8(ascii: "<") else {
          throw failure(at: position, "has text outside the root element")
        }
        return try readStartTag()
      }
      guard position < bytes.count else {
        throw failure(
          at: position, "ends before the element '\(name(open[open.count - 1]))' is closed")
      }
      if bytes[position] != UInt8(ascii: "<") {
        return .text(try readText())
      }
      if starts(with: "</") {
        return try readEndTag()
      }
      if starts(with: "<!--") {
        try skipComment()
        continue
      }
      if starts(with: "<![CDATA[") {
        return .text(try readCDATA())
      }
      if starts(with: "<!") {
        throw refusedDeclaration()
      }
      if starts(with: "<?") {
        try skipProcessingInstruction()
        continue
      }
      return try readStartTag()
    }
  }

  // MARK: - Prolog

  private mutating func readDeclaration() throws(Failure) {
    guard starts(with: "<?xml"), position + 5 < bytes.count,
      Self.isSpace(bytes[position + 5]) || bytes[position + 5] == UInt8(ascii: "?")
    else { return }
    let start = position
    position += 5
    var attributes: [Attribute] = []
    while true {
      skipSpaces()
      guard position < bytes.count else {
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
  private mutating func skipMisc() throws(Failure) {
    while position < bytes.count {
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

  private mutating func readStartTag() throws(Failure) -> Event {
    let tagStart = position
    position += 1
    let qualified = try readName()
    guard open.count < limits.depth else {
      throw failure(at: tagStart, "nests elements deeper than \(limits.depth) levels")
    }
    var attributes: [Attribute] = []
    while true {
      let hadSpace = skipSpaces()
      guard position < bytes.count else {
        throw failure(at: tagStart, "ends inside the tag '\(name(qualified))'")
      }
      if bytes[position] == UInt8(ascii: ">") {
        position += 1
        open.append(qualified)
        sawRoot = true
        return .start(name: Self.localName(qualified), attributes: attributes)
      }
      if starts(with: "/>") {
        position += 2
        open.append(qualified)
        sawRoot = true
        pendingEnd = Self.localName(qualified)
        return .start(name: Self.localName(qualified), attributes: attributes)
      }
      guard hadSpace else {
        throw failure(at: position, "needs a space before an attribute in '\(name(qualified))'")
      }
      guard attributes.count < limits.attributes else {
        throw failure(at: tagStart, "has more than \(limits.attributes) attributes on one element")
      }
      attributes.append(try readAttribute(existing: attributes))
    }
  }

  private mutating func readEndTag() throws(Failure) -> Event {
    let tagStart = position
    position += 2
    let qualified = try readName()
    skipSpaces()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
      throw failure(at: tagStart, "has a malformed end tag '\(name(qualified))'")
    }
    position += 1
    guard let expected = open.last, expected.elementsEqual(qualified) else {
      let expected = open.last.map { name($0) } ?? ""
      throw failure(
        at: tagStart, "closes '\(name(qualified))' where '\(expected)' is open (mismatched tags)")
    }
    open.removeLast()
    return .end(name: Self.localName(qualified))
  }

  private mutating func readAttribute(existing: [Attribute]) throws(Failure) -> Attribute {
    let start = position
    let qualified = try readName()
    skipSpaces()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
      throw failure(at: position, "has an attribute '\(name(qualified))' without '='")
    }
    position += 1
    skipSpaces()
    guard position < bytes.count,
      bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
    else {
      throw failure(at: position, "has an attribute value without quotes")
    }
    let quote = bytes[position]
    position += 1
    let valueStart = position
    var needsWork = false
    while position < bytes.count, bytes[position] != quote {
      let byte = bytes[position]
      if byte == UInt8(ascii: "<") {
        throw failure(at: position, "has '<' in an attribute value")
      }
      if byte == UInt8(ascii: "&") || byte < 0x20 { needsWork = true }
      position += 1
      if position - valueStart > limits.valueBytes {
        throw failure(
          at: start, "has an attribute value longer than \(limits.valueBytes) bytes")
      }
    }
    guard position < bytes.count else {
      throw failure(at: valueStart, "has an attribute value that is not closed")
    }
    let value: String
    if needsWork {
      value = try resolve(valueStart..<position, attribute: true)
    } else {
      value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
    }
    position += 1
    let local = Self.localName(qualified)
    let prefix = Self.prefix(qualified)
    if existing.contains(where: { $0.name == local && $0.prefix == prefix }) {
      throw failure(at: start, "repeats the attribute '\(name(qualified))'")
    }
    return Attribute(name: local, prefix: prefix, value: value)
  }

  private mutating func readName() throws(Failure) -> ArraySlice<UInt8> {
    let start = position
    while position < bytes.count, Self.isNameByte(bytes[position]) {
      position += 1
    }
    guard position > start else {
      throw failure(at: start, "has malformed markup: a name was expected")
    }
    let first = bytes[start]
    if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || first == UInt8(ascii: ":")
      || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    {
      throw failure(at: start, "has a name that starts with '\(UnicodeScalar(first))'")
    }
    return bytes[start..<position]
  }

  // MARK: - Text

  private mutating func readText() throws(Failure) -> String {
    let start = position
    var needsWork = false
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "<") { break }
      if byte == UInt8(ascii: "&") || byte == 0x0D {
        needsWork = true
      } else if byte < 0x20 && byte != 0x09 && byte != 0x0A {
        throw failure(
          at: position, "has a control character (U+\(Self.hex(UInt32(byte)))) in its text")
      } else if byte == UInt8(ascii: ">"), position - start >= 2,
        bytes[position - 1] == UInt8(ascii: "]"),
        bytes[position - 2] == UInt8(ascii: "]")
      {
        throw failure(at: position - 2, "has ']]>' in its text")
      }
      position += 1
      if position - start > limits.valueBytes {
        throw failure(at: start, "has a text longer than \(limits.valueBytes) bytes")
      }
    }
    guard needsWork else { return String(decoding: bytes[start..<position], as: UTF8.self) }
    return try resolve(start..<position, attribute: false)
  }

  private mutating func readCDATA() throws(Failure) -> String {
    let start = position
    position += 9
    let contentStart = position
    while position + 2 < bytes.count {
      if bytes[position] == UInt8(ascii: "]"), bytes[position + 1] == UInt8(ascii: "]"),
        bytes[position + 2] == UInt8(ascii: ">")
      {
        let range = contentStart..<position
        position += 3
        for offset in range
        where bytes[offset] < 0x20 && bytes[offset] != 0x09 && bytes[offset] != 0x0A
          && bytes[offset] != 0x0D
        {
          throw failure(at: offset, "has a control character in a CDATA section")
        }
        let text = String(decoding: bytes[range], as: UTF8.self)
        return Self.normalizedLineEnds(text)
      }
      position += 1
      if position - contentStart > limits.valueBytes {
        throw failure(at: start, "has a CDATA section longer than \(limits.valueBytes) bytes")
      }
    }
    throw failure(at: start, "has a CDATA section that is not closed")
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
      case UInt8(ascii: "&"):
        guard let end = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
          end - index <= 12
        else {
          throw failure(at: index, "has an '&' that starts no reference (write '&amp;')")
        }
        let reference = bytes[(index + 1)..<end]
        let scalar = try referencedScalar(reference, at: index)
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
        index = end + 1
        continue
      case 0x0D:
        result.append(attribute ? 0x20 : 0x0A)
        if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
      case 0x09, 0x0A:
        result.append(attribute ? 0x20 : byte)
      default:
        if byte < 0x20 {
          throw failure(at: index, "has a control character (U+\(Self.hex(UInt32(byte))))")
        }
        result.append(byte)
      }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  private func referencedScalar(_ reference: ArraySlice<UInt8>, at offset: Int) throws(Failure)
    -> Unicode.Scalar
  {
    switch String(decoding: reference, as: UTF8.self) {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default: break
    }
    guard reference.first == UInt8(ascii: "#") else {
      let shown = String(decoding: reference.prefix(20), as: UTF8.self)
      throw failure(
        at: offset,
        "refers to the entity '&\(shown);', which is refused: only &lt; &gt; &amp; &quot; &apos; and character references are read"
      )
    }
    var digits = reference.dropFirst()
    var radix: UInt32 = 10
    if digits.first == UInt8(ascii: "x") {
      radix = 16
      digits = digits.dropFirst()
    }
    var value: UInt32 = 0
    guard !digits.isEmpty else {
      throw failure(at: offset, "has a malformed character reference")
    }
    for digit in digits {
      let number: UInt32
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): number = UInt32(digit) - 48
      case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: number = UInt32(digit) - 87
      case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: number = UInt32(digit) - 55
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

  private mutating func skipComment() throws(Failure) {
    let start = position
    position += 4
    while position + 2 < bytes.count {
      if bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") {
        guard bytes[position + 2] == UInt8(ascii: ">") else {
          throw failure(at: position, "has '--' inside a comment")
        }
        position += 3
        return
      }
      position += 1
    }
    throw failure(at: start, "has a comment that is not closed")
  }

  private mutating func skipProcessingInstruction() throws(Failure) {
    let start = position
    position += 2
    let target = try readName()
    if target.count == 3, String(decoding: target, as: UTF8.self).lowercased() == "xml" {
      throw failure(at: start, "has an XML declaration that is not at the start")
    }
    while position + 1 < bytes.count {
      if bytes[position] == UInt8(ascii: "?"), bytes[position + 1] == UInt8(ascii: ">") {
        position += 2
        return
      }
      position += 1
    }
    throw failure(at: start, "has a processing instruction that is not closed")
  }

  // MARK: - Helpers

  @discardableResult
  private mutating func skipSpaces() -> Bool {
    let start = position
    while position < bytes.count, Self.isSpace(bytes[position]) {
      position += 1
    }
    return position > start
  }

  private func starts(with text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    let pointer = text.utf8Start
    for offset in 0..<count where bytes[position + offset] != pointer[offset] {
      return false
    }
    return true
  }

  private func name(_ qualified: ArraySlice<UInt8>) -> String {
    String(decoding: qualified.prefix(60), as: UTF8.self)
  }

  private func failure(at offset: Int, _ message: String) -> Failure {
    var line = 1
    var lineStart = 0
    let end = min(offset, bytes.count)
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
    return Failure(line: line, column: column, message: message)
  }

  static func localName(_ qualified: ArraySlice<UInt8>) -> String {
    if let colon = qualified.lastIndex(of: UInt8(ascii: ":")) {
      return String(decoding: qualified[(colon + 1)...], as: UTF8.self)
    }
    return String(decoding: qualified, as: UTF8.self)
  }

  static func prefix(_ qualified: ArraySlice<UInt8>) -> String {
    if let colon = qualified.lastIndex(of: UInt8(ascii: ":")) {
      return String(decoding: qualified[..<colon], as: UTF8.self)
    }
    return ""
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Whether `byte` may be part of a name: letters, digits, `_ - . :` and any byte of a
  /// non-ASCII character (UTF-8 is checked once for the whole document).
  static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
      UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
      return true
    default:
      return false
    }
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
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return offset
      case .error:
        return offset
      }
    }
  }
}
