/// A response read whole that counts unless it is a copy (issue 22, kind 4): its summary with
/// what tells its copies apart.
public struct CountedResponse: Sendable, Hashable {
  /// One respondent of one administration in one round.
  ///
  /// What makes two files with different bytes one respondent's response. Names are compared
  /// byte for byte, as ``ComparisonTally/Key`` compares them.
  public struct Respondent: Sendable, Hashable {
    /// The administration, as in the file.
    public var administration: [UInt8]
    /// The round, as in the file.
    public var round: [UInt8]
    /// The role, as in the file; nil when the file has none.
    public var role: [UInt8]?
    /// The respondent's name, as in the file (never nil: unnamed respondents are never merged).
    public var name: [UInt8]

    /// The respondent of `response`; nil when it names none.
    public init?(_ response: Response) {
      guard let name = response.respondent else { return nil }
      administration = Array(response.administration.utf8)
      round = Array(response.round.utf8)
      role = response.role.map { Array($0.utf8) }
      self.name = Array(name.utf8)
    }
  }

  /// The file's path.
  public var path: String
  /// Its place in the order of the files (0, 1, …), for "ties: path order" and messages.
  public var order: Int
  /// SHA-256 of its bytes (32 bytes): equal for byte-identical copies.
  public var digest: [UInt8]
  /// Its respondent; nil when the file names none.
  public var respondent: Respondent?
  /// Its `updated` time (ISO 8601, UTC), nil when absent.
  public var updated: String?
  /// Its group and scores.
  public var summary: ResponseSummary
  /// Its signature problem, when signatures are checked and it has one; reported only when
  /// the response counts.
  public var signatureProblem: SignatureProblem?

  /// Creates a counted response.
  public init(
    path: String, order: Int, digest: [UInt8], response: Response, summary: ResponseSummary,
    signatureProblem: SignatureProblem? = nil
  ) {
    self.path = path
    self.order = order
    self.digest = digest
    self.respondent = Respondent(response)
    self.updated = response.updated
    self.summary = summary
    self.signatureProblem = signatureProblem
  }
}
