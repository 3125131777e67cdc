import ArushaCore
import Foundation

/// Key files: the private key `arusha sign --key` reads, and the pair `arusha keygen` writes
/// (OpenSSH's formats, so that `ssh-keygen` reads them too).
public enum SigningKeyFile {
  /// Why a key cannot be used.
  public enum Failure: Error, Sendable, Hashable {
    /// The file cannot be read (66) or is too large (65).
    case file(FileError)
    /// The file is read but is not a key arusha signs with (65): the path as shown, and why.
    case key(path: String, SSHKeyError)
  }

  /// The largest key file read, in bytes (an Ed25519 key file is about 400).
  public static let limit = 64 << 10

  /// Reads the private key at `path`.
  ///
  /// - Throws: ``Failure``: `.file` when it cannot be read, `.key` when it is encrypted, of
  ///   another type or malformed.
  public static func read(_ path: UserPath) throws(Failure) -> OpenSSHPrivateKey {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try InputFile.read(path, limit: limit)
    } catch {
      throw .file(error)
    }
    do throws(SSHKeyError) {
      return try OpenSSHPrivateKey.parse(bytes)
    } catch {
      throw .key(path: path.shown, error)
    }
  }

  /// `NAME.pub`: the public key file of the private key `NAME`.
  public static func publicPath(of path: UserPath) -> UserPath { path.appending(".pub") }

  /// Writes `key` to `path` (0600) and its public line to `path.pub` (0644), overwriting
  /// neither: when either exists nothing is written.
  ///
  /// - Throws: ``FileError``: `cannotCreate` (73) when either file exists or cannot be made
  ///   (a missing folder), `writeFailed` (74). When the public key cannot be written, the
  ///   private key just written is removed again.
  public static func writePair(_ key: OpenSSHPrivateKey, to path: UserPath) throws(FileError) {
    let publicPath = publicPath(of: path)
    var info = stat()
    for name in [path, publicPath] where lstat(name.opened, &info) == 0 {
      throw FileError(.cannotCreate, path: name, reason: OutputFile.alreadyExists)
    }
    try OutputFile.write(
      key.armored(), to: path, permissions: 0o600, devices: .refuse, existing: .keep)
    do throws(FileError) {
      let line = Array((key.publicKey.line(comment: key.comment) + "\n").utf8)
      try OutputFile.write(
        line, to: publicPath, permissions: 0o644, devices: .refuse, existing: .keep)
    } catch {
      unlink(path.opened)
      throw error
    }
  }
}
