extension AllowedSigners {
  /// One line of an allowed signers file that names a key.
  public struct Entry: Sendable, Hashable {
    /// The line, 1-based.
    public var line: Int
    /// The principal patterns, as written (`*@example.org`, `Niger Customs`).
    public var principals: [String]
    /// The key type named on the line (`ssh-ed25519`, `ssh-rsa`…).
    public var keyType: String
    /// The key, when it is an Ed25519 key (the only kind that arusha's signatures have).
    public var key: Ed25519PublicKey?
    /// Whether the line has `cert-authority` (it then allows nothing here).
    public var certificateAuthority: Bool
    /// The `namespaces` pattern list, when given.
    public var namespaces: String?
    /// The `valid-after` time, when given.
    public var validAfter: Time?
    /// The `valid-before` time, when given.
    public var validBefore: Time?
    /// The column where the options start, 1-based, when there are options.
    public var optionsColumn: Int?

    /// Creates an entry.
    public init(
      line: Int, principals: [String], keyType: String, key: Ed25519PublicKey?,
      certificateAuthority: Bool = false, namespaces: String? = nil, validAfter: Time? = nil,
      validBefore: Time? = nil, optionsColumn: Int? = nil
    ) {
      self.line = line
      self.principals = principals
      self.keyType = keyType
      self.key = key
      self.certificateAuthority = certificateAuthority
      self.namespaces = namespaces
      self.validAfter = validAfter
      self.validBefore = validBefore
      self.optionsColumn = optionsColumn
    }

    /// The principals as the line writes them, comma-separated: what `arusha verify` prints
    /// after "signed by", as `ssh-keygen -Y find-principals` does.
    public var principalsText: String { principals.joined(separator: ",") }
  }
}
