import Foundation
import Testing

/// Hostile text is inert on every page, output is deterministic and atomic,
/// templates are checked, and `all` puts the same site in place.
@Suite("Site: safety", .serialized)
struct SiteSafetyTests {
    @Test func hostileTextIsInert() throws {
        let run = SiteRun(workshop: SiteRun.hostile)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        for page in run.pages where page != "program.html" {
            let html = run.text(page)
            // Script elements: the JSON-LD, which holds no '<', and on the home page the
            // reader's-time-zone script of the template, which holds no text of the model.
            let scripts = html.components(separatedBy: "<script").count - 1
            #expect(scripts == (page == "index.html" ? 2 : 1), "\(page): \(scripts) script elements")
            #expect(html.components(separatedBy: "<script type=\"application/ld+json\">").count == 2, "\(page)")
            if page == "index.html" {
                let local = try String(contentsOf: TestPaths.root.appendingPathComponent("templates/site/partials/local-time.html.mustache"), encoding: .utf8)
                #expect(html.contains(local), "the home page's other script is the template's, as written")
            }
            let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
            let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
            let json = String(html[start.upperBound..<end.lowerBound])
            #expect(!json.contains("<"), "\(page): '<' inside the JSON-LD")
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(parsed?["@context"] as? String == "https://schema.org", "\(page)")
            // No javascript: or data: link, no event handler attribute outside text.
            let lowered = html.lowercased()
            #expect(!lowered.contains("href=\"javascript:"), "\(page)")
            #expect(!lowered.contains("href=\"data:"), "\(page)")
            #expect(!lowered.contains("<img src=x"), "\(page)")
            #expect(!lowered.contains("\" onload=\"alert"), "\(page)")
            #expect(!lowered.contains("\" onmouseover=\"alert"), "\(page)")
        }
        // The attack paper's own page: the text shown as text.
        let attack = run.text("papers/site-attack.html")
        #expect(attack.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(attack.contains("\\u003c/script\\u003e"), "'</script>' in JSON-LD as \\u003c/script\\u003e")
        #expect(attack.contains("<meta name=\"citation_author\" content=\"&quot;&gt;&lt;img src=x onerror=alert(4)&gt;\">"))
        #expect(attack.contains("href=\"https://example.org/p.pdf?a=%22%3E%3Cscript%3Ealert(10)%3C/script%3E\""))
    }

    @Test func rerunsAreByteIdenticalAndAllWritesTheSameSite() throws {
        let first = SiteRun(workshop: SiteRun.programHostile)
        let second = SiteRun(workshop: SiteRun.programHostile)
        try #require(first.result.status == 0, "\(first.result.stderr)")
        let one = first.folder.snapshot("out/site"), two = second.folder.snapshot("out/site")
        #expect(one.count > 10)
        #expect(one == two)
        let all = SiteRun(workshop: SiteRun.programHostile, command: "all")
        try #require(all.result.status == 0, "\(all.result.stderr)")
        #expect(all.folder.snapshot("out/site") == one, "all and site write the same site")
        // `all` wrote each companion's file in both places, the same bytes.
        for name in ["program.html", "atom.xml", "rss.xml", "schedule.ics", "hostile-2024.bib"] {
            #expect(all.folder.read("out/" + name) == all.folder.read("out/site/" + name), "\(name)")
            #expect(all.folder.read("out/site/" + name) != nil, "\(name) is in the site")
        }
        #expect(!FileManager.default.fileExists(atPath: all.path("program.tex")), "the booklet's LaTeX is not published")
        // The PDF's missing glyphs are worth a warning only where there is a PDF.
        #expect(all.result.stderr.contains("program.pdf shows"), "\(all.result.stderr)")
        #expect(!first.result.stderr.contains("program.pdf shows"), "site without --pdf: \(first.result.stderr)")
    }

    @Test func badInputWritesNothing() throws {
        let folder = TemporaryFolder()
        let workshop = try String(contentsOf: TestPaths.bundledWorkshop.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        folder.write("w/workshop.yaml", workshop.replacingOccurrences(of: "timezone: America/New_York", with: "timezone: America/Nowhere"))
        try FileManager.default.copyItem(at: TestPaths.bundledWorkshop.appendingPathComponent("papers.yaml"), to: folder.url.appendingPathComponent("w/papers.yaml"))
        let out = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["site", "--workshop", folder.url.appendingPathComponent("w").path, "--output", out], in: TestPaths.root.path)
        #expect(result.status == 65)
        #expect(result.stderr.contains("workshop.yaml:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/site"), "nothing is written")
    }

    @Test func templateOverrideAndUnknownFieldIsLocated() throws {
        let folder = TemporaryFolder()
        let templates = TestPaths.root.appendingPathComponent("templates/site")
        let paper = try String(contentsOf: templates.appendingPathComponent("paper.html.mustache"), encoding: .utf8)
        folder.write("t/site/paper.html.mustache", paper.replacingOccurrences(of: "<article class=\"paper-page\">", with: "<article class=\"paper-page\" data-custom=\"yes\">"))
        let good = Run.tool(["site", "--templates", folder.url.appendingPathComponent("t").path, "-o", folder.url.appendingPathComponent("out").path], in: TestPaths.root.path)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(folder.read("out/site/papers/dlde2021-grand.html")?.contains("data-custom=\"yes\"") == true)
        #expect(folder.read("out/site/index.html")?.contains("data-custom") == false)

        // A typo in a section only the probes open (a paper in no slot): an error before anything is written.
        folder.write("bad/site/paper.html.mustache", "<p>\n{{^has_slots}}{{not_schedulled}}{{/has_slots}}</p>\n")
        let out = folder.url.appendingPathComponent("out2").path
        let bad = Run.tool(["site", "--templates", folder.url.appendingPathComponent("bad").path, "-o", out], in: TestPaths.root.path)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad/site/paper.html.mustache:2:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("unknown field 'not_schedulled'"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/site"), "nothing is written")
    }
}
