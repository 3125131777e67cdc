// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "arusha",
  products: [
    .executable(name: "arusha", targets: ["arusha"]),
    // A static library of the loader, the validator and the workbook reader, so a libFuzzer
    // entry point can link against instrumented code (see Fuzz/README.md).
    .library(name: "ArushaFuzzable", type: .static, targets: ["ArushaCore", "ArushaFiles"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    // The ZIP container of Excel workbooks (README, "Dependencies").
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .target(name: "ArushaYAML", dependencies: ["CLibYAML"], exclude: ["README.md"]),
    .target(
      name: "ArushaCore",
      dependencies: ["ArushaYAML", .product(name: "Crypto", package: "swift-crypto")],
      exclude: ["README.md"]
    ),
    .target(name: "ArushaQuestionnaires", exclude: ["README.md"]),
    // Terminal text below the two peers that print it: style, display width, wrapping, and
    // the one catalogue of the tool's words.
    .target(name: "ArushaText", dependencies: ["ArushaCore"], exclude: ["README.md"]),
    // Three peers above Core; none imports another.
    .target(
      name: "ArushaFiles",
      dependencies: [
        "ArushaCore", "ArushaYAML", "ArushaQuestionnaires",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["README.md"]
    ),
    .target(
      name: "ArushaReports", dependencies: ["ArushaCore", "ArushaYAML", "ArushaText"],
      exclude: ["README.md"]),
    .target(
      name: "ArushaTerminal", dependencies: ["ArushaCore", "ArushaText"], exclude: ["README.md"]
    ),
    // The application layer: what each command does, over the three peers.
    .target(
      name: "ArushaApp",
      dependencies: [
        "ArushaCore", "ArushaYAML", "ArushaText", "ArushaFiles", "ArushaReports",
        "ArushaTerminal", "ArushaQuestionnaires",
      ],
      exclude: ["README.md"]
    ),
    .executableTarget(
      name: "arusha",
      dependencies: [
        "ArushaApp", "ArushaCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["README.md"]
    ),
    .target(
      name: "ArushaTestSupport", dependencies: ["ArushaCore", "ArushaYAML", "ArushaApp"],
      path: "Tests/ArushaTestSupport"),
    .testTarget(
      name: "ArushaYAMLTests", dependencies: ["ArushaYAML", "ArushaTestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ArushaCoreTests",
      dependencies: ["ArushaCore", "ArushaTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "ArushaReportsTests",
      dependencies: [
        "ArushaReports", "ArushaText", "ArushaFiles", "ArushaQuestionnaires", "ArushaTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "ArushaTerminalTests",
      dependencies: ["ArushaTerminal", "ArushaText", "ArushaApp", "ArushaFiles", "ArushaTestSupport"]
    ),
    .testTarget(
      name: "ArushaFilesTests",
      dependencies: ["ArushaFiles", "ArushaCore", "ArushaQuestionnaires", "ArushaTestSupport"]),
    .testTarget(name: "ArushaTextTests", dependencies: ["ArushaText", "ArushaCore"]),
    .testTarget(name: "ArushaCLITests", dependencies: ["arusha", "ArushaTestSupport"]),
  ]
)
