import Crypto

/// An Ed25519 public key as OpenSSH writes it: the wire blob `string("ssh-ed25519")` +
/// `string(32 bytes)`, and the one-line form `ssh-ed25519 BASE64 comment` of a `.pub` file.
public struct Ed25519PublicKey: Sendable, Hashable {
  /// OpenSSH's name of the key type and of its signatures.
  public static let keyType = "ssh-ed25519"
  /// The length of the key, in bytes.
  public static let length = 32

  /// The key's 32 bytes (RFC 8032).
  public let bytes: [UInt8]

  /// The key of 32 `bytes`.
  ///
  /// - Throws: ``SSHFormatError/badLength(_:expected:found:)`` for another length.
  public init(bytes: [UInt8]) throws(SSHFormatError) {
    guard bytes.count == Self.length else {
      throw .badLength("the Ed25519 public key", expected: Self.length, found: bytes.count)
    }
    self.bytes = bytes
  }

  /// The key in a wire blob, which must hold nothing else.
  ///
  /// - Parameter blob: `string("ssh-ed25519")` + `string(32 bytes)`.
  /// - Throws: ``SSHFormatError``; ``SSHFormatError/typeMismatch(_:found:)`` when the blob is
  ///   of another key type.
  public init(blob: [UInt8]) throws(SSHFormatError) {
    var reader = SSHWireReader(blob)
    let type = try reader.text("the key type")
    guard type == Self.keyType else { throw .typeMismatch(Self.keyType, found: type) }
    try self.init(bytes: try reader.string("the Ed25519 public key"))
    try reader.expectEnd(after: "the Ed25519 public key")
  }

  /// The wire blob: `string("ssh-ed25519")` + `string(key)`.
  public var blob: [UInt8] {
    var writer = SSHWireWriter()
    writer.string(Self.keyType)
    writer.string(bytes)
    return writer.bytes
  }

  /// The fingerprint as `ssh-keygen -l` shows it: `SHA256:` and the unpadded base64 of the
  /// SHA-256 of the blob.
  public var fingerprint: String {
    let digest = Base64.encode(Array(SHA256.hash(data: blob)))
    return "SHA256:" + digest.prefix { $0 != "=" }
  }

  /// The line of a `.pub` file: `ssh-ed25519 BASE64 comment`, without a line end (and without
  /// the comment when it is empty).
  public func line(comment: String) -> String {
    let key = Self.keyType + " " + Base64.encode(blob)
    return comment.isEmpty ? key : key + " " + comment
  }

  /// Whether `signature` is this key's Ed25519 signature of `message`.
  public func isValidSignature(_ signature: [UInt8], of message: [UInt8]) -> Bool {
    guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes) else {
      return false
    }
    return key.isValidSignature(signature, for: message)
  }
}
