/// Breaks `text` into lines of at most `width` columns at spaces.
///
/// ANSI escape sequences take no column. Continuation lines start with `indent`.
public func wrapText(_ text: String, width: Int, indent: String = "") -> [String] {
  var lines: [String] = []
  var current = ""
  var currentWidth = 0
  var started = false
  for word in text.split(separator: " ", omittingEmptySubsequences: false) {
    let wordWidth = displayWidth(word)
    if !started {
      current = String(word)
      currentWidth = wordWidth
      started = true
    } else if currentWidth + 1 + wordWidth > width {
      lines.append(current)
      current = indent + word
      currentWidth = indent.count + wordWidth
    } else {
      current += " " + word
      currentWidth += 1 + wordWidth
    }
  }
  lines.append(current)
  return lines
}

/// The columns `text` takes on a terminal: escape sequences (`ESC [ … letter`) and combining
/// marks take none.
public func displayWidth(_ text: some StringProtocol) -> Int {
  var width = 0
  var inEscape = false
  for scalar in text.unicodeScalars {
    if inEscape {
      if ("@"..."~").contains(scalar), scalar != "[" { inEscape = false }
      continue
    }
    if scalar == "\u{1B}" {
      inEscape = true
      continue
    }
    if scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{FE0F}" { continue }
    width += 1
  }
  return width
}
