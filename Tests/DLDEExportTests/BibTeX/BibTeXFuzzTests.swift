import Foundation
import Testing
@testable import DLDEExport

/// Random hostile titles, names and abstracts, loaded by the real loader and
/// handed to bibtex + pdflatex and pybtex: whatever the input, BibTeX
/// reports nothing and every field reads back as the model says.
@Suite("BibTeX with random hostile input", .serialized)
struct BibTeXFuzzTests {
    // Math comes in whole spans: TeX math that is itself wrong (`$a_b_c$`)
    // stops LaTeX in any output, and `TeXMathSanitizer` does not mend it.
    static let pieces = ["{", "}", "\\", "$x$", "$\\{a$", "\\(y^2\\)", "\\(\\)", "\\$", "--", "%", "#", "&", "_", "~", "^", "@", "a", "B",
                         "é", "Ł", "ø", "ß", " ", "(", ")", "[", "]", "\\input", "ODE", "Navier", ",", " and ", "\"", "'",
                         "–", "“", "<", ">", "|", "van", "der", "de la", "Jr.", "’", "\u{00A0}", "-"]

    static func randomText(_ random: inout SplitMix64, length: Int) -> String {
        (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    static func json(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try! encoder.encode(text), as: UTF8.self)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomPapersSurviveEveryConsumer(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var yaml = ""
        for index in 0..<40 {
            yaml += "- id: \"p\(index)\"\n"
            yaml += "  title: \(Self.json("T " + Self.randomText(&random, length: 1 + Int(random.next() % 20))))\n"
            yaml += "  authors:\n"
            for _ in 0..<(1 + Int(random.next() % 4)) {
                yaml += "    - name: \(Self.json("Ann " + Self.randomText(&random, length: Int(random.next() % 6))))\n"
            }
            yaml += "  abstract: \(Self.json("A " + Self.randomText(&random, length: Int(random.next() % 30))))\n"
            yaml += "  keywords: [\(Self.json("K " + Self.randomText(&random, length: Int(random.next() % 5))))]\n"
            yaml += "  presentation: poster\n"
        }
        let folder = TemporaryFolder()
        let workshopYAML = try String(contentsOf: BibTeXConsumers.hostileWorkshop.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        folder.write("ws/workshop.yaml", workshopYAML)
        folder.write("ws/papers.yaml", yaml)
        let workshop = try BibTeXConsumers.load(folder.url.appendingPathComponent("ws"))
        #expect(workshop.papers.count == 40)
        for ascii in [false, true] {
            let bib = try BibTeXWriter(abstracts: true, ascii: ascii).render(workshop)
            let typeset = BibTeXConsumers.typeset(bib)
            #expect(typeset.bibtexStatus == 0 && BibTeXConsumers.bibtexProblems(typeset.bibtexLog).isEmpty,
                    "seed \(seed) ascii \(ascii): bibtex reported:\n\(typeset.bibtexLog)")
            #expect(typeset.latexStatus == 0, "seed \(seed) ascii \(ascii): pdflatex failed:\n\(BibTeXConsumers.latexErrors(typeset.latexLog))")
            switch BibTeXConsumers.readBack(bib) {
            case .failure(let failure):
                Issue.record("seed \(seed) ascii \(ascii): pybtex could not read the file: \(failure)")
            case .success(let entries):
                let differences = BibTeXModelComparison.differences(entries, workshop: workshop, abstracts: true)
                #expect(differences.isEmpty, "seed \(seed) ascii \(ascii):\n\(differences.joined(separator: "\n"))")
            }
        }
    }
}
