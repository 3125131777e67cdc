import ArushaReports
import Foundation
import Testing

/// The HTML pages printed by Chromium, as an expert prints them for a report.
///
/// Every column of the wide tables must be on paper. Skipped without `chromium` and `pdftotext` (too heavy for CI).
@Suite struct PrintedPageTests {
  /// Runs `arguments` through `/usr/bin/env`; its standard output as text.
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static let hasChromium: Bool =
    (try? run(["sh", "-c", "command -v chromium && command -v pdftotext && command -v pdfinfo"])
      .status) == 0

  /// From an expert's review: a ten-factor heatmap lost columns 9 and 10 on A4 portrait.
  ///
  /// The table scrolled sideways in a box the printer cut. A wide table now prints on
  /// landscape pages of its own, every column on the paper.
  @Test(.enabled(if: hasChromium)) func theWideTablesPrintEveryColumn() throws {
    let report = try ChartSeriesLimitTests.comparison(14, rounds: ["2020", "2024"])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arusha-print-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("compare.html")
    let pdf = folder.appendingPathComponent("compare.pdf")
    try Data(report.html().utf8).write(to: page)
    let printed = try Self.run([
      "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)",
      "--print-to-pdf=\(pdf.path)", page.path,
    ])
    #expect(printed.status == 0)
    let text = try Self.run(["pdftotext", "-layout", pdf.path, "-"]).output
    // The heatmap's header and the changes' header, each whole on one line.
    let headers = text.split(separator: "\n").filter {
      $0.contains("Administration") && $0.contains("Overall")
        && ($0.contains("Round") || $0.contains("From"))
    }
    #expect(headers.count >= 2, "\(text.prefix(2000))")
    for header in headers {
      let words = header.split(separator: " ")
      #expect(words.suffix(10) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], "\(header)")
    }
    let info = try Self.run(["pdfinfo", "-f", "1", "-l", "99", pdf.path]).output
    #expect(info.contains("841.92 x 594.96 pts"), "a landscape page for the wide tables")
    #expect(info.contains("594.96 x 841.92 pts"), "portrait for the rest")
  }
}
