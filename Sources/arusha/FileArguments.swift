/// A command line with its files set aside from its options.
///
/// argument-parser appends each positional value to a copy of the array so far
/// (`Array.update(parsedValues:…)` under `LenientParser.parsePositionalValues`, 1.8.2), which
/// is quadratic in the number of files: 2.9 s of 10,000. A ``FileListCommand`` is therefore
/// parsed with its options and its first file only, and given every file after.
///
/// Only a line whose reading is certain is split: the subcommand, then, in any order, its
/// options with their values (`--key K`, the value not empty and not starting with `-`, or
/// `--key=K`, which argument-parser reads alike whole or split), its flags, files that are not empty and do not start with `-`, and `--`, after
/// which every argument is a file. Anything else (help, `--version`, an unknown or grouped
/// option, a value that starts with `-`) leaves the line whole to argument-parser, as does a
/// line with fewer than two files.
struct FileArguments: Equatable {
  /// The line argument-parser parses: the subcommand, its options in their order, `--` and
  /// the first file.
  var reduced: [String]
  /// Every file, in command-line order.
  var files: [String]

  /// Splits `arguments`, or returns nil when the line is not one to split.
  ///
  /// - Parameters:
  ///   - arguments: The command line after `arusha`, the subcommand first.
  ///   - valueOptions: The subcommand's options that take a value, as typed.
  ///   - flags: Its flags, as typed.
  init?(_ arguments: [String], valueOptions: Set<String>, flags: Set<String>) {
    guard let command = arguments.first else { return nil }
    var options: [String] = []
    var files: [String] = []
    var index = 1
    var afterTerminator = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if afterTerminator {
        files.append(argument)
      } else if argument == "--" {
        afterTerminator = true
      } else if argument.isEmpty {
        return nil
      } else if !argument.hasPrefix("-") {
        files.append(argument)
      } else if flags.contains(argument) {
        options.append(argument)
      } else if let equals = argument.firstIndex(of: "=") {
        guard argument.hasPrefix("--"), valueOptions.contains(String(argument[..<equals])) else {
          return nil
        }
        options.append(argument)
      } else if valueOptions.contains(argument), index < arguments.count,
        let value = arguments[index].first, value != "-"
      {
        options += [argument, arguments[index]]
        index += 1
      } else {
        return nil
      }
    }
    guard files.count >= 2 else { return nil }
    reduced = [command] + options + ["--", files[0]]
    self.files = files
  }
}
