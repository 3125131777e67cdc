/// The cells of a workbook as read from an `.xlsx` file (ArushaFiles' `WorkbookReader`), for
/// ``FormImport`` to interpret: no XML, no ZIP, only sheets and their cells' texts.
public struct FilledWorkbook: Sendable, Hashable {
  /// A cell's place: row and column, both 1-based.
  public struct Address: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The row, 1 or more.
    public var row: Int
    /// The column, 1 (`A`) or more.
    public var column: Int

    /// Creates an address.
    public init(row: Int, column: Int) {
      self.row = row
      self.column = column
    }

    /// Reads an A1 reference such as `D12` or `AB3` (letters in either case, then digits);
    /// nil for anything else, or a row or column beyond Excel's (1,048,576 rows, 16,384
    /// columns).
    public init?(_ reference: some StringProtocol) {
      var column = 0
      var row = 0
      var digits = false
      for scalar in reference.unicodeScalars {
        switch scalar {
        case "A"..."Z", "a"..."z":
          guard !digits, column <= 16_384 else { return nil }
          let upper = scalar.value >= 97 ? scalar.value - 32 : scalar.value
          column = column * 26 + Int(upper) - 64
        case "0"..."9":
          guard column > 0, row <= 1_048_576 else { return nil }
          digits = true
          row = row * 10 + Int(scalar.value - 48)
        default:
          return nil
        }
      }
      guard digits, row >= 1, row <= 1_048_576, column >= 1, column <= 16_384 else { return nil }
      self.row = row
      self.column = column
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    public static func letters(_ column: Int) -> String {
      var number = column
      var name = ""
      while number > 0 {
        let remainder = (number - 1) % 26
        name = String(UnicodeScalar(UInt8(65 + remainder))) + name
        number = (number - 1) / 26
      }
      return name
    }

    /// `D12`.
    public var description: String { Self.letters(column) + String(row) }

    public static func < (left: Address, right: Address) -> Bool {
      (left.row, left.column) < (right.row, right.column)
    }
  }

  /// One cell as the file stores it.
  public struct Cell: Sendable, Hashable {
    /// How the file typed the cell's value (SpreadsheetML's `t` attribute).
    public enum Kind: Sendable, Hashable {
      /// A number (`t="n"` or none): ``Cell/text`` is its XML Schema double (`3`, `12.5`).
      case number
      /// Text: a shared string, an inline string, or a formula's text result.
      case text
      /// A boolean (`t="b"`): `1` or `0`.
      case boolean
      /// An error value such as `#N/A` (`t="e"`).
      case error
      /// A date in ISO 8601 (`t="d"`).
      case date
    }

    /// The value's text as stored: the number's digits, the string's characters.
    public var text: String
    /// How it is typed.
    public var kind: Kind
    /// Whether the cell holds a formula (`<f>`): ``text`` is then its cached result, which
    /// is never taken as an answer.
    public var isFormula: Bool
    /// How a number cell is shown (its style's number format): a percentage shows 0.45 as
    /// `45 %`, a date shows a day's serial number as a date.
    public var format: Format

    /// How a number is shown.
    public enum Format: Sendable, Hashable {
      /// As a number (General, `0.0`, `#,##0`, text `@`…).
      case number
      /// As a percentage (a format with `%`): the value is a hundredth of what is shown.
      case percent
      /// As a date or a time: the value is a serial number of days.
      case date
    }

    /// Creates a cell.
    public init(text: String, kind: Kind, isFormula: Bool = false, format: Format = .number) {
      self.text = text
      self.kind = kind
      self.isFormula = isFormula
      self.format = format
    }
  }

  /// One sheet.
  public struct Sheet: Sendable, Hashable {
    /// Its name, as the tab shows it.
    public var name: String
    /// Whether it is hidden (`state="hidden"` or `"veryHidden"`).
    public var isHidden: Bool
    /// Its cells that hold a value; a cell with only a style is absent.
    public var cells: [Address: Cell]

    /// Creates a sheet.
    public init(name: String, isHidden: Bool = false, cells: [Address: Cell] = [:]) {
      self.name = name
      self.isHidden = isHidden
      self.cells = cells
    }

    /// The cell at `row`, `column`, if it holds a value.
    public subscript(row: Int, column: Int) -> Cell? {
      cells[Address(row: row, column: column)]
    }
  }

  /// The sheets, in the workbook's tab order.
  public var sheets: [Sheet]

  /// Creates a workbook's cells.
  public init(sheets: [Sheet]) {
    self.sheets = sheets
  }

  /// The first sheet named `name` (Excel compares names without regard to case).
  public func sheet(named name: String) -> Sheet? {
    sheets.first { $0.name.lowercased() == name.lowercased() }
  }
}
