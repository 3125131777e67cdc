/// A position in a source file, as libyaml reports it, made 1-based.
///
/// `line` and `column` are both 1-based; `column` counts Unicode scalars (characters as
/// libyaml reads them), not bytes, so it matches what an editor shows for UTF-8 text.
public struct SourceMark: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The line, 1-based.
  public var line: Int
  /// The column, 1-based, in Unicode scalars.
  public var column: Int

  /// Creates a mark from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The first character of a file.
  public static let start = SourceMark(line: 1, column: 1)

  /// `LINE:COLUMN`.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceMark, rhs: SourceMark) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// The mark `count` Unicode scalars further along the same line.
  public func advanced(by count: Int) -> SourceMark {
    SourceMark(line: line, column: column + count)
  }
}
