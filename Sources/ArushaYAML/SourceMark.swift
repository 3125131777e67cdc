/// A position in a source file, as libyaml reports it, made 1-based.
///
/// `line` and `column` are both 1-based; `column` counts Unicode scalars (characters as
/// libyaml reads them), not bytes, so it matches what an editor shows for UTF-8 text.
public struct SourceMark: Sendable, Hashable, Comparable, CustomStringConvertible {
  // Stored in 32 bits: a file is at most a few MiB (``YAMLLoader/Limits``), and a loaded tree
  // holds two marks per node, so the width is a large part of what a 4 MiB file costs.
  private var storedLine: UInt32
  private var storedColumn: UInt32

  /// The line, 1-based.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }
  /// The column, 1-based, in Unicode scalars.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  /// Creates a mark from a 1-based line and column (each at most 4,294,967,295).
  public init(line: Int, column: Int) {
    storedLine = UInt32(clamping: line)
    storedColumn = UInt32(clamping: column)
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
