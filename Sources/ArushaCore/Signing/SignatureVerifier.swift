/// Verifies a detached signature of a file against an allowed signers file, as
/// `ssh-keygen -Y verify` does, and says who signed it or why it does not verify.
public enum SignatureVerifier {
  /// Checks the `.sig` file `signature` of the bytes `message`: a well-formed Ed25519
  /// signature for `namespace`, that matches the bytes, by a key that `allowed` allows for
  /// that namespace now.
  ///
  /// - Parameters:
  ///   - signature: The `.sig` file's bytes.
  ///   - message: The signed file's bytes, exactly as read.
  ///   - allowed: The allowed signers.
  ///   - clock: Now, for `valid-after` and `valid-before`.
  ///   - namespace: The namespace it must be for (``SSHSignature/responseNamespace``).
  ///   - principal: The identity the signer must be allowed for, as `ssh-keygen -Y verify -I`
  ///     takes it: the administration the response speaks for (issue 22); nil for any.
  /// - Returns: The line of `allowed` that allows the signer.
  /// - Throws: ``SignatureFailure``: `malformed`, `unsupportedAlgorithm`, `wrongNamespace`,
  ///   `doesNotMatch` (checked in this order), then what ``AllowedSigners/signer(for:namespace:clock:)``
  ///   throws.
  public static func verify(
    signature: [UInt8], message: [UInt8], allowed: AllowedSigners, clock: SigningClock,
    namespace: String = SSHSignature.responseNamespace, principal: String? = nil
  ) throws(SignatureFailure) -> AllowedSigners.Entry {
    let parsed: SSHSignature
    do throws(SSHFormatError) {
      parsed = try SSHSignature.parse(armored: signature)
    } catch {
      throw .malformed(error)
    }
    let key = try parsed.verify(message, namespace: namespace)
    return try allowed.signer(for: key, principal: principal, namespace: namespace, clock: clock)
  }
}
