import Foundation

/// Paths the tests need: the package root, the built binary, the bundled data.
enum TestPaths {
    /// The package root (the folder holding Package.swift).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The `dlde-export` binary that `swift test` built beside the tests.
    static let binary: URL = {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("dlde-export"),
            bundle.appendingPathComponent("dlde-export"),
            root.appendingPathComponent(".build/debug/dlde-export"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    /// The `dlde-synth` generator, built beside `dlde-export` by `swift build`.
    static let synth: URL = binary.deletingLastPathComponent().appendingPathComponent("dlde-synth")

    static let bundledWorkshop = root.appendingPathComponent("data/dlde-2021")

    /// The tests' Python, with the consumers `make test` installs.
    static let python = root.appendingPathComponent(".venv/bin/python")
}
