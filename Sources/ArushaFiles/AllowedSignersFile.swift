import ArushaCore
import Foundation

/// An allowed signers file read from disk (ssh-keygen(1), "ALLOWED SIGNERS"): what
/// `arusha verify --allowed-signers FILE` and `arusha compare --allowed-signers FILE` check
/// signatures against.
public struct AllowedSignersFile: Sendable {
  /// The path as given.
  public var path: UserPath
  /// The signers it lists.
  public var signers: AllowedSigners
  /// Its warnings (`cert-authority` lines, which allow nothing), with its bytes for source
  /// snippets; no diagnostics when there are none.
  public var warnings: FileReport

  /// Reads and checks the allowed signers file at `path`.
  ///
  /// - Parameter path: The file.
  /// - Returns: The signers, with the file's warnings.
  /// - Throws: ``LoadFailure``: `.file` when it cannot be read (`cannotOpen`, 66: missing, a
  ///   folder, a FIFO…; `invalidData`, 65: larger than 4 MiB); `.invalid` with every malformed
  ///   line as `FILE:LINE:COL` diagnostics (65), as ``Failure``-style reporting renders them.
  public static func load(_ path: UserPath) throws(LoadFailure) -> AllowedSignersFile {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try InputFile.read(path)
    } catch {
      throw .file(error)
    }
    let parsed = AllowedSigners.parse(bytes)
    guard let signers = parsed.signers else {
      throw .invalid(path: path.shown, source: bytes, diagnostics: parsed.diagnostics)
    }
    return AllowedSignersFile(
      path: path, signers: signers,
      warnings: FileReport(
        path: path.shown, source: parsed.diagnostics.isEmpty ? [] : bytes,
        diagnostics: parsed.diagnostics, readError: nil))
  }
}
