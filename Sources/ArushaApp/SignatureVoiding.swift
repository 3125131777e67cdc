public import ArushaCore
import ArushaFiles

/// The signature beside a response that `arusha assess` opens (trust-and-continuity.md):
/// nothing is removed until a save writes other bytes than the file held, then `RESPONSE.sig`
/// is renamed to `RESPONSE.sig.void`, once.
public struct SignatureVoiding: Sendable {
  /// The response's path.
  public let responsePath: String
  /// The file's bytes when the session opened it: what the signature covers.
  public let original: [UInt8]
  /// The signature's new path, once it has been renamed.
  public private(set) var voided: String?
  /// The response as the session opened it: while the answers are still these, the file is
  /// not rewritten at all, so that a signed file that arusha would format otherwise (flow
  /// mappings, fields in another order) keeps its bytes and its signature.
  public var opened: Response?

  /// Whether saving `response` would change nothing the response says, so that the signed
  /// file must be left as it is.
  public func keepsFile(for response: Response) -> Bool {
    voided == nil && opened == response
  }

  /// The signature of the response at `responsePath`, whose bytes are `original`.
  public init(responsePath: String, original: [UInt8]) {
    self.responsePath = responsePath
    self.original = original
  }

  /// Called after each save with the bytes written: renames the signature at the first save
  /// that changed the file.
  ///
  /// - Throws: ``FileError`` when the rename fails (the response itself is saved).
  public mutating func saved(_ bytes: [UInt8]) throws(FileError) {
    guard voided == nil, bytes != original, SignatureCheck.hasSignature(responsePath) else {
      return
    }
    voided = try SignatureCheck.void(responsePath)
  }
}
