import Foundation

/// Where a ``Console`` writes: the process's standard streams, or a ``Console/Capture``.
protocol ConsoleSink: Sendable {
  /// Writes `bytes` to `stream`.
  func write(_ bytes: UnsafeRawBufferPointer, to stream: Console.Stream)
}

/// The process's standard output and error.
struct ProcessSink: ConsoleSink {
  /// Writes `bytes` to the stream's descriptor as they are (a report of a hostile file can be
  /// tens of MB), all of them, unbuffered.
  ///
  /// A stream that cannot be written (standard output to a full disk or `/dev/full`, or
  /// closed) ends the process with 74 (EX_IOERR) after saying so on standard error, where
  /// Foundation's `FileHandle.write` trapped (exit 132 and a backtrace). A closed pipe still
  /// ends it by SIGPIPE, as for any command-line tool (`arusha compare … | head`).
  func write(_ bytes: UnsafeRawBufferPointer, to stream: Console.Stream) {
    guard var next = bytes.baseAddress else { return }
    let descriptor = stream == .output ? STDOUT_FILENO : STDERR_FILENO
    var left = bytes.count
    while left > 0 {
      let written = Foundation.write(descriptor, next, left)
      if written < 0 {
        if errno == EINTR { continue }
        Self.cannotWrite(stream, errno)
      }
      left -= written
      next += written
    }
  }

  /// Says that `stream` cannot be written (on standard error, when that is not the stream),
  /// then exits with 74.
  private static func cannotWrite(_ stream: Console.Stream, _ code: Int32) -> Never {
    if stream == .output {
      let message = Array(
        "arusha: cannot write to standard output: \(String(cString: strerror(code)))\n".utf8)
      _ = message.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    exit(ExitStatus.ioError.rawValue)
  }
}
