import ArushaText
import Testing

@testable import ArushaReports

/// The sheet writer's digits and widths are what the strings it replaced gave (issue 29).
@Suite struct WorkbookWritingTests {
  @Test(arguments: [0, 1, 9, 10, 99, 100, 12_345, -1, -10, -987_654_321, Int.max, Int.min])
  func decimalsAsStringWritesThem(_ value: Int) {
    var bytes: [UInt8] = Array("x".utf8)
    Workbook.Sheet.RowWriter.appendDecimal(value, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
  }

  @Test func figureWidthsAreTheFixedTextsLengths() {
    let values: [Double] = [
      0, -0.0, -0.04, -0.05, 0.05, 9.95, 99.95, 100, 1234.56, -61.3, 1e14, 1e15, -1e16, .nan,
      .infinity, 1e-10, -1e-10, 999_999_999_999_999.9,
    ]
    for value in values {
      #expect(Workbook.Sheet.fixedCount(value) == fixed(value, digits: 1).count, "\(value)")
    }
  }
}
