extension Workbook {
  /// One file of the workbook's package: its path inside the ZIP archive and its bytes.
  public struct Part: Sendable, Hashable {
    /// The path inside the archive, such as `xl/worksheets/sheet1.xml`.
    public var path: String
    /// The part's UTF-8 XML.
    public var bytes: [UInt8]

    /// Creates a part.
    ///
    /// - Parameters:
    ///   - path: The path inside the archive.
    ///   - bytes: The part's contents.
    public init(path: String, bytes: [UInt8]) {
      self.path = path
      self.bytes = bytes
    }
  }
}
