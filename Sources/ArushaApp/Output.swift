import ArushaCore
import ArushaFiles
import Foundation

/// Where a command's result goes: standard output, or a file (cli.md, "Output files and
/// wrong inputs").
public enum Output {
  /// The report formats that `-o FILE` can name by its extension.
  public enum Format: String, Sendable {
    case table, markdown, json, csv, html, xlsx
  }

  /// The format `path`'s extension names (`.md`, `.json`, `.csv`, `.html`, `.xlsx`, `.txt`
  /// for the table; `.markdown` and `.htm` too), or nil.
  public static func format(ofExtension path: String) -> Format? {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "html", "htm": return .html
    case "csv": return .csv
    case "md", "markdown": return .markdown
    case "json": return .json
    case "txt": return .table
    case "xlsx": return .xlsx
    default: return nil
    }
  }

  /// Checks `-o PATH` before anything is read: its extension names a format unless `--format`
  /// is given, it is not one of the command's `inputs` (files, or folders the command
  /// searches), and it is not a folder.
  ///
  /// - Parameters:
  ///   - path: The file to write; nil for standard output (nothing to check).
  ///   - formatGiven: Whether `--format` was given, so the extension need not name one.
  ///   - inputs: The files and folders the command reads.
  ///   - option: The option that named `path`, as messages say it (`--anonymize-key`).
  ///   - writes: What is written there, as messages say it ("the key").
  ///   - console: Where the message for a folder goes.
  /// - Returns: The format the extension names (nil with `--format` and another extension).
  /// - Throws: ``UsageError`` (64) saying what to change; ``ExitStatus/cannotCreate`` (73)
  ///   for a folder (cli.md: an output path that is a folder "cannot be created").
  public static func check(
    _ path: UserPath?, formatGiven: Bool, inputs: [UserPath], option: String = "-o",
    writes: String = "the report", console: Console
  ) throws -> Format? {
    guard let path else { return nil }
    let shown = PrintableText.sanitize(path.shown, for: .terminal, keepLineBreaks: false)
    let format = format(ofExtension: path.shown)
    if format == nil, !formatGiven {
      throw UsageError(
        "cannot tell the format of '\(shown)' from its extension: name it .txt, .md, .json, .csv, .html or .xlsx, or give --format"
      )
    }
    if FileIdentity.isFolder(path) {
      console.message("arusha: \(shown): is a folder; give a file name")
      throw ExitStatus.cannotCreate
    }
    for input in inputs
    where FileIdentity.same(path, input)
      || (format == nil && FileIdentity.inside(path, folder: input))
    {
      throw UsageError(
        "\(option) '\(shown)' is one of the files this command reads; write \(writes) to another file"
      )
    }
    return format
  }

  /// Writes `text` to `path`, or to standard output when nil.
  ///
  /// - Parameters:
  ///   - text: The text, written as UTF-8.
  ///   - path: The file, or nil for standard output.
  ///   - console: Where a failure is said.
  ///   - existing: What to do with a file already at `path`: replace it (a report, which is
  ///     regenerated) or keep it (the team's work: a form, a plan file), 73.
  /// - Throws: The exit code of the failure, after saying what failed.
  static func write(
    _ text: String, to path: UserPath?, console: Console,
    existing: OutputFile.Existing = .replace
  ) throws {
    try write(Array(text.utf8), to: path, console: console, existing: existing)
  }

  /// Writes `bytes` (UTF-8 text) to `path`, or to standard output when nil
  /// (``Console/out(bytes:)``).
  ///
  /// - Parameters:
  ///   - bytes: The contents.
  ///   - path: The file, or nil for standard output.
  ///   - console: Where a failure is said.
  ///   - existing: What to do with a file already at `path`: replace it, or keep it (73).
  /// - Throws: The exit code of the failure, after saying what failed.
  static func write(
    _ bytes: [UInt8], to path: UserPath?, console: Console,
    existing: OutputFile.Existing = .replace
  ) throws {
    guard let path else {
      console.out(bytes: bytes)
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
