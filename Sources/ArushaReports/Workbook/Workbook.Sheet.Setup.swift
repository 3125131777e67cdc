extension Workbook.Sheet {
  /// What a sheet has besides a header row and its rows (issue 28's fill-in form): rows above
  /// the header, a hidden tab, a protection, data validations, merged cells.
  ///
  /// The default is a report's sheet: visible, its header in row 1, nothing locked; a sheet
  /// with the default setup is written exactly as before the setup existed.
  public struct Setup: Sendable, Hashable {
    /// Whether the tab is hidden (`state="hidden"`); the workbook keeps one visible.
    public var hidden = false
    /// The row of the column headers, 1-based (frozen under it and printed on every page);
    /// nil for a sheet of data without headers, whose rows start in row 1.
    public var headerRow: Int? = 1
    /// The rows above the header, from row 1; at most `headerRow - 1` of them.
    public var above: [[Workbook.Cell]] = []
    /// Whether the sheet is protected, without a password: locked cells cannot be edited,
    /// unlocked ones (``Workbook/Cell/input(_:)``) can; columns and rows can still be resized.
    public var protected = false
    /// The data validations, in order.
    public var validations: [Workbook.Validation] = []
    /// Ranges of merged cells, such as `A6:J6`.
    public var merged: [String] = []
    /// Lines of text a row's height is made for, by row number, in place of the estimate
    /// from its cells (a merged cell's text wraps over several columns).
    public var lines: [Int: Int] = [:]
    /// Whether the printed page shows the cells' grid lines (a paper form's boxes).
    public var printsGridLines = false
    /// Whether the printed page has narrow margins (a form, to print larger).
    public var narrowMargins = false
    /// The cell selected when the sheet opens; nil: the first under the header.
    public var activeCell: String?
    /// How many columns, from column A, are printed (Excel's print area); nil: every column.
    ///
    /// A form leaves out its help and its hidden keys, so that what is printed is larger.
    public var printedColumns: Int?
    /// The printed pages' footer: this text on the left (a form's title), and on the right
    /// ``footerPageWord`` with the page's number and the count (`Page 3 / 12`); nil: none.
    public var footer: String?
    /// The word before the page's number in the ``footer``.
    public var footerPageWord = "Page"

    /// A report's sheet: visible, header in row 1, nothing locked.
    public init() {}
  }
}
