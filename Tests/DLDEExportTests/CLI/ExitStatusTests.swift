import Foundation
import Testing
@testable import DLDEExport

/// Exit statuses of the command-line contract and all-or-nothing writing.
@Suite("Exit statuses and output writing")
struct ExitStatusTests {
    @Test func missingWorkshopFolderIs66() {
        let result = Run.tool(["check", "--workshop", "/nonexistent/workshop"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/workshop: error: workshop folder not found"))
    }

    @Test func missingPapersFileIs66() {
        let result = Run.tool(["check", "--workshop", TestPaths.bundledWorkshop.path, "--papers", "/nonexistent/papers.yaml"])
        #expect(result.status == 66)
    }

    @Test func badUsageIs64() {
        #expect(Run.tool(["check", "--no-such-option"]).status == 64)
        #expect(Run.tool(["no-such-command"]).status == 64)
        #expect(Run.tool(["all", "-o", "-", "--workshop", TestPaths.bundledWorkshop.path]).status == 64)
    }

    @Test func unwritableOutputIs73AndChangesNothing() throws {
        let folder = TemporaryFolder()
        // A file where the output folder should be: nothing can be written below it.
        folder.write("blocked", "not a folder\n")
        let result = Run.tool(["json", "--workshop", TestPaths.bundledWorkshop.path, "--output", folder.url.appendingPathComponent("blocked").path])
        #expect(result.status == 73, "\(result.stderr)")
        #expect(folder.read("blocked") == "not a folder\n")
    }

    @Test func writesReplaceOldFilesAndLeaveNoTemporaries() throws {
        let folder = TemporaryFolder()
        folder.write("out/workshop.json", "old\n")
        let result = Run.tool(["all", "--workshop", TestPaths.bundledWorkshop.path, "--output", folder.url.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try #require(folder.read("out/workshop.json"))
        #expect(written.hasPrefix("{"))
        #expect(folder.snapshot("out").keys.allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func lineBreaksInOneLineFieldsAreFolded() throws {
        let folder = TemporaryFolder()
        let papers = MinimalWorkshop.papers.replacingOccurrences(of: "title: \"A Poster\"", with: "title: \"A\\r\\nPoster\\u2028on  two\\nlines\"")
        folder.write("in/workshop.yaml", MinimalWorkshop.workshop)
        folder.write("in/papers.yaml", papers)
        let result = Run.tool(["json", "--workshop", folder.url.appendingPathComponent("in").path, "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let titles = try #require(json["papers"] as? [[String: Any]]).compactMap { $0["title"] as? String }
        #expect(titles.last == "A Poster on  two lines")
    }
}

extension ExitStatusTests {
    /// A writer that fails halfway (a folder where `rss.xml` must go, after
    /// other files were written fine) leaves the output folder as it was.
    @Test func failureHalfwayLeavesTheFolderAsItWas() throws {
        let folder = TemporaryFolder()
        folder.write("out/workshop.json", "old json\n")
        folder.write("out/program.html", "old page\n")
        folder.write("out/rss.xml/keep.txt", "a folder in the way\n")
        let before = folder.snapshot("out")
        let result = Run.tool(["all", "--workshop", TestPaths.bundledWorkshop.path, "--output", folder.url.appendingPathComponent("out").path])
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("rss.xml"))
        #expect(folder.snapshot("out") == before, "the output folder changed")
    }
}
