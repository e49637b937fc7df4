import Foundation
import Testing
@testable import DLDEExport

/// Literal hyphens and pairs that TeX's fonts join (`--`, `---`, `,,`,
/// `` !` ``) reach the reader's document as the characters they are, and
/// Unicode dashes as the dashes they are: typeset by classic BibTeX with
/// pdfLaTeX and by biber with biblatex, read back with pdftotext.
@Suite("BibTeX: hyphens and ligatures as written")
struct BibTeXLigatureTests {
    static func workshop() throws -> Workshop {
        let folder = TemporaryFolder()
        let input = try ZonesWorkshop.write(into: folder, papers: """
            - id: zones-1
              title: "Hyphens A--B---C, quotes ,,low and wow!`x, en \u{2013} em \u{2014} dashes"
              authors:
                - name: {given: "Ana", family: "Lists--Tables"}
              presentation: poster
            """)
        return try BibTeXConsumers.load(input)
    }

    @Test(arguments: [false, true])
    func classicBibTeXAndBiberPrintThemAsWritten(ascii: Bool) throws {
        let bib = try BibTeXWriter(ascii: ascii).render(Self.workshop())
        for result in [BibTeXConsumers.typeset(bib), BibTeXConsumers.typesetWithBiber(bib)] {
            #expect(result.latexStatus == 0, "\(BibTeXConsumers.latexErrors(result.latexLog))")
            let text = BibTeXConsumers.flatten(result.pdfText).lowercased()
            // T1 fonts print ` as a left quote (‘); never as ¡ after !.
            for phrase in ["a--b---c", ",,low", "wow!\u{2018}x", "en \u{2013} em \u{2014} dashes", "lists--tables"] {
                #expect(text.contains(phrase), "ascii \(ascii): the PDF lacks '\(phrase)':\n\(text)")
            }
        }
    }
}
