import ArushaCore
import ArushaFiles
import ArushaText

/// `arusha keygen`: writes a new Ed25519 key pair in OpenSSH's formats (trust-and-continuity.md,
/// "Signed submissions"): `NAME` (private, unencrypted, 0600) and `NAME.pub` (one line, 0644).
public enum KeygenRun {
  /// Checks what needs no file: the comment is one line of printable text.
  ///
  /// - Throws: ``UsageError`` (64).
  public static func check(path: String, comment: String) throws {
    if path.isEmpty { throw UsageError("-f NAME: give the name of the private key file") }
    if comment.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      throw UsageError("--comment must be one line of text, without control characters")
    }
  }

  /// Makes the key and writes both files; refuses to overwrite either.
  ///
  /// - Parameters:
  ///   - path: `NAME`, the private key's file (the public key goes to `NAME.pub`).
  ///   - comment: The comment stored in both.
  ///   - settings: The settings decided at start-up.
  /// - Throws: ``ExitStatus`` after saying why: 73 when a file exists or cannot be created,
  ///   74 when writing fails; ``UsageError`` for a comment that is not one line.
  public static func execute(path: String, comment: String, settings: Settings) throws {
    try check(path: path, comment: comment)
    let path = settings.console.path(path)
    let key = OpenSSHPrivateKey.generate(comment: comment)
    do throws(FileError) {
      try SigningKeyFile.writePair(key, to: path)
    } catch {
      settings.console.message("arusha: cannot write \(shown(error.description))")
      throw ExitStatus.code(for: error)
    }
    settings.console.message(
      SigningMessages.keyPairWritten(
        shown(path.shown), publicPath: shown(SigningKeyFile.publicPath(of: path).shown),
        fingerprint: key.publicKey.fingerprint))
  }

  static func shown(_ text: String) -> String {
    PrintableText.sanitize(text, for: .terminal, keepLineBreaks: false)
  }
}
