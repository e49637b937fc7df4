import Foundation
import Testing
@testable import DLDEExport

/// A run whose writers never read LaTeX loads without making it
/// (`MarkdownRenderer.rendersLaTeXAtLoad`); what a writer reads later must
/// be the LaTeX the load would have made.
@Suite("Deferred LaTeX of Markdown fields")
struct DeferredLaTeXTests {
    /// Every case of the own Markdown corpus, and math, footnotes and
    /// headings, which the LaTeX rendering rewrites.
    static func samples() throws -> [String] {
        let corpus = try MarkdownCorpus.files(in: OwnCorpusTests.folder)
        try #require(corpus.entries.count >= 9)
        return corpus.entries.map(\.markdown) + [
            "Inline $\\mathcal{O}(n)$ and \\(x_1\\), display $$\\int_0^1 f$$, `$code$`.",
            "A note.[^1]\n\n[^1]: With *emphasis* and $x^2$.",
            "# Heading\n\nText & 100 % of {braces}, ~tilde~ and ~~struck~~ -- dashes.",
        ]
    }

    @Test func deferredLaTeXIsTheLaTeXMadeAtLoad() throws {
        for markdown in try Self.samples() {
            let eager = MarkdownRenderer.render(markdown, latex: true)
            let deferred = MarkdownRenderer.render(markdown, latex: false)
            #expect(deferred.html == eager.html)
            #expect(deferred.plain == eager.plain)
            #expect(deferred.latex == eager.latex, "\(markdown.prefix(60))")
            #expect(deferred == eager)
        }
    }

    @Test func renderingsCompareByTheirMarkdownBeforeTheLaTeXIsMade() {
        let one = MarkdownRenderer.render("Same *text*.", latex: false)
        let two = MarkdownRenderer.render("Same *text*.", latex: false)
        #expect(one == two)
        #expect(MarkdownRenderer.render("Other *text*.", latex: false) != one)
    }

    @Test func threadsReadingTheDeferredLaTeXAllGetTheSameText() throws {
        let markdown = try Self.samples()[0]
        let expected = MarkdownRenderer.render(markdown, latex: true).latex
        let deferred = MarkdownRenderer.render(markdown, latex: false)
        let read = Parallel.map(Array(0..<16)) { _ in deferred.latex }
        #expect(read.allSatisfy { $0 == expected })
    }

    /// `all` lets go of the LaTeX once `program.tex` is written
    /// (`Workshop.releaseLaTeX`); a reader after that gets the same text.
    @Test func releasedLaTeXIsMadeAgainTheSame() throws {
        for markdown in try Self.samples() {
            let rendered = MarkdownRenderer.render(markdown, latex: true)
            let before = rendered.latex
            rendered.releaseLaTeX()
            #expect(rendered.latex == before, "\(markdown.prefix(60))")
            #expect(rendered == MarkdownRenderer.render(markdown, latex: true))
        }
    }

    @Test func aWorkshopReleasesItsMarkdownFieldsLaTeXAndReadsTheSameAfter() throws {
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path, papersFile: nil).workshop
        func latex() -> [String] {
            workshop.papers.flatMap { [$0.title.rendered.latex, $0.abstract?.rendered.latex ?? ""] + $0.authors.map { $0.bio?.rendered.latex ?? "" } }
                + [workshop.introduction?.rendered.latex ?? "", workshop.callForPapers?.rendered.latex ?? ""]
                + workshop.speakers.map { $0.bio?.rendered.latex ?? "" }
        }
        let before = latex()
        #expect(before.contains { !$0.isEmpty })
        workshop.releaseLaTeX()
        #expect(latex() == before)
    }

    /// `releaseLaTeX` keeps its own list of the Markdown fields beside the
    /// model's one list (`forEachRenderedField`): every field that list
    /// visits is let go of.
    @Test func releaseReachesEveryFieldTheModelsListVisits() throws {
        let folder = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/hostile").path
        var workshop = try WorkshopLoader.load(directory: folder).workshop
        var kept = 0
        workshop.forEachRenderedField { _, text in
            _ = text.latex
            if text.keepsMarkdownLaTeX { kept += 1 }
        }
        #expect(kept >= 5, "the fixture's Markdown fields: introduction, call for papers, bio, bodies, abstracts")
        workshop.releaseLaTeX()
        var stillKept: [String] = []
        workshop.forEachRenderedField { field, text in
            if text.keepsMarkdownLaTeX { stillKept.append(field.keyPath) }
        }
        #expect(stillKept.isEmpty)
    }
}
