import Foundation
import Testing

/// Brace markup in a title (`BraceMarkup`): `{Adjoint}` protects capitals in
/// BibTeX and is shown without braces everywhere else, `\{literal\}` is
/// shown as braces, math keeps its braces. Read back by an HTML parser,
/// pdftotext, feedparser, Python's email and icalendar
/// (tests/check_title_text.py); the .bib by classic BibTeX + pdfLaTeX and
/// biber + biblatex.
@Suite("Brace markup in titles, in every format")
struct TitleTextTests {
    static let title = #"An {Adjoint} Study of \{literal\} Sets in $\mathcal{O}(1)$"#
    static let shown = #"An Adjoint Study of {literal} Sets in $\mathcal{O}(1)$"#

    static func workshop(in folder: TemporaryFolder) throws -> URL {
        try ZonesWorkshop.write(into: folder, papers: """
            - id: zones-1
              title: '\(Self.title)'
              authors:
                - name: "Ana Zona"
              presentation: poster
            """)
    }

    @Test func everyFormatShowsTheTitleAsMeant() throws {
        let folder = TemporaryFolder()
        let input = try Self.workshop(in: folder)
        let run = Run.tool(["all", "--pdf", "--math", "tex", "--paper-entries", "--workshop", input.path, "--output", folder.url.appendingPathComponent("out").path])
        try #require(run.status == 0, "\(run.stderr)")
        let check = Run.program(TestPaths.python.path, [
            TestPaths.root.appendingPathComponent("tests/check_title_text.py").path, folder.url.appendingPathComponent("out").path, Self.shown,
        ])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let bib = try #require(folder.snapshot("out").first { $0.key.hasSuffix(".bib") }?.value)
        for result in [BibTeXConsumers.typeset(String(decoding: bib, as: UTF8.self)),
                       BibTeXConsumers.typesetWithBiber(String(decoding: bib, as: UTF8.self))] {
            let text = BibTeXConsumers.flatten(result.pdfText)
            // Classic BibTeX's plain style lower-cases unprotected words; Adjoint is protected.
            #expect(text.contains("Adjoint") && text.lowercased().contains("of {literal} sets in"), "\(text)")
            #expect(!text.contains("{Adjoint}"), "\(text)")
        }
    }

    @Test func anUnbalancedBraceInATitleIsAWarning() throws {
        let folder = TemporaryFolder()
        let input = try Self.workshop(in: folder)
        folder.write("in/papers.yaml", "- id: zones-1\n  title: 'A {broken title'\n  authors:\n    - name: Ana Zona\n  presentation: poster\n")
        let run = Run.tool(["check", "--workshop", input.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("papers.yaml:2:10: warning: the braces of this title do not balance"), "\(run.stderr)")
    }
}
