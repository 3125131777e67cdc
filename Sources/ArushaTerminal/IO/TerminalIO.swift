/// What the runners need from a terminal, so tests can script bytes in and read frames out
/// (Noora's `Terminaling`, console-kit's `Console`).
public protocol TerminalIO: AnyObject {
  /// Writes text as is.
  func write(_ text: String)
  /// Reads one byte, waiting at most `timeout` milliseconds (nil: until one comes).
  ///
  /// - Returns: The byte, ``ReadResult/timeout``, ``ReadResult/endOfInput`` or
  ///   ``ReadResult/interrupted`` (a signal arrived).
  func readByte(timeout: Int?) -> ReadResult
  /// Reads one line without its newline; nil at the end of input.
  func readLine() -> String?
  /// Columns and rows.
  var size: (width: Int, height: Int) { get }
}

/// The outcome of ``TerminalIO/readByte(timeout:)``.
public enum ReadResult: Sendable, Hashable {
  case byte(UInt8)
  case timeout
  case endOfInput
  case interrupted
}
