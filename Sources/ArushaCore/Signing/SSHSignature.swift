import Crypto

/// A detached signature in OpenSSH's SSHSIG format (PROTOCOL.sshsig), as
/// `ssh-keygen -Y sign` writes it and `ssh-keygen -Y verify` reads it.
///
/// The blob, inside the `SSH SIGNATURE` armor:
///
/// ```
/// byte[6] "SSHSIG"   uint32 version 1
/// string publickey   string namespace   string reserved   string hash_algorithm
/// string signature   (for Ed25519: string "ssh-ed25519" + string 64 bytes)
/// ```
///
/// What is signed is `"SSHSIG"` + `string(namespace)` + `string(reserved)` +
/// `string(hash_algorithm)` + `string(H(message))`. arusha signs with `sha512`, as
/// `ssh-keygen` does by default, and verifies `sha512` and `sha256`.
///
/// Reading keeps the key and algorithm names as they are, so that a signature by an RSA key
/// or with another hash reads and is refused by ``verify(_:)`` with what it uses.
public struct SSHSignature: Sendable, Hashable {
  /// The format's magic.
  public static let magic: [UInt8] = Array("SSHSIG".utf8)
  /// The version arusha writes and reads.
  public static let version: UInt32 = 1
  /// The namespace of arusha's signatures of responses (trust-and-continuity.md).
  public static let responseNamespace = "arusha-response"
  /// The hash algorithm arusha signs with.
  public static let defaultHash = "sha512"
  /// The hash algorithms arusha verifies.
  public static let acceptedHashes = ["sha512", "sha256"]

  /// The signer's public key blob, as it is in the signature.
  public let publicKeyBlob: [UInt8]
  /// The type named first in ``publicKeyBlob`` (`ssh-ed25519` for a signature arusha accepts).
  public let keyType: String
  /// The namespace the signature is for.
  public let namespace: String
  /// The reserved field (empty in every signature OpenSSH makes; ignored when not).
  public let reserved: [UInt8]
  /// The hash algorithm of the message.
  public let hashAlgorithm: String
  /// The signature algorithm (`ssh-ed25519` for a signature arusha accepts).
  public let signatureAlgorithm: String
  /// The signature's bytes (64 for Ed25519).
  public let signatureBytes: [UInt8]

  /// Signs `message` with `key` for `namespace`, hashing it with SHA-512.
  ///
  /// - Parameters:
  ///   - message: The signed file's bytes.
  ///   - key: The signer's key.
  ///   - namespace: What the signature is for (``responseNamespace`` for a response).
  /// - Returns: The signature.
  /// - Throws: ``SSHKeyError`` if swift-crypto cannot sign with the key.
  public static func sign(
    _ message: [UInt8], with key: OpenSSHPrivateKey, namespace: String = responseNamespace
  ) throws(SSHKeyError) -> SSHSignature {
    let hashed = signedData(
      namespace: namespace, reserved: [], hashAlgorithm: defaultHash,
      digest: Array(SHA512.hash(data: message)))
    return SSHSignature(
      publicKeyBlob: key.publicKey.blob, keyType: Ed25519PublicKey.keyType, namespace: namespace,
      reserved: [], hashAlgorithm: defaultHash, signatureAlgorithm: Ed25519PublicKey.keyType,
      signatureBytes: try key.sign(hashed))
  }

  /// What the key signs: `"SSHSIG"`, then the namespace, the reserved field, the hash
  /// algorithm and the message's digest, each as a `string`.
  public static func signedData(
    namespace: String, reserved: [UInt8], hashAlgorithm: String, digest: [UInt8]
  ) -> [UInt8] {
    var writer = SSHWireWriter()
    writer.raw(magic)
    writer.string(namespace)
    writer.string(reserved)
    writer.string(hashAlgorithm)
    writer.string(digest)
    return writer.bytes
  }

  /// The blob (inside the armor).
  public var blob: [UInt8] {
    var signature = SSHWireWriter()
    signature.string(signatureAlgorithm)
    signature.string(signatureBytes)
    var writer = SSHWireWriter()
    writer.raw(Self.magic)
    writer.uint32(Self.version)
    writer.string(publicKeyBlob)
    writer.string(namespace)
    writer.string(reserved)
    writer.string(hashAlgorithm)
    writer.string(signature.bytes)
    return writer.bytes
  }

  /// The `.sig` file's bytes, as `ssh-keygen -Y sign` writes them.
  public func armored() -> [UInt8] {
    SSHArmor.signature.armor(blob)
  }

  /// Reads a `.sig` file.
  ///
  /// - Parameter text: The file's bytes.
  /// - Returns: The signature.
  /// - Throws: ``SSHFormatError`` for the first thing wrong: the armor, the magic, the
  ///   version, a field cut short, bytes after the last field, an empty namespace.
  public static func parse(armored text: [UInt8]) throws(SSHFormatError) -> SSHSignature {
    try parse(blob: try SSHArmor.signature.dearmor(text))
  }

  /// Reads a signature blob (the data inside the armor).
  ///
  /// - Throws: ``SSHFormatError`` for the first thing wrong.
  public static func parse(blob: [UInt8]) throws(SSHFormatError) -> SSHSignature {
    var reader = SSHWireReader(blob)
    guard try reader.raw(magic.count, "the magic") == magic else { throw .badMagic("SSHSIG") }
    let version = try reader.uint32("the version")
    guard version == Self.version else { throw .unsupportedVersion(version) }
    let publicKeyBlob = try reader.string("the public key")
    let namespace = try reader.text("the namespace")
    let reserved = try reader.string("the reserved field")
    let hashAlgorithm = try reader.text("the hash algorithm")
    let signature = try reader.string("the signature")
    try reader.expectEnd(after: "the signature")
    guard !namespace.isEmpty else { throw .emptyNamespace }
    var keyReader = SSHWireReader(publicKeyBlob)
    let keyType = try keyReader.text("the key type")
    var signatureReader = SSHWireReader(signature)
    let algorithm = try signatureReader.text("the signature algorithm")
    let bytes = try signatureReader.string("the signature bytes")
    try signatureReader.expectEnd(after: "the signature bytes")
    return SSHSignature(
      publicKeyBlob: publicKeyBlob, keyType: keyType, namespace: namespace, reserved: reserved,
      hashAlgorithm: hashAlgorithm, signatureAlgorithm: algorithm, signatureBytes: bytes)
  }

  /// The signer's key, when it is an Ed25519 key.
  ///
  /// - Throws: ``SignatureFailure/unsupportedAlgorithm(_:)`` for another key type;
  ///   ``SignatureFailure/malformed(_:)`` when the key blob is wrong.
  public func ed25519Key() throws(SignatureFailure) -> Ed25519PublicKey {
    guard keyType == Ed25519PublicKey.keyType else { throw .unsupportedAlgorithm(keyType) }
    do throws(SSHFormatError) {
      return try Ed25519PublicKey(blob: publicKeyBlob)
    } catch {
      throw .malformed(error)
    }
  }

  /// Checks that this is an Ed25519 signature of `message` for ``responseNamespace``, by the
  /// key in the signature (whether that key is allowed is ``AllowedSigners``' question).
  ///
  /// - Parameters:
  ///   - message: The signed file's bytes.
  ///   - namespace: The namespace it must be for.
  /// - Returns: The signer's key.
  /// - Throws: ``SignatureFailure``: `unsupportedAlgorithm` (another key type, signature
  ///   algorithm or hash), `malformed`, `wrongNamespace`, `doesNotMatch`.
  public func verify(_ message: [UInt8], namespace: String = responseNamespace)
    throws(SignatureFailure) -> Ed25519PublicKey
  {
    let key = try ed25519Key()
    guard signatureAlgorithm == Ed25519PublicKey.keyType else {
      throw .unsupportedAlgorithm(signatureAlgorithm)
    }
    guard signatureBytes.count == 64 else {
      throw .malformed(
        .badLength("the Ed25519 signature", expected: 64, found: signatureBytes.count))
    }
    let digest: [UInt8]
    switch hashAlgorithm {
    case "sha512": digest = Array(SHA512.hash(data: message))
    case "sha256": digest = Array(SHA256.hash(data: message))
    default: throw .unsupportedAlgorithm(hashAlgorithm)
    }
    guard self.namespace == namespace else {
      throw .wrongNamespace(self.namespace, expected: namespace)
    }
    // As `ssh-keygen -Y verify` does: the reserved field is ignored, and signed empty.
    let signed = Self.signedData(
      namespace: self.namespace, reserved: [], hashAlgorithm: hashAlgorithm, digest: digest)
    guard key.isValidSignature(signatureBytes, of: signed) else { throw .doesNotMatch }
    return key
  }
}
