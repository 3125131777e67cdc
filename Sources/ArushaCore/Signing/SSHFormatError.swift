/// Why bytes are not a well-formed OpenSSH key or signature: the armor, the wire encoding or
/// a fixed field is wrong.
///
/// Every case is a finding about the data, never a crash: a reader meets it at the first
/// wrong byte. The words are in SigningMessages.swift (``description``).
public enum SSHFormatError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The data is empty.
  case empty
  /// The first line is not the armor's header (the header expected).
  case missingHeader(String)
  /// No line is the armor's footer (the footer expected): the file is cut short, or is not
  /// armored.
  case missingFooter(String)
  /// A line after the footer is not empty (the line, 1-based).
  case textAfterFooter(line: Int)
  /// A line between header and footer is not base64 (the line, 1-based).
  case badBase64(line: Int)
  /// The data ends inside a field (the field).
  case truncated(String)
  /// Bytes are left after the last field (how many, after which field).
  case trailingBytes(Int, after: String)
  /// A field that must be text is not UTF-8, or holds a NUL (the field).
  case notText(String)
  /// The data does not start with its format's magic (the magic expected).
  case badMagic(String)
  /// A version that arusha does not read.
  case unsupportedVersion(UInt32)
  /// A field has the wrong length (the field, the length expected, the length found).
  case badLength(String, expected: Int, found: Int)
  /// A key's type says one thing and the key inside another (said, found).
  case typeMismatch(String, found: String)
  /// A signature's namespace is empty (PROTOCOL.sshsig: it must not be).
  case emptyNamespace
}
