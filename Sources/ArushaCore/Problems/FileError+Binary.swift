extension FileError {
  /// The error for a binary file given where arusha reads YAML, in one line (issue 27,
  /// integrity review finding 9: a team gives the plan's workbook to `arusha plan`).
  ///
  /// A zip archive (`PK\u{3}\u{4}`: a workbook, `.xlsx`, is one) or a PDF (`%PDF-`) is named
  /// as what it is, with what to give instead, rather than the YAML reader's "control
  /// characters are not allowed". Nil for anything else.
  ///
  /// - Parameters:
  ///   - path: The file, as the user gave it.
  ///   - bytes: Its contents.
  ///   - expected: What the command wanted (``DocumentKind/other`` when it takes several
  ///     kinds, as `validate` does).
  /// - Returns: An `invalidData` (65) error, or nil.
  public static func binary(_ path: String, _ bytes: [UInt8], expected: DocumentKind)
    -> FileError?
  {
    let what: String
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      what = "a workbook (a zip archive, as .xlsx files are)"
    } else if bytes.starts(with: Array("%PDF-".utf8)) {
      what = "a PDF document"
    } else {
      return nil
    }
    let wanted: String
    switch expected {
    case .plan:
      wanted = "the plan's workbook is for reading and printing; edit the plan file (plan.yaml)"
    case .other:
      wanted =
        "a filled-in form is read with 'arusha import FILE.xlsx', which writes its response file; report workbooks are for reading and printing"
    case .response:
      wanted =
        "import a filled-in form first with 'arusha import FILE.xlsx', which writes the response file; report workbooks are for reading and printing"
    case .questionnaire:
      wanted = "give the questionnaire's YAML file (docs/questionnaire-format.md)"
    case .map:
      wanted = "give the item map's YAML file (docs/questionnaires.md)"
    }
    let noun = expected == .other ? "a YAML file arusha reads" : expected.noun
    return FileError(.invalidData, path: path, reason: "is \(what), not \(noun): \(wanted)")
  }
}
