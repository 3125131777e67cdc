import Foundation

extension Console {
  /// What a captured console's command wrote on each stream, kept in memory.
  public final class Capture: ConsoleSink, @unchecked Sendable {
    private let lock = NSLock()
    private var output: [UInt8] = []
    private var error: [UInt8] = []

    /// Creates an empty capture.
    public init() {}

    /// The bytes written to standard output so far.
    public var standardOutput: [UInt8] { lock.withLock { output } }

    /// The bytes written to standard error so far.
    public var standardError: [UInt8] { lock.withLock { error } }

    func write(_ bytes: UnsafeRawBufferPointer, to stream: Console.Stream) {
      lock.withLock {
        switch stream {
        case .output: output.append(contentsOf: bytes)
        case .error: error.append(contentsOf: bytes)
        }
      }
    }
  }
}
