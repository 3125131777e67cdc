extension ComparisonRefusal {
  /// One of the values that differ (an id, a version, a sha256) and the files that have it.
  public struct Variant: Sendable, Hashable {
    /// The value.
    public var value: String
    /// The files with that value.
    public var files: FileSample

    /// Creates a variant.
    public init(_ value: String, files: FileSample) {
      self.value = value
      self.files = files
    }
  }
}
