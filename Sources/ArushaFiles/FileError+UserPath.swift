import ArushaCore

extension FileError {
  /// An error about the file at `path`, which names it as it is shown (``UserPath/shown``).
  ///
  /// - Parameters:
  ///   - kind: The kind of failure.
  ///   - path: The file.
  ///   - reason: What the system said, lowercase.
  public init(_ kind: Kind, path: UserPath, reason: String) {
    self.init(kind, path: path.shown, reason: reason)
  }
}
