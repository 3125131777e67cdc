import ArushaYAML

/// Reads one line of an allowed signers file, as OpenSSH's `sshsig.c` does, strictly: a
/// malformed line is one ``Finding`` at its line and column.
struct AllowedSignersLine {
  /// A malformed line: its one error.
  struct Finding: Error {
    var diagnostic: Diagnostic
  }

  /// Every key type OpenSSH reads in a key line (sshkey.c), certificates included.
  static let keyTypes: Set<String> = [
    "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    "ssh-ed25519-cert-v01@openssh.com", "ssh-rsa-cert-v01@openssh.com",
    "ssh-dss-cert-v01@openssh.com", "ecdsa-sha2-nistp256-cert-v01@openssh.com",
    "ecdsa-sha2-nistp384-cert-v01@openssh.com", "ecdsa-sha2-nistp521-cert-v01@openssh.com",
    "sk-ssh-ed25519-cert-v01@openssh.com", "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
  ]

  private let bytes: [UInt8]
  private let number: Int
  private var scalars: [Unicode.Scalar] = []
  private var index = 0

  /// A reader of the line `bytes` (without its line end), line `number` (1-based).
  init(_ bytes: [UInt8], line number: Int) {
    self.bytes = bytes
    self.number = number
  }

  /// The line's entry; nil for a blank or comment line.
  mutating func entry() throws(Finding) -> AllowedSigners.Entry? {
    guard let text = String(validating: bytes, as: UTF8.self), !text.unicodeScalars.contains("\0")
    else { throw fail(.allowedSignersNotText, column: 1) }
    scalars = Array(text.unicodeScalars)
    skipSpace()
    guard let first = peek, first != "#" else { return nil }
    let principalsColumn = column
    let principalsText = try principals()
    skipSpace()
    guard !isAtEnd else { throw fail(.allowedSignersMissingKey, column: column) }
    var options = Options()
    var optionsColumn: Int?
    let wordColumn = column
    var type = word()
    if !Self.keyTypes.contains(type) {
      if Self.keyTypes.contains(principalsText), Base64.decode(type.utf8) != nil {
        throw fail(.allowedSignersNoPrincipals, column: principalsColumn)
      }
      index = wordColumn - 1
      optionsColumn = wordColumn
      options = try self.options()
      skipSpace()
      guard !isAtEnd else { throw fail(.allowedSignersMissingKey, column: column) }
      let typeColumn = column
      type = word()
      guard Self.keyTypes.contains(type) else {
        throw fail(.allowedSignersUnknownKeyType(type), column: typeColumn)
      }
    }
    skipSpace()
    let keyColumn = column
    guard !isAtEnd else { throw fail(.allowedSignersMissingKeyData(type), column: column) }
    let key = try self.key(type: type, text: word(), column: keyColumn)
    let principals = principalsText.split(separator: ",", omittingEmptySubsequences: false).map(
      String.init)
    guard !principals.contains(where: \.isEmpty) else {
      throw fail(.allowedSignersEmptyPrincipal, column: principalsColumn)
    }
    return AllowedSigners.Entry(
      line: number, principals: principals, keyType: type, key: key,
      certificateAuthority: options.certificateAuthority, namespaces: options.namespaces,
      validAfter: options.validAfter, validBefore: options.validBefore,
      optionsColumn: optionsColumn)
  }

  // MARK: Fields

  /// The principals field: up to a space, or a double-quoted text.
  private mutating func principals() throws(Finding) -> String {
    let start = column
    if peek == "\"" {
      index += 1
      var text = ""
      while let scalar = peek, scalar != "\"" {
        text.unicodeScalars.append(scalar)
        index += 1
      }
      guard !isAtEnd else { throw fail(.allowedSignersUnclosedQuote, column: start) }
      index += 1
      guard isAtEnd || isSpace(peek) else { throw fail(.allowedSignersStrayQuote, column: column) }
      guard !text.isEmpty else { throw fail(.allowedSignersEmptyPrincipal, column: start) }
      return text
    }
    var text = ""
    while let scalar = peek, !isSpace(scalar) {
      if scalar == "\"" { throw fail(.allowedSignersStrayQuote, column: column) }
      text.unicodeScalars.append(scalar)
      index += 1
    }
    return text
  }

  /// The options, as `sshsigopt_parse` reads them: comma-separated, each name
  /// case-insensitive, each value in double quotes (`\"` inside stands for a quote).
  private struct Options {
    var certificateAuthority = false
    var namespaces: String?
    var validAfter: AllowedSigners.Time?
    var validBefore: AllowedSigners.Time?
  }

  private mutating func options() throws(Finding) -> Options {
    var options = Options()
    var afterColumn = 0
    while true {
      let nameColumn = column
      var name = ""
      while let scalar = peek, !isSpace(scalar), scalar != "=", scalar != ",", scalar != "\"" {
        name.unicodeScalars.append(scalar)
        index += 1
      }
      let key = name.lowercased()
      if key == "cert-authority", peek != "=" {
        options.certificateAuthority = true
      } else if ["namespaces", "valid-after", "valid-before"].contains(key), peek == "=" {
        index += 1
        let valueColumn = column
        let value = try quoted(name)
        switch key {
        case "namespaces":
          guard options.namespaces == nil else {
            throw fail(.allowedSignersRepeatedOption(key), column: nameColumn)
          }
          options.namespaces = value
        default:
          guard let time = AllowedSigners.Time(value) else {
            throw fail(.allowedSignersBadTime(key, value), column: valueColumn)
          }
          if key == "valid-after" {
            guard options.validAfter == nil else {
              throw fail(.allowedSignersRepeatedOption(key), column: nameColumn)
            }
            options.validAfter = time
            afterColumn = nameColumn
          } else {
            guard options.validBefore == nil else {
              throw fail(.allowedSignersRepeatedOption(key), column: nameColumn)
            }
            options.validBefore = time
          }
        }
      } else {
        throw fail(.allowedSignersUnknownOption(name), column: nameColumn)
      }
      if isAtEnd || isSpace(peek) { break }
      guard peek == "," else { throw fail(.allowedSignersUnknownOption(name), column: nameColumn) }
      index += 1
      if isAtEnd || isSpace(peek) { throw fail(.allowedSignersMissingOption, column: column) }
    }
    // As `ssh-keygen` refuses them; a UTC and a local time are left to the check at verification.
    if let after = options.validAfter, let before = options.validBefore, after.utc == before.utc,
      before.seconds(.utc(0)) <= after.seconds(.utc(0))
    {
      throw fail(.allowedSignersTimesReversed, column: afterColumn)
    }
    return options
  }

  /// A double-quoted option value.
  private mutating func quoted(_ name: String) throws(Finding) -> String {
    let start = column
    guard peek == "\"" else { throw fail(.allowedSignersUnquotedValue(name), column: start) }
    index += 1
    var value = ""
    while let scalar = peek, scalar != "\"" {
      if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == "\"" { index += 1 }
      value.unicodeScalars.append(scalars[index])
      index += 1
    }
    guard !isAtEnd else { throw fail(.allowedSignersUnclosedQuote, column: start) }
    index += 1
    return value
  }

  /// The base64 key after its type: an Ed25519 key read whole, another type only checked.
  private func key(type: String, text: String, column keyColumn: Int) throws(Finding)
    -> Ed25519PublicKey?
  {
    guard let blob = Base64.decode(text.utf8) else {
      throw fail(.allowedSignersKeyNotBase64, column: keyColumn)
    }
    do throws(SSHFormatError) {
      if type == Ed25519PublicKey.keyType { return try Ed25519PublicKey(blob: blob) }
      var reader = SSHWireReader(blob)
      let inner = try reader.text("the key type")
      guard inner == type else { throw .typeMismatch(type, found: inner) }
      return nil
    } catch {
      throw fail(.allowedSignersBadKey(type, error.description), column: keyColumn)
    }
  }

  // MARK: Scanning

  private var isAtEnd: Bool { index >= scalars.count }
  private var peek: Unicode.Scalar? { isAtEnd ? nil : scalars[index] }
  /// The column of the next scalar, 1-based.
  private var column: Int { index + 1 }

  private func isSpace(_ scalar: Unicode.Scalar?) -> Bool { scalar == " " || scalar == "\t" }

  private mutating func skipSpace() {
    while isSpace(peek) { index += 1 }
  }

  /// The text up to the next space.
  private mutating func word() -> String {
    var text = ""
    while let scalar = peek, !isSpace(scalar) {
      text.unicodeScalars.append(scalar)
      index += 1
    }
    return text
  }

  private func fail(_ message: Diagnostic.Message, column: Int) -> Finding {
    Finding(diagnostic: .error(message, at: SourceMark(line: number, column: column)))
  }
}
