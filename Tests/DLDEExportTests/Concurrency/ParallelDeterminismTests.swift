import Foundation
import Testing

/// Outputs are byte-identical from run to run at a size where papers are
/// read on every core (cmark-gfm's global special-character table once made
/// autolinks vanish at random there: see `CMarkParseLock`).
@Suite("Determinism at scale", .serialized)
struct ParallelDeterminismTests {
    static let paperCount = 1000
    static let bareURLPercent = 60

    /// A 1,000-paper workshop from `dlde-synth`, 60 % of whose abstracts end
    /// with a bare URL.
    let workshop: TemporaryFolder

    init() throws {
        workshop = TemporaryFolder()
        let made = Run.program(TestPaths.synth.path, [
            "--papers", "\(Self.paperCount)", "--bare-url-percent", "\(Self.bareURLPercent)", "--output", workshop.path,
        ])
        try #require(made.status == 0, "dlde-synth failed: \(made.stderr)")
    }

    /// The ids of the bare URLs at the end of the workshop's abstracts, as
    /// `papers.yaml` holds them.
    func bareURLs() throws -> Set<String> {
        let papers = try String(contentsOfFile: workshop.url.appendingPathComponent("papers.yaml").path, encoding: .utf8)
        return Set(papers.matches(of: /Code: (https:\/\/github\.com\/example\/repo_[0-9]+)/).map { String($0.output.1) })
    }

    @Test func threeRunsOfAllAreByteIdenticalAndEveryBareURLIsALink() throws {
        let expected = try bareURLs()
        #expect(expected.count > Self.paperCount / 2, "the generator made \(expected.count) bare URLs")
        let out = TemporaryFolder()
        var snapshots: [[String: Data]] = []
        for run in 1...3 {
            let result = Run.tool(["all", "--workshop", workshop.path, "--output", out.url.appendingPathComponent("run\(run)").path])
            try #require(result.status == 0, "run \(run): \(result.stderr)")
            snapshots.append(out.snapshot("run\(run)"))
        }
        #expect(!snapshots[0].isEmpty)
        for run in 1..<3 {
            #expect(snapshots[run].keys.sorted() == snapshots[0].keys.sorted())
            for (name, bytes) in snapshots[0] where snapshots[run][name] != bytes {
                Issue.record("\(name) differs between run 1 and run \(run + 1)")
            }
        }
        let html = String(decoding: snapshots[0]["program.html"] ?? Data(), as: UTF8.self)
        let linked = Set(html.matches(of: /<a href="(https:\/\/github\.com\/example\/repo_[0-9]+)"/).map { String($0.output.1) })
        let unlinked = expected.subtracting(linked)
        #expect(unlinked.isEmpty && linked.count == expected.count,
                "\(unlinked.count) of \(expected.count) bare URLs are not links in program.html, e.g. \(unlinked.sorted().prefix(3))")
        let latex = String(decoding: snapshots[0]["program.tex"] ?? Data(), as: UTF8.self)
        // An autolink is `\href{URL}{URL with break points}` in the booklet's LaTeX.
        let latexLinked = Set(latex.matches(of: /\\href\{(https:\/\/github\.com\/example\/repo_[0-9]+)\}/).map { String($0.output.1) })
        let unlinkedInLaTeX = expected.subtracting(latexLinked)
        #expect(unlinkedInLaTeX.isEmpty && latexLinked.count == expected.count,
                "\(unlinkedInLaTeX.count) of \(expected.count) bare URLs are not links in program.tex, e.g. \(unlinkedInLaTeX.sorted().prefix(3))")
    }

    /// A run killed with SIGKILL while it stages its files, then a normal
    /// run: no hidden temporary is left in the output folder.
    @Test func aRunAfterAKilledRunLeavesNoTemporaries() throws {
        let out = TemporaryFolder()
        var leftBehind: [String] = []
        // The kill has to land while files are staged: try a few times.
        for _ in 1...5 where leftBehind.isEmpty {
            let process = Process()
            process.executableURL = TestPaths.binary
            process.arguments = ["all", "--workshop", workshop.path, "--output", out.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            while process.isRunning, Self.hiddenFiles(in: out.path).isEmpty { usleep(1_000) }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            leftBehind = Self.hiddenFiles(in: out.path)
        }
        try #require(!leftBehind.isEmpty, "no kill landed while files were staged")
        let result = Run.tool(["all", "--workshop", workshop.path, "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.hiddenFiles(in: out.path) == [])
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("program.html").path))
    }

    /// The hidden files below `folder`, relative to it.
    static func hiddenFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        return enumerator.compactMap { $0 as? String }
            .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
            .sorted()
    }
}
