import ArushaCore
import ArushaFiles
import ArushaReports

extension Output {
  /// What a workbook asked for on a terminal gets instead: a workbook is not text.
  static let workbookOnTerminal =
    "an Excel workbook is not shown on a terminal: give -o FILE.xlsx, or redirect standard output"

  /// Writes `workbook` as an `.xlsx` file to `path`, or to standard output when nil.
  ///
  /// The parts (ArushaReports) are zipped in memory (ArushaFiles) and written whole through
  /// ``OutputFile``'s temporary file and rename, so no half workbook is left at `path`.
  ///
  /// - Parameters:
  ///   - workbook: The workbook.
  ///   - path: The file, or nil for standard output.
  ///   - console: Where a failure is said.
  ///   - existing: What to do with a file already at `path`: replace it (a report's workbook,
  ///     which is regenerated) or keep it (a form, which may be the team's filled copy), 73.
  /// - Throws: The exit code of the failure, after saying what failed.
  static func write(
    _ workbook: Workbook, to path: UserPath?, console: Console,
    existing: OutputFile.Existing = .replace
  ) throws {
    let bytes: [UInt8]
    do {
      bytes = try ZipPackage.archive(
        workbook.parts().map { (path: $0.path, bytes: $0.bytes) }, for: path?.shown ?? "-")
    } catch {
      console.message("arusha: cannot write \(error)")
      throw ExitStatus.code(for: error)
    }
    guard let path else {
      console.out(binary: bytes)
      return
    }
    do {
      try OutputFile.write(
        bytes, to: path, permissions: 0o644, devices: .writeDirectly,
        existing: onExisting(existing, at: path))
    } catch {
      console.message("arusha: cannot write \(error)")
      throw ExitStatus.code(for: error)
    }
  }
}
