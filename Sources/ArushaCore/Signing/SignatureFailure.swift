/// Why a response's signature does not show that an allowed signer sent it unchanged.
///
/// The words are in SigningMessages.swift (``description``): each says what is wrong in terms
/// of the response, without its path, which the caller puts in front.
public enum SignatureFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// There is no signature file beside the response.
  case missing
  /// The signature file exists but cannot be read (what the system said).
  case unreadable(String)
  /// The signature file is not an armored SSH signature, or is cut short or damaged.
  case malformed(SSHFormatError)
  /// The signature uses a key type, signature algorithm or hash that arusha does not verify
  /// (its name).
  case unsupportedAlgorithm(String)
  /// The signature was made for another namespace (the one it is for, the one expected).
  case wrongNamespace(String, expected: String)
  /// The signature is not one of these bytes: the file changed after it was signed, or the
  /// signature is another file's.
  case doesNotMatch
  /// A valid signature by a key that no line of the allowed signers lists (its fingerprint).
  case keyNotAllowed(fingerprint: String)
  /// A valid signature by a listed key whose lines allow other namespaces only (the
  /// fingerprint, the lines' `namespaces` lists, the namespace expected).
  case namespaceNotAllowed(fingerprint: String, namespaces: [String], expected: String)
  /// A valid signature by a key listed only on `cert-authority` lines, which allow nothing
  /// here: arusha does not read certificates (the fingerprint).
  case certificateAuthorityOnly(fingerprint: String)
  /// A valid signature by a key that its lines allow only from a later time (the
  /// fingerprint, the `valid-after` value as written).
  case notYetValid(fingerprint: String, validAfter: String)
  /// A valid signature by a listed key whose lines do not allow it to sign for the
  /// administration the response speaks for: no line with the key has a principal pattern
  /// that matches the administration's name (issue 22; OpenSSH's `-I` identity). Carries the
  /// administration, the principals of the lines that list the key (who signed), and the
  /// key's fingerprint.
  case notAllowedForAdministration(administration: String, signers: [String], fingerprint: String)
  /// A valid signature by a key that its lines allow only until an earlier time (the
  /// fingerprint, the `valid-before` value as written).
  case expired(fingerprint: String, validBefore: String)
}
