extension WorkbookReader {
  /// How much of a workbook ``WorkbookReader`` reads before refusing it: every dimension a
  /// hostile file could stretch is bounded, so that a refusal comes in well under a second.
  ///
  /// The defaults are far above what a form needs: the fill-in workbook of the largest
  /// bundled questionnaire is a few dozen kilobytes zipped, about 10 ZIP entries, 3 sheets,
  /// a few hundred shared strings and a few thousand cells.
  public struct Limits: Sendable, Hashable {
    /// The largest file read, in bytes: 20 MiB.
    public var fileBytes = 20 << 20
    /// The most entries in the ZIP archive: 1,000 (a form's workbook has about 10).
    public var entries = 1_000
    /// The most bytes one part may inflate to, counted as it inflates (the sizes the ZIP
    /// directory declares are never trusted): 32 MiB.
    public var partBytes = 32 << 20
    /// The most bytes all the parts read may inflate to together: 64 MiB.
    public var totalBytes = 64 << 20
    /// The most bytes a part may inflate to per compressed byte, past its first MiB: 200.
    ///
    /// XML that a spreadsheet program writes compresses 5 to 30 times; a zip bomb, a
    /// thousand times.
    public var compressionRatio = 200
    /// The most sheets: 100.
    public var sheets = 100
    /// The most shared strings: 50,000 (a form has about 1,500).
    public var sharedStrings = 50_000
    /// The most cells over all sheets, counted as read, style-only cells included: 50,000.
    ///
    /// The form of the largest bundled questionnaire (121 questions) has about 3,000: a row
    /// per question and per option of a multi, 11 columns, and the lists. This leaves room
    /// for fifteen times more and keeps the refusal of a million-row sheet fast.
    public var cells = 50_000
    /// The most XML elements over all the parts read: 250,000.
    ///
    /// A form's parts have about 10,000 (a cell is two or three); this bounds the work on
    /// parts full of elements that are not cells.
    public var elements = 250_000
    /// The longest text of a cell or shared string, in UTF-16 code units as Excel counts
    /// them: 32,767, Excel's own limit for a cell.
    public var textLength = 32_767
    /// The deepest nesting of XML elements: 64 (a worksheet needs 6).
    public var depth = 64
    /// The most attributes on one XML element: 64 (a cell has at most 6).
    public var attributes = 64
    /// The longest XML text run or attribute value, in bytes: 1 MiB.
    public var valueBytes = 1 << 20

    /// The defaults.
    public init() {}
  }
}
