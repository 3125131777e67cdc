extension Workbook {
  /// A data validation of one cell (`<dataValidation>`): what may be typed or chosen there,
  /// the message shown when the cell is selected, and the one shown when what was typed is
  /// refused.
  ///
  /// Excel and LibreOffice both keep it: a list from a range of another sheet (Excel's inline
  /// lists stop at 255 characters), a decimal between bounds, or a custom formula (for a
  /// number that also takes `u` or `a`).
  public struct Validation: Sendable, Hashable {
    /// What the cell takes.
    public enum Rule: Sendable, Hashable {
      /// One entry of the range `source`, such as `'Lists'!$A$1:$A$6`.
      case list(source: String)
      /// A decimal number within the bounds (nil: unbounded on that side).
      case decimal(min: Double?, max: Double?)
      /// Whatever makes `formula` true; the formula names the cell itself (`D12`), as Excel
      /// reads a custom rule relative to the range's first cell.
      case custom(formula: String)
      /// Anything: only the input message is shown.
      case any
    }

    /// The cell, such as `D12`.
    public var cell: String
    /// What it takes.
    public var rule: Rule
    /// The title of the input message (Excel keeps at most 32 characters).
    public var promptTitle: String
    /// The input message (at most 255 characters).
    public var prompt: String
    /// The title of the error message (at most 32 characters).
    public var errorTitle: String
    /// The error message (at most 255 characters).
    public var error: String

    /// Creates a validation.
    ///
    /// - Parameters:
    ///   - cell: The cell, such as `D12`.
    ///   - rule: What it takes.
    ///   - promptTitle: The input message's title, cut to 32 characters when written.
    ///   - prompt: The input message, cut to 255 characters when written.
    ///   - errorTitle: The error message's title, cut to 32 characters when written.
    ///   - error: The error message, cut to 255 characters when written.
    public init(
      cell: String, rule: Rule, promptTitle: String, prompt: String, errorTitle: String = "",
      error: String = ""
    ) {
      self.cell = cell
      self.rule = rule
      self.promptTitle = promptTitle
      self.prompt = prompt
      self.errorTitle = errorTitle
      self.error = error
    }
  }
}
