import Foundation

/// Runs `dlde-export site` (and `json`, the model the checks compare with)
/// for the tests and keeps the output folder.
struct SiteRun {
    let folder = TemporaryFolder()
    let result: RunResult

    static let hostile = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/site-hostile").path
    static let programHostile = ProgramRun.hostile
    static let daylightSaving = ProgramRun.daylightSaving
    static let bundled = TestPaths.bundledWorkshop.path

    init(workshop: String, command: String = "site", extra: [String] = []) {
        let output = folder.url.appendingPathComponent("out").path
        result = Run.tool([command, "--workshop", workshop, "--output", output] + extra, in: TestPaths.root.path)
        if result.status == 0 {
            _ = Run.tool(["json", "--workshop", workshop, "--output", output], in: TestPaths.root.path)
        }
        // linkchecker, run as root, reads the files as `nobody`.
        _ = Run.program("chmod", ["-R", "a+rX", folder.path])
    }

    var output: URL { folder.url.appendingPathComponent("out") }
    var site: String { output.appendingPathComponent("site").path }
    var workshopJSON: String { output.appendingPathComponent("workshop.json").path }
    func path(_ name: String) -> String { output.appendingPathComponent("site/" + name).path }
    func text(_ name: String) -> String { folder.read("out/site/" + name) ?? "" }

    /// Rewrites the site's file `name` with each pair's text replaced (to
    /// show that a check can fail).
    func edit(_ name: String, replacing pairs: [(String, String)]) throws {
        var text = try String(contentsOfFile: path(name), encoding: .utf8)
        for (old, new) in pairs { text = text.replacingOccurrences(of: old, with: new) }
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    /// Every HTML file of the site, relative to it.
    var pages: [String] {
        folder.snapshot("out/site").keys.filter { $0.hasSuffix(".html") }.sorted()
    }

    /// tests/<script> run by the tests' Python.
    static func python(_ script: String, _ arguments: [String]) -> RunResult {
        Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/" + script).path] + arguments)
    }
}
