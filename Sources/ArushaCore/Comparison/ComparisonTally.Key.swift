extension ComparisonTally {
  /// A group: one administration in one round.
  ///
  /// Names are compared exactly, scalar by scalar: two spellings of a name (another Unicode
  /// form, another case, an invisible character) are two groups, which `compare` points out
  /// as probably the same administration (``AdministrationNames``) rather than merging them.
  public struct Key: Sendable, Hashable {
    /// The administration's name, as in the files.
    public var administration: String
    /// The round's label.
    public var round: String

    /// Creates a key.
    public init(administration: String, round: String) {
      self.administration = administration
      self.round = round
    }

    public static func == (left: Key, right: Key) -> Bool {
      left.administration.utf8.elementsEqual(right.administration.utf8)
        && left.round.utf8.elementsEqual(right.round.utf8)
    }

    public func hash(into hasher: inout Hasher) {
      // String's hash is that of its canonical form: equal bytes give equal hashes, which is
      // all that the stricter equality above needs.
      hasher.combine(administration)
      hasher.combine(round)
    }
  }
}
