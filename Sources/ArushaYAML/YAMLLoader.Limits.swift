extension YAMLLoader {
  /// Bounds that keep a hostile file from costing more than a moment.
  ///
  /// The defaults are far above what a questionnaire or response needs (the bundled
  /// questionnaire is about 100 KB, 8 levels deep and has no alias) and far below what
  /// would hurt: every limit is checked as events arrive, so a bad file fails early.
  public struct Limits: Sendable, Hashable {
    /// Largest accepted input, in bytes.
    public var maxBytes: Int
    /// Deepest accepted nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that alias expansion may add to the tree, in total.
    public var maxAliasExpansion: Int
    /// Most bytes of scalar text that alias expansion may add to the tree, in total: a small
    /// file whose fields all alias one long string would otherwise become a huge document
    /// (and a huge file when it is written back, or a huge report).
    public var maxAliasExpansionBytes: Int

    /// Creates limits; the defaults are 4 MiB, 64 levels, 100,000 expanded nodes and 1 MiB
    /// of expanded text.
    public init(
      maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxAliasExpansion: Int = 100_000,
      maxAliasExpansionBytes: Int = 1 << 20
    ) {
      self.maxBytes = maxBytes
      self.maxDepth = maxDepth
      self.maxAliasExpansion = maxAliasExpansion
      self.maxAliasExpansionBytes = maxAliasExpansionBytes
    }
  }
}
