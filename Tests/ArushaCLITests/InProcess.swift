import ArushaTestSupport
import Foundation

@testable import arusha

/// Runs `arusha` in the test's own process (``runInProcess(_:_:environment:directory:)``): the
/// shape of `runArusha`, without standard input.
///
/// - Parameters:
///   - arguments: The command line after `arusha`.
///   - environment: Extra environment variables.
///   - directory: The working folder (default: the package root).
/// - Returns: What the command printed and its exit status.
/// - Throws: Never; `throws` keeps the shape of `runArusha`, so a test moves by its name.
func runArushaInProcess(
  _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil
) throws -> CommandResult {
  runInProcess(Arusha.exitStatus, arguments, environment: environment, directory: directory)
}
