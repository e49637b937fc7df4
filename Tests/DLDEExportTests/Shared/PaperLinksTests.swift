import Foundation
import Testing

/// A paper's OpenReview link is one URL, encoded once (`PaperLinks`), in
/// the booklet, the feeds, the personal mail and the .bib.
@Suite("Paper links in every format")
struct PaperLinksTests {
    @Test func anOpenReviewIdWithReservedCharactersIsTheSameURLEverywhere() throws {
        let folder = TemporaryFolder()
        var papers = try String(contentsOf: ZonesWorkshop.fixture.appendingPathComponent("papers.yaml"), encoding: .utf8)
        papers = papers.replacingOccurrences(of: "    - name: \"Ana Zona\"", with: "    - name: \"Ana Zona\"\n      email: ana@zones.example.org")
        papers += "  openreview: \"ab c&d=1\"\n"
        try ZonesWorkshop.write(into: folder, papers: papers, extraYAML: """
              - id: authors
                date: "2021-12-02T09:00:00-08:00"
                kind: news
                to: authors
                subject: "Your paper"
                body: "Details of your presentation."

            """)
        let run = Run.tool(["all", "--paper-entries", "--workshop", folder.url.appendingPathComponent("in").path, "--output", folder.url.appendingPathComponent("out").path])
        try #require(run.status == 0, "\(run.stderr)")
        let check = Run.program(TestPaths.python.path, [
            TestPaths.root.appendingPathComponent("tests/check_paper_links.py").path, folder.url.appendingPathComponent("out").path,
            "zones-1", "https://openreview.net/forum?id=ab%20c%26d%3D1",
        ])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
