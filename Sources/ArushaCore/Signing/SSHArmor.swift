/// OpenSSH's text armor of keys and signatures: a `-----BEGIN LABEL-----` line, the data in
/// base64 wrapped at 70 columns, and an `-----END LABEL-----` line, exactly as `ssh-keygen`
/// writes them.
///
/// Reading is strict: the header must be the first line, every line up to the footer must be
/// base64, the footer must be there, and only empty lines may follow it. Lines end with "\n"
/// or "\r\n".
public struct SSHArmor: Sendable, Hashable {
  /// The label between `BEGIN`/`END` and the dashes, such as `SSH SIGNATURE`.
  public let label: String

  /// The armor of SSHSIG signatures (PROTOCOL.sshsig).
  public static let signature = SSHArmor(label: "SSH SIGNATURE")
  /// The armor of `openssh-key-v1` private keys (PROTOCOL.key).
  public static let privateKey = SSHArmor(label: "OPENSSH PRIVATE KEY")

  /// The width of the base64 lines that `ssh-keygen` writes.
  public static let lineWidth = 70

  /// An armor with `label`.
  public init(label: String) {
    self.label = label
  }

  /// The header line, without its line end.
  public var header: String { "-----BEGIN \(label)-----" }
  /// The footer line, without its line end.
  public var footer: String { "-----END \(label)-----" }

  /// `data` armored: header, base64 lines of 70 characters, footer, each ending in "\n".
  public func armor(_ data: [UInt8]) -> [UInt8] {
    let text = Array(Base64.encode(data).utf8)
    var output = Array((header + "\n").utf8)
    var start = 0
    while start < text.count {
      let end = min(start + Self.lineWidth, text.count)
      output += text[start..<end]
      output.append(UInt8(ascii: "\n"))
      start = end
    }
    output += Array((footer + "\n").utf8)
    return output
  }

  /// The data inside armored `text`.
  ///
  /// - Parameter text: The file's bytes.
  /// - Returns: The decoded data.
  /// - Throws: ``SSHFormatError``: `empty`, `missingHeader`, `badBase64(line:)`,
  ///   `missingFooter`, `textAfterFooter(line:)`.
  public func dearmor(_ text: [UInt8]) throws(SSHFormatError) -> [UInt8] {
    guard !text.isEmpty else { throw .empty }
    var lines = text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { line in line.last == UInt8(ascii: "\r") ? line.dropLast() : line }
    // The final line end leaves one empty piece; it is not a line.
    if text.last == UInt8(ascii: "\n") { lines.removeLast() }
    let header = Array(self.header.utf8)
    let footer = Array(self.footer.utf8)
    guard let first = lines.first, Array(first) == header else { throw .missingHeader(self.header) }
    var encoded: [UInt8] = []
    var index = 1
    while index < lines.count, Array(lines[index]) != footer {
      let line = lines[index]
      guard !line.isEmpty, line.allSatisfy(Self.isBase64Character) else {
        throw .badBase64(line: index + 1)
      }
      encoded += line
      index += 1
    }
    guard index < lines.count else { throw .missingFooter(self.footer) }
    for after in (index + 1)..<max(index + 1, lines.count) where !lines[after].isEmpty {
      throw .textAfterFooter(line: after + 1)
    }
    guard let data = Base64.decode(encoded) else {
      // Every character is of the alphabet: the padding or the length is wrong, on the last line.
      throw .badBase64(line: index)
    }
    guard !data.isEmpty else { throw .truncated("the armored data") }
    return data
  }

  private static func isBase64Character(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"),
      UInt8(ascii: "="):
      return true
    default:
      return false
    }
  }
}
