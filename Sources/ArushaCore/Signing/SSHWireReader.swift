/// A strict reader of the SSH wire encoding (RFC 4251, section 5): `uint32` big-endian, and
/// `string` as a `uint32` length then that many bytes.
///
/// Every read is bounds-checked: data that ends too early is ``SSHFormatError/truncated(_:)``,
/// never a trap, and ``expectEnd(after:)`` refuses bytes left over. Each read names the field
/// it reads ("the namespace"), so that an error says where the data is wrong.
public struct SSHWireReader: Sendable {
  /// The bytes read.
  public let bytes: [UInt8]
  /// The offset of the next byte to read, 0-based.
  public private(set) var offset = 0

  /// A reader at the start of `bytes`.
  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The number of bytes not read yet.
  public var remaining: Int { bytes.count - offset }

  /// Whether every byte has been read.
  public var isAtEnd: Bool { offset == bytes.count }

  /// The next `count` bytes as they are.
  ///
  /// - Parameters:
  ///   - count: How many bytes.
  ///   - field: What they are, for the error.
  /// - Returns: The bytes.
  /// - Throws: ``SSHFormatError/truncated(_:)`` when fewer bytes remain.
  public mutating func raw(_ count: Int, _ field: String) throws(SSHFormatError) -> [UInt8] {
    guard count >= 0, count <= remaining else { throw .truncated(field) }
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  /// The next `uint32`, big-endian.
  ///
  /// - Parameter field: What it is, for the error.
  /// - Returns: The number.
  /// - Throws: ``SSHFormatError/truncated(_:)`` when fewer than 4 bytes remain.
  public mutating func uint32(_ field: String) throws(SSHFormatError) -> UInt32 {
    let four = try raw(4, field)
    return four.reduce(0) { $0 << 8 | UInt32($1) }
  }

  /// The next `string`: its bytes, without the length.
  ///
  /// - Parameter field: What it is, for the error.
  /// - Returns: The bytes.
  /// - Throws: ``SSHFormatError/truncated(_:)`` when the length or the bytes run past the end.
  public mutating func string(_ field: String) throws(SSHFormatError) -> [UInt8] {
    let length = try uint32(field)
    return try raw(Int(length), field)
  }

  /// The next `string` as text: UTF-8 without a NUL (OpenSSH's `cstring`).
  ///
  /// - Parameter field: What it is, for the error.
  /// - Returns: The text.
  /// - Throws: ``SSHFormatError/truncated(_:)``, or ``SSHFormatError/notText(_:)`` when the
  ///   bytes are not UTF-8 or hold a NUL.
  public mutating func text(_ field: String) throws(SSHFormatError) -> String {
    let value = try string(field)
    guard !value.contains(0), let text = String(validating: value, as: UTF8.self) else {
      throw .notText(field)
    }
    return text
  }

  /// Checks that every byte has been read.
  ///
  /// - Parameter field: What was read last, for the error.
  /// - Throws: ``SSHFormatError/trailingBytes(_:after:)`` when bytes are left.
  public func expectEnd(after field: String) throws(SSHFormatError) {
    guard isAtEnd else { throw .trailingBytes(remaining, after: field) }
  }
}
