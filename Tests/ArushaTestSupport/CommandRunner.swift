import Foundation

/// Runs the built `arusha` executable with arguments and standard input, as a user would
/// (argument-parser's `AssertExecuteCommand`).
public struct CommandResult: Sendable {
  /// What the command printed on standard output.
  public var stdout: String
  /// What it printed on standard error.
  public var stderr: String
  /// Its exit status.
  public var status: Int32
  /// Whether it was still running after the time allowed, and was killed.
  public var timedOut = false
}

/// Runs `arusha`.
///
/// - Parameters:
///   - arguments: The command line after `arusha`.
///   - input: Bytes for standard input (closed after).
///   - environment: Extra environment variables.
///   - directory: The working folder (default: the package root).
///   - timeout: Seconds after which a command still running is killed (a hang is a failure,
///     never a stuck test run).
/// - Returns: What the command printed and its exit status.
/// - Throws: When the executable cannot be started.
public func runArusha(
  _ arguments: [String], input: String = "", environment: [String: String] = [:],
  directory: URL? = nil, timeout: Double = 120
) throws -> CommandResult {
  let process = Process()
  process.executableURL = TestPaths.arusha
  process.arguments = arguments
  process.currentDirectoryURL = directory ?? TestPaths.packageRoot
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = "1"
  for (key, value) in environment { env[key] = value }
  process.environment = env
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  nonisolated(unsafe) var timedOut = false
  let watchdog = DispatchWorkItem {
    if process.isRunning {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
    }
  }
  DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
  // Read both pipes while the process runs so a large output cannot fill a pipe and block it.
  let group = DispatchGroup()
  nonisolated(unsafe) var out = Data()
  nonisolated(unsafe) var err = Data()
  DispatchQueue.global().async(group: group) {
    out = stdout.fileHandleForReading.readDataToEndOfFile()
  }
  DispatchQueue.global().async(group: group) {
    err = stderr.fileHandleForReading.readDataToEndOfFile()
  }
  stdin.fileHandleForWriting.write(Data(input.utf8))
  try? stdin.fileHandleForWriting.close()
  group.wait()
  process.waitUntilExit()
  watchdog.cancel()
  return CommandResult(
    stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
    status: process.terminationStatus, timedOut: timedOut)
}
