import Foundation
import Testing
@testable import DLDEExport

/// `--version`, and the version in every output that names its generator,
/// read back by each format's own consumer.
@Suite("Version")
struct VersionTests {
    @Test func versionPrintsNameAndSemanticVersionAndExitsZero() throws {
        let result = Run.tool(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "dlde-export \(ToolVersion.number)\n")
        #expect(try #/^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$/#.wholeMatch(in: ToolVersion.number) != nil)
    }

    @Test func jsonNamesItsGenerator() throws {
        let result = Run.tool(["json", "--workshop", TestPaths.bundledWorkshop.path, "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let generator = try #require(json["generator"] as? [String: Any])
        #expect(generator["name"] as? String == "dlde-export")
        #expect(generator["version"] as? String == ToolVersion.number)
    }

    /// feedparser reads the Atom `<generator version=...>` and the RSS `<generator>`;
    /// icalendar reads the calendar's `PRODID`; Python's HTML parser the booklet's meta tag.
    @Test func feedsCalendarAndBookletNameTheirGenerator() throws {
        let folder = TemporaryFolder()
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["all", "--workshop", TestPaths.bundledWorkshop.path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let script = """
        import sys, json, feedparser, icalendar
        from html.parser import HTMLParser
        out = sys.argv[1]
        atom = feedparser.parse(out + "/atom.xml")
        rss = feedparser.parse(out + "/rss.xml")
        calendar = icalendar.Calendar.from_ical(open(out + "/schedule.ics", "rb").read())
        class Meta(HTMLParser):
            generator = None
            def handle_starttag(self, tag, attrs):
                attrs = dict(attrs)
                if tag == "meta" and attrs.get("name") == "generator": Meta.generator = attrs.get("content")
        Meta().feed(open(out + "/program.html", encoding="utf-8").read())
        print(json.dumps({
            "atom_bozo": bool(atom.bozo), "atom_name": atom.feed.generator_detail.get("name"),
            "atom_version": atom.feed.generator_detail.get("version"),
            "rss_bozo": bool(rss.bozo), "rss": rss.feed.get("generator"),
            "prodid": str(calendar["PRODID"]), "html": Meta.generator,
        }))
        """
        let python = TestPaths.python.path
        try #require(FileManager.default.isExecutableFile(atPath: python), "\(python) is missing: run `make deps-test`")
        let read = Run.program(python, ["-c", script, output])
        #expect(read.status == 0, "\(read.stderr)")
        let fields = try #require(try JSONSerialization.jsonObject(with: read.stdoutData) as? [String: Any])
        #expect(fields["atom_bozo"] as? Bool == false)
        #expect(fields["atom_name"] as? String == "dlde-export")
        #expect(fields["atom_version"] as? String == ToolVersion.number)
        #expect(fields["rss_bozo"] as? Bool == false)
        #expect(fields["rss"] as? String == "dlde-export \(ToolVersion.number)")
        #expect(fields["prodid"] as? String == "-//dlde-export//dlde-export \(ToolVersion.number)//EN")
        #expect(fields["html"] as? String == "dlde-export \(ToolVersion.number)")
    }

    /// pdfinfo (poppler) reads the booklet's document information.
    @Test func pdfNamesItsCreatorAndProducer() throws {
        let run = ProgramRun(workshop: TestPaths.bundledWorkshop.path, pdf: true)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let info = Run.program("pdfinfo", [run.path("program.pdf")])
        #expect(info.status == 0, "\(info.stderr)")
        let lines = info.stdout.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("Producer:") && $0.hasSuffix(" dlde-export \(ToolVersion.number)") }, "\(info.stdout)")
        #expect(lines.contains { $0.hasPrefix("Creator:") && $0.hasSuffix(" dlde-export \(ToolVersion.number)") }, "\(info.stdout)")
    }
}
