import Foundation
import Testing

/// A paper's OpenReview link is one URL, encoded once (`PaperLinks`), in
/// the booklet, the feeds, the personal mail and the .bib.
@Suite("Paper links in every format")
struct PaperLinksTests {
    @Test func anOpenReviewIdWithReservedCharactersIsTheSameURLEverywhere() throws {
        let folder = TemporaryFolder()
        let fixture = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/zones")
        var workshop = try String(contentsOf: fixture.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        workshop += """
              - id: authors
                date: "2021-12-02T09:00:00-08:00"
                kind: news
                to: authors
                subject: "Your paper"
                body: "Details of your presentation."

            """
        var papers = try String(contentsOf: fixture.appendingPathComponent("papers.yaml"), encoding: .utf8)
        papers = papers.replacingOccurrences(of: "    - name: \"Ana Zona\"", with: "    - name: \"Ana Zona\"\n      email: ana@zones.example.org")
        papers += "  openreview: \"ab c&d=1\"\n"
        folder.write("in/workshop.yaml", workshop)
        folder.write("in/papers.yaml", papers)
        let run = Run.tool(["all", "--paper-entries", "--workshop", folder.url.appendingPathComponent("in").path, "--output", folder.url.appendingPathComponent("out").path])
        try #require(run.status == 0, "\(run.stderr)")
        let check = Run.program(TestPaths.python.path, [
            TestPaths.root.appendingPathComponent("tests/check_paper_links.py").path, folder.url.appendingPathComponent("out").path,
            "zones-1", "https://openreview.net/forum?id=ab%20c%26d%3D1",
        ])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
