import Foundation

/// A running count on one terminal line, rewritten in place (`\r`) at most every `interval`
/// seconds, and only once a run has lasted `delay` seconds, so short runs print nothing.
public final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let label: String
  private let write: @Sendable (String) -> Void
  private let now: @Sendable () -> Double
  private let interval: Double
  private let start: Double
  private var startedAt: Double
  private var last = -Double.infinity
  private var shown = false

  /// Creates a progress line.
  ///
  /// - Parameters:
  ///   - label: What is counted ("reading responses").
  ///   - delay: Seconds before the first line.
  ///   - interval: Seconds between lines.
  ///   - now: The clock, in seconds.
  ///   - write: Where the line goes (standard error).
  public init(
    label: String, delay: Double = 0.5, interval: Double = 0.1,
    now: @escaping @Sendable () -> Double, write: @escaping @Sendable (String) -> Void
  ) {
    self.label = label
    self.write = write
    self.now = now
    self.interval = interval
    self.start = delay
    self.startedAt = now()
  }

  /// Shows `done` if the last line is old enough.
  public func update(_ done: Int) {
    lock.lock()
    defer { lock.unlock() }
    let time = now()
    guard time - startedAt >= start, time - last >= interval else { return }
    last = time
    shown = true
    write("\r\(label): \(done)\u{1B}[K")
  }

  /// Clears the line if one was shown.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { write("\r\u{1B}[K") }
    shown = false
  }
}
