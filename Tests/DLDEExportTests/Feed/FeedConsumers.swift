import Foundation
import Testing
@testable import DLDEExport

/// Runs `dlde-export feed` and hands its output to the real consumers:
/// xmllint, and feedparser through tests/check_feed.py.
enum FeedConsumers {
    /// What the model says the feeds must hold, independent of the writer:
    /// ids by the documented tag: formula, newest first.
    struct Expected: Encodable {
        var feed_id: String
        var feed_title: String
        var site: String
        var self_atom: String
        var self_rss: String
        var updated: Double
        var entries: [Entry]

        struct Entry: Encodable {
            var id: String
            var title: String
            var date: Double
            var category: String
        }
    }

    /// What feedparser read (see check_feed.py's report).
    struct Report: Decodable {
        var atom10: Parsed
        var rss20: Parsed
        var warnings: [String]

        struct Parsed: Decodable {
            var feed_id: String?
            var feed_title: String?
            var entries: [Entry]
        }

        struct Entry: Decodable {
            var id: String?
            var title: String?
            var summary: String?
            var content: String?
            var authors: [String]
        }
    }

    /// The expectations for `workshop`: announcements (and papers, dated
    /// by the first accepted-papers announcement less 1, 2... seconds)
    /// newest first.
    static func expected(_ workshop: Workshop, paperEntries: Bool, feedTitle: String, selfBase: String, updatedWithoutEntries: Double? = nil) -> Expected {
        let host = URL(string: workshop.url)!.host!.lowercased()
        let base = "tag:\(host),\(workshop.year):\(workshop.id)"
        var entries = workshop.announcements.map {
            Expected.Entry(id: "\(base)/announcement/\($0.id)", title: $0.subject, date: $0.date.instant.timeIntervalSince1970, category: $0.kind.rawValue)
        }
        if paperEntries {
            let date = workshop.announcements.filter { $0.kind == .acceptedPapers }.map(\.date.instant).min()!
            // One second apart, just before the announcement, in file order.
            entries += workshop.papers.enumerated().map { index, paper in
                Expected.Entry(id: "\(base)/paper/\(paper.id)", title: paper.title.source,
                               date: date.timeIntervalSince1970 - Double(index + 1), category: "accepted-paper")
            }
        }
        entries = entries.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset < b.offset
        }.map(\.element)
        return Expected(
            feed_id: base, feed_title: feedTitle, site: workshop.url,
            self_atom: selfBase + "atom.xml", self_rss: selfBase + "rss.xml",
            updated: entries.first?.date ?? updatedWithoutEntries ?? 0, entries: entries)
    }

    /// Runs the feed command on `workshopDirectory` into a fresh folder of
    /// `scratch`; returns the output folder.
    static func export(_ workshopDirectory: String, into scratch: TemporaryFolder, name: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> String {
        let output = scratch.url.appendingPathComponent(name).path
        let run = Run.tool(["feed", "--workshop", workshopDirectory, "--output", output] + arguments, environment: environment)
        try #require(run.status == 0, "dlde-export feed failed: \(run.stderr)")
        return output
    }

    /// xmllint and check_feed.py on `output`'s feeds against `expected`.
    static func check(_ output: String, expected: Expected) throws -> Report {
        for file in ["atom.xml", "rss.xml"] {
            let lint = Run.program("xmllint", ["--noout", (output as NSString).appendingPathComponent(file)])
            // xmllint reports namespace errors (an undeclared prefix) on
            // standard error but exits 0: anything it prints is a failure.
            #expect(lint.status == 0 && lint.stderr.isEmpty, "xmllint rejects \(file): \(lint.stderr)")
        }
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path),
                     "the tests' Python (.venv) is missing: run `make deps-test`")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let expectedPath = (output as NSString).appendingPathComponent("expected.json")
        let reportPath = (output as NSString).appendingPathComponent("report.json")
        try encoder.encode(expected).write(to: URL(fileURLWithPath: expectedPath))
        let script = TestPaths.root.appendingPathComponent("tests/check_feed.py").path
        let run = Run.program(TestPaths.python.path, [
            script, (output as NSString).appendingPathComponent("atom.xml"),
            (output as NSString).appendingPathComponent("rss.xml"), expectedPath, reportPath,
        ])
        #expect(run.status == 0, "check_feed.py: \(run.stdout)\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: reportPath))
        return try JSONDecoder().decode(Report.self, from: data)
    }
}
