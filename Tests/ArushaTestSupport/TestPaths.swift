import Foundation

/// Paths a test needs: the package root and the built binaries (nothing outside the package).
public enum TestPaths {
  /// The package's root folder, found from this file's path.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `Questionnaires/` folder.
  public static let questionnaires: URL = packageRoot.appendingPathComponent("Questionnaires")

  /// The folder holding the test bundle, where SwiftPM also puts the `arusha` executable.
  public static let productsFolder: URL = {
    let exe =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    var url = URL(fileURLWithPath: exe).deletingLastPathComponent()
    // On Linux the runner is `<products>/arushaPackageTests.xctest`; step out of a bundle if any.
    while url.pathExtension == "xctest" || url.lastPathComponent == "Contents"
      || url.lastPathComponent == "MacOS"
    {
      url.deleteLastPathComponent()
    }
    return url
  }()

  /// The `arusha` executable the command-line and pty tests run: the one SwiftPM built beside
  /// the tests, or the one `ARUSHA_UNDER_TEST` names (to show that a new test fails on an
  /// older build: `ARUSHA_UNDER_TEST=/old/arusha swift test --skip-build --filter …`).
  public static let arusha: URL = {
    if let path = ProcessInfo.processInfo.environment["ARUSHA_UNDER_TEST"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return productsFolder.appendingPathComponent("arusha")
  }()

  /// The files `Questionnaires/*.yaml`, sorted.
  public static func questionnaireFiles() -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: questionnaires.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      questionnaires.appendingPathComponent($0)
    }
  }
}
