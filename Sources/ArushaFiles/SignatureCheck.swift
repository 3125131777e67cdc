import ArushaCore
import Foundation

/// The signature beside a response, `RESPONSE.sig`, checked against allowed signers: the one
/// check that `arusha verify` and `arusha compare --allowed-signers` share.
public enum SignatureCheck {
  /// The suffix of a response's signature file.
  public static let suffix = ".sig"
  /// The suffix a voided signature is renamed to (`arusha assess` after a change).
  public static let voidSuffix = ".sig.void"
  /// The largest signature file read, in bytes (an Ed25519 SSHSIG file is about 300).
  public static let limit = 64 << 10

  /// `RESPONSE.sig`: where the signature of the response at `responsePath` is.
  public static func signaturePath(of responsePath: UserPath) -> UserPath {
    responsePath.appending(suffix)
  }

  /// Whether the response at `responsePath` has a signature file beside it (anything at
  /// `RESPONSE.sig`, a dangling link included).
  public static func hasSignature(_ responsePath: UserPath) -> Bool {
    var info = stat()
    return lstat(signaturePath(of: responsePath).opened, &info) == 0
  }

  /// What the signature beside a response shows about these bytes of it.
  ///
  /// Reads `RESPONSE.sig` (at most ``limit`` bytes, a regular file only) and verifies it as
  /// `ssh-keygen -Y verify -n arusha-response` does: a well-formed Ed25519 SSHSIG signature
  /// for the namespace `arusha-response`, hashed with sha512 or sha256, whose signature
  /// matches `responseBytes`, by a key that a line of `allowed` lists without
  /// `cert-authority`, whose `namespaces` (when given) match `arusha-response`, and whose
  /// `valid-after` / `valid-before` hold at the clock's time.
  ///
  /// - Parameters:
  ///   - responsePath: The response's path as given (the signature is this path + `.sig`).
  ///   - responseBytes: The response's bytes exactly as read: the signature covers every
  ///     byte, so pass what was read once, not a second read.
  ///   - allowed: The allowed signers (``AllowedSignersFile/signers``).
  ///   - administration: The administration the response speaks for: the signature counts
  ///     only when a line allowing its key names it among its principals (issue 22); nil for
  ///     any (only for a response whose administration cannot be read).
  ///   - clock: Now, for `valid-after` and `valid-before` (default: the system's).
  ///   - namespace: What the signature must be for, in place of `arusha-response`:
  ///     ``SSHSignature/planNamespace`` for an improvement plan (issue 27).
  /// - Returns: ``SignatureStatus/signed(principal:)`` with the principals of the first line
  ///   that allows the key; ``SignatureStatus/unsigned`` when nothing is at `RESPONSE.sig`;
  ///   else ``SignatureStatus/invalid(_:)`` with the reason (``SignatureFailure``: unreadable,
  ///   malformed or truncated, unsupported algorithm, wrong namespace, does not match the
  ///   bytes, key not allowed, namespace not allowed, cert-authority only, not yet valid,
  ///   expired). Never throws and never traps, whatever the files hold.
  public static func check(
    responsePath: UserPath, responseBytes: [UInt8], allowed: AllowedSigners,
    administration: String?, clock: SigningClock = .system(),
    namespace: String = SSHSignature.responseNamespace
  ) -> SignatureStatus {
    let path = signaturePath(of: responsePath)
    var info = stat()
    guard lstat(path.opened, &info) == 0 else {
      return errno == ENOENT ? .unsigned : .invalid(.unreadable(InputFile.reason(errno)))
    }
    let signature: [UInt8]
    do throws(FileError) {
      signature = try InputFile.read(path, limit: limit)
    } catch {
      return .invalid(.unreadable(error.reason))
    }
    do throws(SignatureFailure) {
      let entry = try SignatureVerifier.verify(
        signature: signature, message: responseBytes, allowed: allowed, clock: clock,
        namespace: namespace, principal: administration)
      return .signed(principal: entry.principalsText)
    } catch {
      return .invalid(error)
    }
  }

  /// Renames `RESPONSE.sig` to `RESPONSE.sig.void` (replacing an older void one): what
  /// `arusha assess` does once a signed response has changed.
  ///
  /// - Parameter responsePath: The response's path.
  /// - Returns: The new path of the signature.
  /// - Throws: ``FileError`` `writeFailed` when the rename fails.
  @discardableResult
  public static func void(_ responsePath: UserPath) throws(FileError) -> UserPath {
    let path = signaturePath(of: responsePath)
    let voided = responsePath.appending(voidSuffix)
    guard rename(path.opened, voided.opened) == 0 else {
      throw FileError(.writeFailed, path: path, reason: InputFile.reason(errno))
    }
    return voided
  }
}
