/// A writer of the SSH wire encoding (RFC 4251, section 5), the counterpart of
/// ``SSHWireReader``.
public struct SSHWireWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty writer.
  public init() {}

  /// Appends `raw` as it is.
  public mutating func raw(_ raw: [UInt8]) {
    bytes += raw
  }

  /// Appends a `uint32`, big-endian.
  public mutating func uint32(_ value: UInt32) {
    bytes += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF)]
    bytes.append(UInt8(value & 0xFF))
  }

  /// Appends a `string`: the length of `value`, then its bytes.
  public mutating func string(_ value: [UInt8]) {
    uint32(UInt32(value.count))
    bytes += value
  }

  /// Appends a `string` holding `text` in UTF-8.
  public mutating func string(_ text: String) {
    string(Array(text.utf8))
  }
}
