import ArushaApp
import Foundation

/// Runs a command in the test's own process, on a captured ``Console``: the same command line,
/// environment and working directory as ``runArusha(_:input:environment:directory:timeout:)``,
/// and the same status, standard output and standard error the binary would give, without
/// starting a process.
///
/// The working directory is the captured console's, never the process's (tests run side by
/// side): the command opens every relative path under `directory` and, as the binary does,
/// shows it as typed. What it cannot do is
/// read standard input or take over a terminal, so there is no `input:` and `assess` is
/// refused (exit 64): sessions, signals and pseudo-terminals stay with the binary.
///
/// - Parameters:
///   - entry: The executable's entry point: parses the command line, runs it on the console
///     and returns the exit status (`Arusha.exitStatus(_:console:)`).
///   - arguments: The command line after `arusha`.
///   - environment: Extra environment variables, over the test process's and `NO_COLOR=1`,
///     as `runArusha` sets them.
///   - directory: The working folder (default: the package root).
/// - Returns: What the command printed and its exit status.
public func runInProcess(
  _ entry: (_ arguments: [String], _ console: Console) -> Int32, _ arguments: [String],
  environment: [String: String] = [:], directory: URL? = nil
) -> CommandResult {
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = "1"
  for (key, value) in environment { env[key] = value }
  let capture = Console.Capture()
  let folder = (directory ?? TestPaths.packageRoot).standardizedFileURL.path
  let status = entry(
    arguments, .capturing(capture, environment: env, workingDirectory: folder))
  return CommandResult(
    stdout: String(decoding: capture.standardOutput, as: UTF8.self),
    stderr: String(decoding: capture.standardError, as: UTF8.self), status: status)
}
