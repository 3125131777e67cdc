/// Why a key file cannot be used to sign, or a key line read.
///
/// The words, with what to do about each, are in SigningMessages.swift (``description``).
public enum SSHKeyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file is not well formed.
  case malformed(SSHFormatError)
  /// The private key is protected by a passphrase (the cipher it is encrypted with).
  case encrypted(cipher: String)
  /// A key of another type than Ed25519 (the type, such as `ssh-rsa`).
  case notEd25519(String)
  /// A public key was given where the private key is needed.
  case publicKeyGiven
  /// The file holds another number of keys than one.
  case keyCount(UInt32)
  /// The two check numbers of the private section differ: the file is damaged.
  case checkNumbersDiffer
  /// The padding after the private section is not 1, 2, 3…: the file is damaged.
  case badPadding
  /// The private part does not belong to the public key beside it: the file is damaged.
  case inconsistent
}
