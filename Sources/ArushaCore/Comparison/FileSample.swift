/// How many files share something, with the first few of them, to name in messages.
public struct FileSample: Sendable, Hashable {
  /// How many paths are kept as examples.
  public static let kept = 3

  /// How many files.
  public var count = 0
  /// The first ``kept`` paths added.
  public var examples: [String] = []

  /// No files yet.
  public init() {}

  /// Counts one more file.
  public mutating func add(_ path: String) {
    count += 1
    if examples.count < Self.kept { examples.append(path) }
  }

  /// Counts the files of `other` after these.
  public mutating func merge(_ other: FileSample) {
    count += other.count
    examples += other.examples.prefix(Self.kept - examples.count)
  }

  /// `'a.yaml'`, `2 files: 'a.yaml', 'b.yaml'` or `12 files, e.g. 'a.yaml', 'b.yaml', 'c.yaml'`.
  public var description: String {
    let names = examples.map { "'\($0)'" }.joined(separator: ", ")
    if count == 1 { return names }
    return count > examples.count ? "\(count) files, e.g. \(names)" : "\(count) files: \(names)"
  }
}
