/// One line of a `.pub` file (`ssh-ed25519 BASE64 comment`), read strictly.
public struct SSHPublicKeyLine: Sendable, Hashable {
  /// The key.
  public var key: Ed25519PublicKey
  /// The comment after the key; empty when there is none.
  public var comment: String

  /// A line of `key` and `comment`.
  public init(key: Ed25519PublicKey, comment: String) {
    self.key = key
    self.comment = comment
  }

  /// The line, without its line end.
  public var text: String { key.line(comment: comment) }

  /// Reads the line in `text` (one line end and surrounding spaces allowed).
  ///
  /// - Throws: ``SSHKeyError/notEd25519(_:)`` for another key type;
  ///   ``SSHKeyError/malformed(_:)`` when the base64 or the blob is wrong.
  public static func parse(_ text: String) throws(SSHKeyError) -> SSHPublicKeyLine {
    var line = Substring(text)
    while let last = line.last, last == "\n" || last == "\r" || last == " " || last == "\t" {
      line.removeLast()
    }
    while let first = line.first, first == " " || first == "\t" { line.removeFirst() }
    guard !line.contains("\n") else { throw .malformed(.trailingBytes(1, after: "the key line")) }
    let words = line.split(
      maxSplits: 2, omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\t" })
    guard let type = words.first else { throw .malformed(.empty) }
    guard type == Ed25519PublicKey.keyType else { throw .notEd25519(String(type)) }
    guard words.count >= 2, let blob = Base64.decode(words[1].utf8) else {
      throw .malformed(.badBase64(line: 1))
    }
    do throws(SSHFormatError) {
      let key = try Ed25519PublicKey(blob: blob)
      let comment = words.count > 2 ? String(words[2]) : ""
      return SSHPublicKeyLine(key: key, comment: comment)
    } catch {
      throw .malformed(error)
    }
  }
}
