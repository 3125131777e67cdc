import ArushaCore

extension ResponseWalk {
  /// A file to read.
  public struct Candidate: Sendable, Hashable {
    /// The path, as given or as found under a folder given.
    public var path: UserPath
    /// Whether it was found in a folder (then a YAML file that is not a response is skipped
    /// with a note) rather than named on the command line (then it must be a response).
    public var inFolder: Bool

    /// Creates a candidate.
    public init(path: UserPath, inFolder: Bool) {
      self.path = path
      self.inFolder = inFolder
    }
  }
}
