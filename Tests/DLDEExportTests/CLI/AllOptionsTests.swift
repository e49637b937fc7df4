import Foundation
import Testing

/// `all` takes every writer's options (one `ExportOptions`), and makes the
/// same files as each writer's own command with the same options.
@Suite("all: every writer's options")
struct AllOptionsTests {
    @Test func allWithEveryWriterOptionWritesWhatEachCommandWrites() throws {
        let folder = TemporaryFolder()
        let workshop = TestPaths.bundledWorkshop.path
        let all = Run.tool(["all", "--abstracts", "--ascii", "--paper-entries", "--workshop", workshop, "--output", folder.url.appendingPathComponent("all").path])
        try #require(all.status == 0, "\(all.stderr)")
        let bib = Run.tool(["bibtex", "--abstracts", "--ascii", "--workshop", workshop, "--output", folder.url.appendingPathComponent("one").path])
        let feed = Run.tool(["feed", "--paper-entries", "--workshop", workshop, "--output", folder.url.appendingPathComponent("one").path])
        #expect(bib.status == 0 && feed.status == 0, "\(bib.stderr)\(feed.stderr)")
        let together = folder.snapshot("all"), alone = folder.snapshot("one")
        #expect(!alone.isEmpty)
        for (name, bytes) in alone {
            #expect(together[name] == bytes, "\(name) differs between 'all' and its own command")
        }
        let bibName = try #require(alone.keys.first { $0.hasSuffix(".bib") })
        let bibBytes = try #require(together[bibName])
        #expect(bibBytes.allSatisfy { $0 < 0x80 }, "--ascii: the .bib is ASCII")
        #expect(String(decoding: bibBytes, as: UTF8.self).contains("abstract = {"), "--abstracts: abstracts are in the .bib")
        // feedparser counts one entry per accepted paper on top of the announcements.
        let count = Run.program(TestPaths.python.path, ["-c", "import feedparser,sys; print(len(feedparser.parse(sys.argv[1]).entries))",
                                                        folder.url.appendingPathComponent("all/atom.xml").path])
        let plain = TemporaryFolder()
        _ = Run.tool(["feed", "--workshop", workshop, "--output", plain.path])
        let plainCount = Run.program(TestPaths.python.path, ["-c", "import feedparser,sys; print(len(feedparser.parse(sys.argv[1]).entries))",
                                                             plain.url.appendingPathComponent("atom.xml").path])
        let papers = try String(contentsOf: TestPaths.bundledWorkshop.appendingPathComponent("papers.yaml"), encoding: .utf8)
            .components(separatedBy: "\n- id:").count - 1
        #expect(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == Int(plainCount.stdout.trimmingCharacters(in: .whitespacesAndNewlines))! + papers)
    }
}
