// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dlde-export",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dlde-export", targets: ["dlde-export"]),
        .library(name: "DLDEExport", targets: ["DLDEExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // glibc malloc: its statistics (DLDE_TIMING) and settings.
        .target(name: "CMalloc"),
        // The C library's memmem, which Swift's Glibc module does not show.
        .target(name: "CByteSearch"),
        .target(
            name: "DLDEExport",
            dependencies: [
                "CCmarkGFM",
                "CMalloc",
                "CByteSearch",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "dlde-export",
            dependencies: [
                "DLDEExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dlde-synth",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dlde-fuzz",
            dependencies: ["DLDEExport"]
        ),
        .testTarget(
            name: "DLDEExportTests",
            dependencies: [
                "DLDEExport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // Yams' own composer: what the YAML reader on libyaml's events is compared with.
                .product(name: "Yams", package: "Yams"),
                // The renderer dlde-export used before its own: the
                // differential test compares the two.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
