/// Positions for labels on one vertical line, each as near its point as it can be while no two
/// are closer than a line height (the end labels of a line chart).
///
/// Deterministic: labels are taken in the order of their wanted positions (ties in their given
/// order); labels that would overlap form a block centred on the mean of their wanted
/// positions, and blocks that then meet merge, until none overlaps. A block that would leave
/// the bounds is pushed back inside them; labels that cannot fit between the bounds run on
/// past the lower one.
enum LabelSpread {
  /// The position of each label, in the order of `wanted`.
  ///
  /// - Parameters:
  ///   - wanted: Where each label would stand (its point's y, px).
  ///   - gap: The least distance between two labels (a line height, px).
  ///   - top: The least position a label may take.
  ///   - bottom: The greatest position a label may take, unless they cannot all fit.
  /// - Returns: One position per label, at least `gap` apart once sorted.
  static func positions(_ wanted: [Double], gap: Double, top: Double, bottom: Double)
    -> [Double]
  {
    let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
    // Blocks of consecutive labels (in `order`): the first label's index, the count, the start.
    var blocks: [(first: Int, count: Int, start: Double)] = []
    func place(_ first: Int, _ count: Int) -> Double {
      let mean = order[first..<(first + count)].map { wanted[$0] }.reduce(0, +) / Double(count)
      let start = mean - gap * Double(count - 1) / 2
      let lowest = bottom - gap * Double(count - 1)
      return max(min(start, lowest), top)
    }
    for position in order.indices {
      blocks.append((position, 1, place(position, 1)))
      // Merge with the block above while the two overlap.
      while blocks.count > 1 {
        let last = blocks[blocks.count - 1]
        let previous = blocks[blocks.count - 2]
        guard previous.start + gap * Double(previous.count) > last.start + 1e-9 else { break }
        let count = previous.count + last.count
        blocks.removeLast(2)
        blocks.append((previous.first, count, place(previous.first, count)))
      }
    }
    var result = [Double](repeating: 0, count: wanted.count)
    for block in blocks {
      for offset in 0..<block.count {
        result[order[block.first + offset]] = block.start + gap * Double(offset)
      }
    }
    return result
  }
}
