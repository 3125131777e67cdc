import ArushaCore

/// Turns the bytes a terminal sends into ``Key``s, one byte at a time; pure, so it is tested
/// on byte arrays.
///
/// Handles `ESC [ A–D` and `ESC O A–D` (application mode), Home/End as `ESC [ H`/`F`,
/// `ESC [ 1~`/`4~`, `ESC [ 7~`/`8~`, paging `ESC [ 5~`/`6~`, Delete `ESC [ 3~`, Shift-Tab
/// `ESC [ Z`, `\r` and `\n` as Enter, 0x7F and 0x08 as Backspace, and UTF-8 characters.
/// A lone ESC is reported by ``flush()`` once the caller has waited briefly for more bytes.
/// Ctrl-U is ``Key/clearLine``, Ctrl-Z (0x1A) ``Key/suspend``, and a bracketed paste
/// (`ESC [ 200~ … ESC [ 201~`) is one ``Key/paste(_:)``, however many reads it comes in.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []
  /// The bytes of the paste being read; nil outside a paste.
  private var paste: [UInt8]?
  /// How many bytes of the end marker `ESC [ 201~` were seen last.
  private var pasteEndMatched = 0
  /// Whether the paste went past ``maximumPasteBytes`` (the rest is dropped).
  private var pasteTruncated = false
  /// The end of a bracketed paste.
  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  /// The most bytes a paste keeps: four per character of the longest text a response keeps
  /// (``ResponseLimits/textLength``); what comes after is dropped.
  public static let maximumPasteBytes = 4 * ResponseLimits.textLength

  /// Creates a decoder.
  public init() {}

  /// Whether bytes of an unfinished sequence are waiting (the caller then waits ~30 ms for
  /// more before calling ``flush()``); a paste waits for its end marker however long it takes.
  public var isPending: Bool { !pending.isEmpty && paste == nil }

  /// Feeds one byte; returns a key when one is complete.
  public mutating func feed(_ byte: UInt8) -> Key? {
    if paste != nil { return feedPaste(byte) }
    if pending.isEmpty {
      switch byte {
      case 0x1B:
        pending = [byte]
        return nil
      case 0x0D, 0x0A: return .enter
      case 0x09: return .tab
      case 0x7F, 0x08: return .backspace
      case 0x04: return .endOfInput
      case 0x15: return .clearLine
      case 0x1A: return .suspend
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
  ///
  /// Inside a paste it does nothing: the paste ends only with its end marker.
  public mutating func flush() -> Key? {
    if paste != nil { return nil }
    defer { pending = [] }
    return pending == [0x1B] ? .escape : nil
  }

  /// One byte inside a paste: kept (up to ``maximumPasteBytes``) until `ESC [ 201~`.
  private mutating func feedPaste(_ byte: UInt8) -> Key? {
    let end = Self.pasteEnd
    if byte == end[pasteEndMatched] {
      pasteEndMatched += 1
      guard pasteEndMatched == end.count else { return nil }
      var bytes = paste ?? []
      paste = nil
      pasteEndMatched = 0
      if pasteTruncated {
        // Cut inside a character: drop its first bytes rather than show U+FFFD.
        while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
        if let last = bytes.last, last >= 0xC0 { bytes.removeLast() }
      }
      pasteTruncated = false
      return .paste(String(decoding: bytes, as: UTF8.self))
    }
    // Not the end marker after all: what matched of it is pasted text. ESC only opens the
    // marker, so a mismatch can only restart it with this byte.
    let matched = end[..<pasteEndMatched]
    pasteEndMatched = 0
    keepPasted(matched)
    if byte == end[0] {
      pasteEndMatched = 1
    } else {
      keepPasted([byte])
    }
    return nil
  }

  private mutating func keepPasted<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    guard !bytes.isEmpty, var kept = paste else { return }
    paste = nil  // no copy on write while appending
    let room = Self.maximumPasteBytes - kept.count
    if bytes.count > room { pasteTruncated = true }
    kept += bytes.prefix(max(0, room))
    paste = kept
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
    case (UInt8(ascii: "~"), "200"):
      paste = []
      pasteEndMatched = 0
      pasteTruncated = false
      return nil
    default: return nil
    }
  }
}
