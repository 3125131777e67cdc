/// How many files share something, with the first few of them, to name in messages.
public struct FileSample: Sendable, Hashable {
  /// How many paths are kept as examples.
  public static let kept = 3

  /// How many files.
  public var count = 0
  /// The first ``kept`` paths added (or as many as the sample was made to keep).
  public var examples: [String] = []
  /// How many paths this sample keeps.
  private var keeping = kept

  /// No files yet.
  public init() {}

  /// No files yet, keeping the first `keeping` paths as examples.
  public init(keeping: Int) {
    self.keeping = keeping
  }

  /// Counts one more file.
  public mutating func add(_ path: String) {
    count += 1
    if examples.count < keeping { examples.append(path) }
  }

  /// Counts the files of `other` after these.
  public mutating func merge(_ other: FileSample) {
    count += other.count
    examples += other.examples.prefix(max(0, keeping - examples.count))
  }

  /// `'a.yaml'`, `2 files: 'a.yaml', 'b.yaml'` or `12 files, e.g. 'a.yaml', 'b.yaml', 'c.yaml'`.
  public var description: String {
    let names = examples.map { "'\(PrintableText.name($0))'" }.joined(separator: ", ")
    if count == 1 { return names }
    return count > examples.count ? "\(count) files, e.g. \(names)" : "\(count) files: \(names)"
  }
}
