/// Base64 (RFC 4648, the standard alphabet with `=` padding), strict when decoding.
///
/// OpenSSH writes keys and signatures in it; arusha reads only what a conforming encoder
/// writes: the 64 letters, padding only at the end, a length that is a multiple of four, and
/// unused bits that are zero. Anything else is not base64 here (no whitespace is skipped:
/// the callers split lines first).
public enum Base64 {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// The base64 text of `bytes`, padded, on one line.
  public static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let first = bytes[index]
      let second = index + 1 < bytes.count ? bytes[index + 1] : 0
      let third = index + 2 < bytes.count ? bytes[index + 2] : 0
      output.append(alphabet[Int(first >> 2)])
      output.append(alphabet[Int((first & 0x03) << 4 | second >> 4)])
      output.append(
        index + 1 < bytes.count
          ? alphabet[Int((second & 0x0F) << 2 | third >> 6)] : UInt8(ascii: "="))
      output.append(index + 2 < bytes.count ? alphabet[Int(third & 0x3F)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The bytes that `text` encodes, or nil when it is not strict base64.
  public static func decode(_ text: some Sequence<UInt8>) -> [UInt8]? {
    let input = Array(text)
    guard input.count % 4 == 0 else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(input.count / 4 * 3)
    var index = 0
    while index < input.count {
      let isLast = index + 4 == input.count
      var values: [UInt8] = []
      var padding = 0
      for offset in 0..<4 {
        let character = input[index + offset]
        if character == UInt8(ascii: "=") {
          // Padding only in the last group's last two places, and nothing but padding after it.
          guard isLast, offset >= 2 else { return nil }
          padding += 1
          continue
        }
        guard padding == 0, let value = value(of: character) else { return nil }
        values.append(value)
      }
      output.append(values[0] << 2 | values[1] >> 4)
      switch padding {
      case 0:
        output.append((values[1] & 0x0F) << 4 | values[2] >> 2)
        output.append((values[2] & 0x03) << 6 | values[3])
      case 1:
        guard values[2] & 0x03 == 0 else { return nil }
        output.append((values[1] & 0x0F) << 4 | values[2] >> 2)
      default:
        guard values[1] & 0x0F == 0 else { return nil }
      }
      index += 4
    }
    return output
  }

  private static func value(of character: UInt8) -> UInt8? {
    switch character {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return character - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return character - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return character - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"): return 62
    case UInt8(ascii: "/"): return 63
    default: return nil
    }
  }
}
