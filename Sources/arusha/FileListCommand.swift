import ArgumentParser

/// A command that takes many files as positional arguments (`sign`, `verify`, `validate`,
/// `compare`): ``FileArguments`` sets them aside before argument-parser parses the rest.
protocol FileListCommand: ConsoleCommand {
  /// The options that take a value, as typed (`--key`, `-o`).
  static var valueOptions: Set<String> { get }
  /// The flags, as typed.
  static var flags: Set<String> { get }
  /// The positional files, in command-line order.
  var fileArguments: [String] { get set }
}

extension FileListCommand {
  /// Parses `arguments`, whose first is this command's name, with its files set aside.
  ///
  /// - Parameter arguments: The command line after `arusha`.
  /// - Returns: The command with every file, or nil when ``FileArguments`` does not split the
  ///   line or argument-parser refuses what is left (the caller then parses the whole line,
  ///   which gives argument-parser's own message).
  static func parsedWithFilesAside(_ arguments: [String]) -> Self? {
    guard let split = FileArguments(arguments, valueOptions: valueOptions, flags: flags),
      var command = Arusha.parsed(Array(split.reduced.dropFirst()), as: Self.self)
    else { return nil }
    command.fileArguments = split.files
    return command
  }
}
