import Crypto

/// An unencrypted Ed25519 private key in OpenSSH's `openssh-key-v1` format (PROTOCOL.key), as
/// `ssh-keygen -t ed25519 -N ''` and `arusha keygen` write it.
///
/// The layout, inside the `OPENSSH PRIVATE KEY` armor:
///
/// ```
/// "openssh-key-v1" 0x00
/// string ciphername "none"    string kdfname "none"    string kdfoptions ""
/// uint32 number of keys 1     string public key blob
/// string private section:
///   uint32 checkint   uint32 checkint (the same)
///   string "ssh-ed25519"   string public key (32)   string seed ‖ public key (64)
///   string comment
///   padding 1, 2, 3… to a multiple of 8
/// ```
///
/// Reading checks every field, and that the private part belongs to the public key.
public struct OpenSSHPrivateKey: Sendable, Hashable {
  /// The format's magic, with its NUL.
  public static let magic: [UInt8] = Array("openssh-key-v1".utf8) + [0]
  /// The block size that the private section is padded to without a cipher.
  public static let blockSize = 8

  /// The 32-byte seed of the key (RFC 8032's private key).
  public let seed: [UInt8]
  /// The public key.
  public let publicKey: Ed25519PublicKey
  /// The comment stored with the key.
  public let comment: String
  /// The check number written twice before the private part.
  public let checkNumber: UInt32

  /// A key from its seed.
  ///
  /// - Parameters:
  ///   - seed: 32 bytes.
  ///   - comment: The comment to store.
  ///   - checkNumber: The check number (random in a new key file, as `ssh-keygen` makes it).
  /// - Throws: ``SSHKeyError/malformed(_:)`` when the seed is not 32 bytes.
  public init(seed: [UInt8], comment: String, checkNumber: UInt32) throws(SSHKeyError) {
    guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    else {
      throw .malformed(.badLength("the Ed25519 seed", expected: 32, found: seed.count))
    }
    do throws(SSHFormatError) {
      self.publicKey = try Ed25519PublicKey(bytes: Array(key.publicKey.rawRepresentation))
    } catch {
      throw .malformed(error)
    }
    self.seed = seed
    self.comment = comment
    self.checkNumber = checkNumber
  }

  /// A new random key (swift-crypto's generator) with a random check number.
  public static func generate(comment: String) -> OpenSSHPrivateKey {
    let key = Curve25519.Signing.PrivateKey()
    var generator = SystemRandomNumberGenerator()
    let check = UInt32.random(in: .min ... .max, using: &generator)
    // The seed of a fresh key is 32 bytes, so this cannot fail.
    guard
      let made = try? OpenSSHPrivateKey(
        seed: Array(key.rawRepresentation), comment: comment, checkNumber: check)
    else { preconditionFailure("swift-crypto made an Ed25519 seed that is not 32 bytes") }
    return made
  }

  /// The Ed25519 signature of `message` (RFC 8032).
  ///
  /// - Throws: ``SSHKeyError/malformed(_:)`` if swift-crypto refuses the key or fails to sign.
  public func sign(_ message: [UInt8]) throws(SSHKeyError) -> [UInt8] {
    do {
      let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
      return Array(try key.signature(for: message))
    } catch {
      throw .malformed(.badLength("the Ed25519 seed", expected: 32, found: seed.count))
    }
  }

  /// The file's bytes, armored, as `ssh-keygen` writes them.
  public func armored() -> [UInt8] {
    var section = SSHWireWriter()
    section.uint32(checkNumber)
    section.uint32(checkNumber)
    section.string(Ed25519PublicKey.keyType)
    section.string(publicKey.bytes)
    section.string(seed + publicKey.bytes)
    section.string(comment)
    var padding: UInt8 = 0
    while (section.bytes.count) % Self.blockSize != 0 {
      padding += 1
      section.raw([padding])
    }
    var file = SSHWireWriter()
    file.raw(Self.magic)
    file.string("none")
    file.string("none")
    file.string([])
    file.uint32(1)
    file.string(publicKey.blob)
    file.string(section.bytes)
    return SSHArmor.privateKey.armor(file.bytes)
  }

  /// Reads a private key file.
  ///
  /// - Parameter text: The file's bytes.
  /// - Returns: The key.
  /// - Throws: ``SSHKeyError``: `notEd25519` for another key type (an RSA or ECDSA key in
  ///   OpenSSH or PEM format), `publicKeyGiven` for a `.pub` line, `encrypted` for a key
  ///   with a passphrase, `keyCount`, `checkNumbersDiffer`, `badPadding`, `inconsistent`, or
  ///   `malformed` with the first wrong field.
  public static func parse(_ text: [UInt8]) throws(SSHKeyError) -> OpenSSHPrivateKey {
    let start = String(decoding: text.prefix(64), as: UTF8.self)
    if start.hasPrefix("ssh-") || start.hasPrefix("ecdsa-") || start.hasPrefix("sk-") {
      throw .publicKeyGiven
    }
    for (header, type) in [
      ("-----BEGIN RSA PRIVATE KEY-----", "RSA (PEM)"),
      ("-----BEGIN EC PRIVATE KEY-----", "ECDSA (PEM)"),
      ("-----BEGIN DSA PRIVATE KEY-----", "DSA (PEM)"),
      ("-----BEGIN PRIVATE KEY-----", "PKCS #8"),
      ("-----BEGIN ENCRYPTED PRIVATE KEY-----", "PKCS #8"),
    ] where start.hasPrefix(header) {
      throw .notEd25519(type)
    }
    let data: [UInt8]
    do throws(SSHFormatError) {
      data = try SSHArmor.privateKey.dearmor(text)
    } catch {
      throw .malformed(error)
    }
    return try parse(data: data)
  }

  /// Reads the data inside the armor.
  static func parse(data: [UInt8]) throws(SSHKeyError) -> OpenSSHPrivateKey {
    do {
      return try read(data)
    } catch let error as SSHKeyError {
      throw error
    } catch let error as SSHFormatError {
      throw .malformed(error)
    } catch {
      throw .malformed(.empty)  // `read` throws nothing else
    }
  }

  /// Reads the data inside the armor; throws an ``SSHKeyError`` or an ``SSHFormatError``.
  private static func read(_ data: [UInt8]) throws -> OpenSSHPrivateKey {
    var reader = SSHWireReader(data)
    guard data.starts(with: magic) else { throw SSHFormatError.badMagic("openssh-key-v1") }
    _ = try reader.raw(magic.count, "the magic")
    let cipher = try reader.text("the cipher name")
    let kdf = try reader.text("the KDF name")
    _ = try reader.string("the KDF options")
    let count = try reader.uint32("the number of keys")
    guard count == 1 else { throw SSHKeyError.keyCount(count) }
    let publicBlob = try reader.string("the public key")
    var publicReader = SSHWireReader(publicBlob)
    let type = try publicReader.text("the key type")
    guard type == Ed25519PublicKey.keyType else { throw SSHKeyError.notEd25519(type) }
    let publicKey = try Ed25519PublicKey(blob: publicBlob)
    guard cipher == "none", kdf == "none" else { throw SSHKeyError.encrypted(cipher: cipher) }
    let section = try reader.string("the private section")
    try reader.expectEnd(after: "the private section")
    guard section.count % blockSize == 0 else {
      throw SSHFormatError.badLength(
        "the private section", expected: (section.count / blockSize + 1) * blockSize,
        found: section.count)
    }
    var inner = SSHWireReader(section)
    let first = try inner.uint32("the first check number")
    let second = try inner.uint32("the second check number")
    guard first == second else { throw SSHKeyError.checkNumbersDiffer }
    let innerType = try inner.text("the private key type")
    guard innerType == Ed25519PublicKey.keyType else {
      throw SSHFormatError.typeMismatch(Ed25519PublicKey.keyType, found: innerType)
    }
    let innerPublic = try Ed25519PublicKey(bytes: try inner.string("the Ed25519 public key"))
    let secret = try inner.string("the Ed25519 private key")
    guard secret.count == 64 else {
      throw SSHFormatError.badLength("the Ed25519 private key", expected: 64, found: secret.count)
    }
    let comment = try inner.text("the comment")
    // The padding is 1, 2, 3…, fewer bytes than a block.
    var expected: UInt8 = 1
    while !inner.isAtEnd {
      guard try inner.raw(1, "the padding") == [expected], Int(expected) < blockSize else {
        throw SSHKeyError.badPadding
      }
      expected += 1
    }
    let key = try OpenSSHPrivateKey(
      seed: Array(secret.prefix(32)), comment: comment, checkNumber: first)
    guard innerPublic == publicKey, Array(secret.suffix(32)) == publicKey.bytes,
      key.publicKey == publicKey
    else { throw SSHKeyError.inconsistent }
    return key
  }
}
