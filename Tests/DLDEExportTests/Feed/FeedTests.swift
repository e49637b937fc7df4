import Foundation
import Testing
@testable import DLDEExport

@Suite("dlde-export feed: Atom and RSS through xmllint and feedparser")
struct FeedTests {
    @Test func bundledWorkshopFeedsPassTheConsumers() throws {
        let scratch = TemporaryFolder()
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        let output = try FeedConsumers.export(TestPaths.bundledWorkshop.path, into: scratch, name: "out")
        let expected = FeedConsumers.expected(
            workshop, paperEntries: false,
            feedTitle: "DLDE 2021: The Symbiosis of Deep Learning and Differential Equations",
            selfBase: "https://dl-de.github.io/")
        #expect(expected.entries.count == 6)
        let report = try FeedConsumers.check(output, expected: expected)
        #expect(report.warnings.isEmpty, "W3C validator rules: \(report.warnings)")
        // The program announcement carries the schedule in every zone.
        let program = try #require(report.atom10.entries.first { $0.id?.hasSuffix("/announcement/program") == true })
        for zone in ["America/New_York", "UTC", "Europe/Paris", "Asia/Tokyo"] {
            #expect(program.content?.contains(zone) == true, "program entry lacks \(zone)")
        }
        #expect(program.content?.contains("08:00") == true && program.content?.contains("22:00") == true)
        let accepted = try #require(report.rss20.entries.first { $0.id?.hasSuffix("/announcement/accepted-papers") == true })
        #expect(accepted.content?.contains("GRAND: Graph Neural Diffusion") == true)
    }

    @Test func paperEntriesAddOneEntryPerAcceptedPaper() throws {
        let scratch = TemporaryFolder()
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        let output = try FeedConsumers.export(TestPaths.bundledWorkshop.path, into: scratch, name: "out", arguments: ["--paper-entries"])
        let expected = FeedConsumers.expected(
            workshop, paperEntries: true,
            feedTitle: "DLDE 2021: The Symbiosis of Deep Learning and Differential Equations",
            selfBase: "https://dl-de.github.io/")
        #expect(expected.entries.count == 6 + workshop.papers.count)
        let report = try FeedConsumers.check(output, expected: expected)
        #expect(report.warnings.isEmpty, "W3C validator rules: \(report.warnings)")
        let grand = try #require(report.atom10.entries.first { $0.id?.hasSuffix("/paper/dlde2021-grand") == true })
        #expect(grand.authors.contains("Benjamin P. Chamberlain"))
    }

    @Test func hostileTextRoundTripsThroughFeedparser() throws {
        let scratch = TemporaryFolder()
        let directory = HostileFeedWorkshop.write(into: scratch)
        let workshop = try WorkshopLoader.load(directory: directory).workshop
        let output = try FeedConsumers.export(directory, into: scratch, name: "out", arguments: ["--paper-entries"])
        var expected = FeedConsumers.expected(
            workshop, paperEntries: true, feedTitle: HostileFeedWorkshop.feedTitle,
            selfBase: HostileFeedWorkshop.url + "/")
        // The titles as the test wrote them, not as the loader read them.
        let written = Dictionary(uniqueKeysWithValues: HostileFeedWorkshop.subjects.map { ("/announcement/" + $0.id, $0.subject) })
        for index in expected.entries.indices {
            let id = expected.entries[index].id
            if let key = written.keys.first(where: { id.hasSuffix($0) }) { expected.entries[index].title = written[key]! }
            if id.hasSuffix("/paper/paper.1_a") { expected.entries[index].title = HostileFeedWorkshop.paperTitle }
        }
        #expect(expected.feed_id == "tag:example.org,2024:hostile-2024")
        let report = try FeedConsumers.check(output, expected: expected)
        for parsed in [report.atom10, report.rss20] {
            #expect(parsed.feed_title == HostileFeedWorkshop.feedTitle)
            #expect(parsed.feed_id == nil || parsed.feed_id == "tag:example.org,2024:hostile-2024")
            // Relative links in bodies resolve against the workshop's url.
            let cfp = try #require(parsed.entries.first { $0.id?.hasSuffix("/announcement/cfp") == true })
            #expect(cfp.content?.contains("href=\"https://Example.ORG/dlde/slides/talk.pdf\"") == true, "\(cfp.content ?? "")")
            // An image is a link to it, with its alt text (never fetched).
            #expect(cfp.content?.contains("href=\"https://Example.ORG/dlde/img/logo.png\">logo</a>") == true, "\(cfp.content ?? "")")
            #expect(cfp.content?.contains("href=\"https://Example.ORG/dlde/2024#dates\"") == true)
            #expect(cfp.content?.contains("Deadline &lt;AoE&gt; &amp; more") == true)
            #expect(cfp.summary?.hasPrefix("See the slides, the dates, https://example.org/abs?x=1&y=2") == true, "\(cfp.summary ?? "")")
            #expect(cfp.content?.contains("<script") == false)
        }
        // The only validator warnings allowed: RSS titles that hold an HTML
        // end tag or entity as text, which RSS cannot mark as text.
        for warning in report.warnings {
            #expect(warning.contains("rss item") && warning.contains("title")
                    && (warning.contains("</script>") || warning.contains("&amp;") || warning.contains("</b>")), "\(warning)")
        }
    }

    @Test func outputIsByteIdenticalAndIgnoresTheClock() throws {
        let scratch = TemporaryFolder()
        let directory = HostileFeedWorkshop.write(into: scratch)
        let first = try FeedConsumers.export(directory, into: scratch, name: "one", arguments: ["--paper-entries"])
        let second = try FeedConsumers.export(directory, into: scratch, name: "two", arguments: ["--paper-entries"],
                                              environment: ["SOURCE_DATE_EPOCH": "1900000000"])
        for file in ["atom.xml", "rss.xml"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first).appendingPathComponent(file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second).appendingPathComponent(file))
            #expect(!a.isEmpty && a == b, "\(file) differs between two runs")
        }
    }

    @Test func idsNeverChangeWhenEntriesAreAdded() throws {
        let scratch = TemporaryFolder()
        let before = try FeedConsumers.export(HostileFeedWorkshop.write(into: scratch, name: "before"), into: scratch, name: "out1")
        let added = """
              - id: earlier
                date: "2020-01-01T00:00:00Z"
                kind: news
                subject: Backfilled older news
              - id: later
                date: "2025-01-01T00:00:00Z"
                kind: news
                subject: Newer news

            """
        let directory = HostileFeedWorkshop.write(into: scratch, name: "after", extraAnnouncements: added)
        let after = try FeedConsumers.export(directory, into: scratch, name: "out2", arguments: ["--paper-entries"])
        let oldIDs = try atomIDs(before), newIDs = try atomIDs(after)
        #expect(oldIDs.first == newIDs.first, "the feed id changed")
        #expect(Set(oldIDs).isSubset(of: Set(newIDs)))
        #expect(newIDs.count == oldIDs.count + 3)
        let workshop = try WorkshopLoader.load(directory: directory).workshop
        let expected = FeedConsumers.expected(workshop, paperEntries: true, feedTitle: HostileFeedWorkshop.feedTitle, selfBase: HostileFeedWorkshop.url + "/")
        _ = try FeedConsumers.check(after, expected: expected)
    }

    @Test func withoutEntriesUpdatedIsSourceDateEpochElseTheWorkshopDay() throws {
        let scratch = TemporaryFolder()
        let yaml = HostileFeedWorkshop.workshopYAML().components(separatedBy: "announcements:")[0]
        scratch.write("quiet/workshop.yaml", yaml)
        scratch.write("quiet/papers.yaml", HostileFeedWorkshop.papersYAML)
        let directory = scratch.url.appendingPathComponent("quiet").path
        let workshop = try WorkshopLoader.load(directory: directory).workshop
        #expect(workshop.announcements.isEmpty)
        let epoch = try FeedConsumers.export(directory, into: scratch, name: "epoch", environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        _ = try FeedConsumers.check(epoch, expected: FeedConsumers.expected(
            workshop, paperEntries: false, feedTitle: HostileFeedWorkshop.feedTitle, selfBase: HostileFeedWorkshop.url + "/",
            updatedWithoutEntries: 1_700_000_000))
        // 2024-03-10T00:00:00+05:30 (Asia/Kolkata).
        let plain = try FeedConsumers.export(directory, into: scratch, name: "plain", environment: ["SOURCE_DATE_EPOCH": ""])
        _ = try FeedConsumers.check(plain, expected: FeedConsumers.expected(
            workshop, paperEntries: false, feedTitle: HostileFeedWorkshop.feedTitle, selfBase: HostileFeedWorkshop.url + "/",
            updatedWithoutEntries: 1_710_009_000))
    }

    private func atomIDs(_ output: String) throws -> [String] {
        let text = try String(contentsOfFile: (output as NSString).appendingPathComponent("atom.xml"), encoding: .utf8)
        let lint = Run.program("xmllint", ["--xpath", "//*[local-name()='id']/text()", (output as NSString).appendingPathComponent("atom.xml")])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(!text.isEmpty)
        return lint.stdout.split(separator: "\n").map(String.init)
    }
}

@Suite("Feed: absolute links")
struct AbsoluteLinksTests {
    @Test func htmlWhoseLinksAreAllAbsoluteComesBackAsItIs() {
        let html = "<p><a href=\"https://a.example/x?y=1&amp;z\">x</a> <img src=\"http://b.example/i.png\" alt=\"\" /> café</p>\n"
        #expect(Array(AbsoluteLinks.resolve(html, against: "https://example.org/dlde/").utf8) == Array(html.utf8))
    }

    @Test func relativeLinksAfterAbsoluteOnesAreResolvedAndTheRestKept() {
        let html = "<a href=\"https://a.example/\">a</a> é <a href=\"slides/t.pdf\">t</a> <img src=\"img/l.png\" /> <a href=\"mailto:x@y.org\">m</a>"
        let resolved = AbsoluteLinks.resolve(html, against: "https://example.org/dlde/")
        #expect(resolved == "<a href=\"https://a.example/\">a</a> é <a href=\"https://example.org/dlde/slides/t.pdf\">t</a> <img src=\"https://example.org/dlde/img/l.png\" /> <a href=\"mailto:x@y.org\">m</a>")
    }
}
