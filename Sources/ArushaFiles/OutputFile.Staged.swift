extension OutputFile {
  /// A file written whole under a temporary name beside its target, not yet renamed over it
  /// (``OutputFile/stage(_:to:permissions:)``).
  public struct Staged: Sendable {
    /// The target.
    public let path: UserPath
    /// The temporary file, in the target's folder.
    let temporary: String
    /// The target's folder, absolute (synced after the rename).
    let folder: String
    /// What to do when something is at the target.
    let existing: Existing
  }
}
