public import ArushaCore
public import ArushaFiles

/// The signature beside a response that `arusha assess` opens (trust-and-continuity.md):
/// nothing is removed until a save writes other bytes than the file held, then `RESPONSE.sig`
/// is renamed to `RESPONSE.sig.void`, once.
public struct SignatureVoiding: Sendable {
  /// The response's path.
  public let responsePath: UserPath
  /// The file's bytes when the session opened it: what the signature covers.
  public let original: [UInt8]
  /// The signature's new path, once it has been renamed.
  public private(set) var voided: UserPath?
  /// The response as the file says it, with the session's language.
  ///
  /// While the answers are still these, the file is not rewritten at all, so that a signed
  /// file that arusha would format otherwise (flow mappings, fields in another order) keeps
  /// its bytes and its signature. The language alone is not a change; it is written with the
  /// first one.
  public let opened: Response

  /// The signature of the response at `responsePath`, whose bytes are `original` and which
  /// reads as `opened`.
  public init(responsePath: UserPath, original: [UInt8], opened: Response) {
    self.responsePath = responsePath
    self.original = original
    self.opened = opened
  }

  /// Saves `response` at `path`, as every save of `assess` does: unless `signature` says the
  /// signed file already holds it; renaming the signature at the first save that changed the
  /// file.
  ///
  /// - Throws: ``FileError`` when the save or the rename fails.
  public static func save(
    _ response: Response, questionnaire: Questionnaire, to path: UserPath,
    signature: inout SignatureVoiding?
  ) throws(FileError) {
    if let signature, signature.voided == nil, signature.opened == response { return }
    let written = try ResponseFile.write(response, questionnaire: questionnaire, to: path)
    try signature?.saved(written)
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
