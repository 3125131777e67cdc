import Foundation

/// Where a ``Console`` writes: the process's standard streams, or a ``Console/Capture``.
protocol ConsoleSink: Sendable {
  /// Writes `bytes` to `stream`.
  func write(_ bytes: UnsafeRawBufferPointer, to stream: Console.Stream)
}

/// The process's standard output and error.
struct ProcessSink: ConsoleSink {
  /// Writes `bytes` through the stream's handle without copying them into a `Data` first (a
  /// report of a hostile file can be tens of MB).
  func write(_ bytes: UnsafeRawBufferPointer, to stream: Console.Stream) {
    guard let base = bytes.baseAddress else { return }
    let handle: FileHandle = stream == .output ? .standardOutput : .standardError
    handle.write(
      Data(
        bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count,
        deallocator: .none))
  }
}
