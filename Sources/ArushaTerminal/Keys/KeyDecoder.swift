/// Turns the bytes a terminal sends into ``Key``s, one byte at a time; pure, so it is tested
/// on byte arrays.
///
/// Handles `ESC [ A–D` and `ESC O A–D` (application mode), Home/End as `ESC [ H`/`F`,
/// `ESC [ 1~`/`4~`, `ESC [ 7~`/`8~`, paging `ESC [ 5~`/`6~`, Delete `ESC [ 3~`, Shift-Tab
/// `ESC [ Z`, `\r` and `\n` as Enter, 0x7F and 0x08 as Backspace, and UTF-8 characters.
/// A lone ESC is reported by ``flush()`` once the caller has waited briefly for more bytes.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  /// Creates a decoder.
  public init() {}

  /// Whether bytes of an unfinished sequence are waiting (the caller then waits ~30 ms for
  /// more before calling ``flush()``).
  public var isPending: Bool { !pending.isEmpty }

  /// Feeds one byte; returns a key when one is complete.
  public mutating func feed(_ byte: UInt8) -> Key? {
    if pending.isEmpty {
      switch byte {
      case 0x1B:
        pending = [byte]
        return nil
      case 0x0D, 0x0A: return .enter
      case 0x09: return .tab
      case 0x7F, 0x08: return .backspace
      case 0x04: return .endOfInput
      case 0x00..<0x20: return nil
      case 0x20..<0x7F: return .character(Character(Unicode.Scalar(byte)))
      default:
        pending = [byte]
        return utf8Character()
      }
    }
    pending.append(byte)
    if pending[0] != 0x1B { return utf8Character() }
    return escapeSequence()
  }

  /// Ends an unfinished sequence: a lone ESC becomes ``Key/escape``; anything else is dropped.
  public mutating func flush() -> Key? {
    defer { pending = [] }
    return pending == [0x1B] ? .escape : nil
  }

  private mutating func utf8Character() -> Key? {
    let lead = pending[0]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    if length == 1 {
      pending = []
      return nil
    }
    guard pending.count >= length else { return nil }
    defer { pending = [] }
    let text = String(decoding: pending, as: UTF8.self)
    guard let character = text.first, text.count == 1, character != "\u{FFFD}" else { return nil }
    return .character(character)
  }

  private mutating func escapeSequence() -> Key? {
    guard pending.count >= 2 else { return nil }
    let introducer = pending[1]
    guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
      // ESC followed by something else: Escape, then that byte is lost on purpose (Alt-key).
      pending = []
      return .escape
    }
    guard pending.count >= 3, let last = pending.last else { return nil }
    // A CSI sequence ends with a byte in 0x40…0x7E; parameters are digits and ';'.
    if (0x30...0x3F).contains(last) {
      if pending.count > 8 { pending = [] }
      return nil
    }
    defer { pending = [] }
    let parameters = String(decoding: pending[2..<(pending.count - 1)], as: UTF8.self)
    switch (last, parameters) {
    case (UInt8(ascii: "A"), _): return .up
    case (UInt8(ascii: "B"), _): return .down
    case (UInt8(ascii: "C"), _): return .right
    case (UInt8(ascii: "D"), _): return .left
    case (UInt8(ascii: "H"), _): return .home
    case (UInt8(ascii: "F"), _): return .end
    case (UInt8(ascii: "Z"), _): return .backTab
    case (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): return .home
    case (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): return .end
    case (UInt8(ascii: "~"), "3"): return .delete
    case (UInt8(ascii: "~"), "5"): return .pageUp
    case (UInt8(ascii: "~"), "6"): return .pageDown
    default: return nil
    }
  }
}
