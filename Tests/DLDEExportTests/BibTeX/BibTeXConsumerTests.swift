import Foundation
import Testing
@testable import DLDEExport

/// The `.bib` files, handed to BibTeX + pdfLaTeX (plain style) and read back
/// by pybtex, for the bundled workshop and the hostile fixture, in UTF-8
/// and in ASCII.
@Suite("BibTeX through bibtex, pdflatex and pybtex", .serialized)
struct BibTeXConsumerTests {
    static let cases: [(folder: String, ascii: Bool)] = [
        ("bundled", false), ("bundled", true), ("hostile", false), ("hostile", true),
    ]

    static func workshop(_ name: String) throws -> Workshop {
        try BibTeXConsumers.load(name == "bundled" ? TestPaths.bundledWorkshop : BibTeXConsumers.hostileWorkshop)
    }

    @Test(arguments: cases)
    func bibtexAndPdflatexAcceptIt(folder: String, ascii: Bool) throws {
        let workshop = try Self.workshop(folder)
        let bib = try BibTeXWriter(abstracts: true, ascii: ascii).render(workshop)
        if ascii { #expect(bib.utf8.allSatisfy { $0 < 0x80 }, "--ascii wrote a non-ASCII byte") }
        let result = BibTeXConsumers.typeset(bib)
        #expect(result.bibtexStatus == 0, "bibtex failed:\n\(result.bibtexLog)")
        #expect(BibTeXConsumers.bibtexProblems(result.bibtexLog).isEmpty, "bibtex reported:\n\(result.bibtexLog)")
        #expect(result.latexStatus == 0, "pdflatex failed:\n\(BibTeXConsumers.latexErrors(result.latexLog))")
        #expect(!result.latexLog.contains("LaTeX Warning: Citation"), "undefined citations")
        #expect(!result.latexLog.contains("There were undefined references"))
        #expect(result.bbl.components(separatedBy: "\\bibitem{").count - 1 == workshop.papers.count + 1)

        let text = BibTeXConsumers.comparable(BibTeXConsumers.flatten(result.pdfText)).lowercased()
        for person in workshop.organizers + workshop.papers.flatMap(\.authors) {
            let parts = NameParts(person.name)
            var printed = [parts.given, parts.family].filter { !$0.isEmpty }.joined(separator: " ")
            if let suffix = parts.suffix { printed += ", \(suffix)" }
            #expect(text.contains(BibTeXConsumers.comparable(printed).lowercased()), "the PDF lacks the name '\(printed)'")
        }
        for paper in workshop.papers {
            // plain sets titles in sentence case: compare without case, piece by
            // piece between math spans.
            let title = BibTeXModelComparison.expected(paper.title.source).lowercased()
            for piece in title.components(separatedBy: "math[]") {
                let piece = piece.trimmingCharacters(in: .whitespaces)
                #expect(piece.isEmpty || text.contains(piece), "the PDF lacks '\(piece)' of \(paper.id)")
            }
        }
        #expect(text.contains(BibTeXConsumers.comparable(workshop.venue).lowercased()))
    }

    @Test func hostileTitlesPrintAsWritten() throws {
        let workshop = try Self.workshop("hostile")
        for ascii in [false, true] {
            let result = BibTeXConsumers.typeset(try BibTeXWriter(ascii: ascii).render(workshop))
            let text = BibTeXConsumers.flatten(result.pdfText)
            for phrase in [
                // `\{` in a title is a literal brace (BraceMarkup): C:\temp\{dir reads C:\temp{dir.
                "Closing } early: @inproceedings{evil, title={x}} with 100% of #tags, a_b, ~home, x^2 & C:\\temp{dir <b>|",
                "Neural ODEs in O(n", "for Navier–Stokes: {x | x2 < 1 and",
                "\\input/etc/passwd are not PINNs",
                "Balthasar van der Pol, Weinan E, and Madonna",
                "Zoë Ødegaard-Łukasik, Jean-Baptiste le Rond d’Alembert, Martin Luther King, Jr., and Ludwig Van Beethoven",
                // Unprotected capitals are the style's to change: plain lower-cases
                // {\L} but cannot lower-case UTF-8's bytes.
                "PDE-net Schrödinger bridges à la", "ojasiewicz: “quoted” Erdős–Rényi graphs... and Bayesian müller flows",
                "A twelve-author study of GPT-4o in 3D: the case for Gaussian processes",
                "Paul Erdős, Stanisław Ulam",
                "Santiago Ramón y Cajal, and Research and Development Group, editors",
                "Über Robust Learning & 100% Math: Navier–Stokes (HoST#1), ICML 2024 Workshop, Montréal, Québec, July 2024",
            ] {
                #expect(text.contains(phrase), "ascii \(ascii): the PDF lacks '\(phrase)':\n\(text)")
            }
        }
    }

    @Test(arguments: cases)
    func pybtexReadsBackTheModel(folder: String, ascii: Bool) throws {
        let workshop = try Self.workshop(folder)
        for abstracts in [false, true] {
            let bib = try BibTeXWriter(abstracts: abstracts, ascii: ascii).render(workshop)
            switch BibTeXConsumers.readBack(bib) {
            case .failure(let failure):
                Issue.record("pybtex could not read the file: \(failure)\n\(bib)")
            case .success(let entries):
                let differences = BibTeXModelComparison.differences(entries, workshop: workshop, abstracts: abstracts)
                #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
            }
        }
    }

    /// biblatex with biber (Debian's `biber`, in a XeLaTeX document) takes
    /// the file, every entry, and prints every author's family name and
    /// every title's words.
    @Test(arguments: cases)
    func biblatexAndBiberAcceptIt(folder: String, ascii: Bool) throws {
        let workshop = try Self.workshop(folder)
        let bib = try BibTeXWriter(abstracts: true, ascii: ascii).render(workshop)
        let result = BibTeXConsumers.typesetWithBiber(bib)
        #expect(result.bibtexStatus == 0, "biber failed:\n\(result.bibtexLog)")
        let problems = result.bibtexLog.split(separator: "\n").filter { $0.contains("ERROR") || $0.contains("WARN") }
        #expect(problems.isEmpty, "biber reported:\n\(problems.joined(separator: "\n"))")
        #expect(result.latexStatus == 0, "xelatex failed:\n\(BibTeXConsumers.latexErrors(result.latexLog))")
        #expect(result.bbl.components(separatedBy: "\\entry{").count - 1 == workshop.papers.count + 1)
        // XeLaTeX sets `{\'\i}` as a dotless i and a combining acute.
        let text = BibTeXConsumers.comparable(BibTeXConsumers.flatten(result.pdfText).replacingOccurrences(of: "ı\u{301}", with: "í")).lowercased()
        for person in workshop.organizers + workshop.papers.flatMap(\.authors) {
            let family = BibTeXConsumers.comparable(NameParts(person.name).family).lowercased()
            #expect(text.contains(family), "the PDF lacks the name '\(family)'")
        }
        for paper in workshop.papers {
            let title = BibTeXModelComparison.expected(paper.title.source).lowercased()
            for piece in title.components(separatedBy: "math[]") {
                let piece = piece.trimmingCharacters(in: .whitespaces)
                #expect(piece.isEmpty || text.contains(piece), "the PDF lacks '\(piece)' of \(paper.id)")
            }
        }
    }

    /// bibtexparser v2 (which splits an entry at text shaped like an entry
    /// start, `@inproceedings{`, unless it is braced) reads every entry, each
    /// equal to the model.
    @Test(arguments: cases)
    func bibtexparserReadsBackTheModel(folder: String, ascii: Bool) throws {
        let workshop = try Self.workshop(folder)
        let bib = try BibTeXWriter(abstracts: true, ascii: ascii).render(workshop)
        #expect(bib.contains("{@}") == (folder == "hostile"), "the hostile fixture holds entry-shaped text")
        switch BibTeXConsumers.readBack(bib, bibtexparser: true) {
        case .failure(let failure):
            Issue.record("bibtexparser could not read the file: \(failure)\n\(bib)")
        case .success(let entries):
            #expect(entries.count == workshop.papers.count + 1)
            let differences = BibTeXModelComparison.differences(entries, workshop: workshop, abstracts: true)
            #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        }
    }

    @Test func hostileNamesSplitAsBibTeXMustSee() throws {
        let workshop = try Self.workshop("hostile")
        for ascii in [false, true] {
            guard case .success(let entries) = BibTeXConsumers.readBack(try BibTeXWriter(ascii: ascii).render(workshop)) else {
                Issue.record("pybtex could not read the hostile file")
                return
            }
            let authors = entries.flatMap { $0.persons["author"] ?? [] } + (entries.first?.persons["editor"] ?? [])
            func find(_ last: String) -> BibTeXConsumers.ReadEntry.Name? {
                authors.first { BibTeXConsumers.comparableReadBack($0.last) == last }
            }
            #expect(find("Pol")?.prelast == "van der")
            #expect(find("Pol")?.given == "Balthasar")
            #expect(find("E")?.given == "Weinan")
            #expect(find("Madonna")?.given == "")
            #expect(find("Aristotle")?.given == "")
            #expect(find("King")?.suffix == "Jr.")
            #expect(find("King")?.given == "Martin Luther")
            #expect(find("Research and Development Group") != nil, "'and' inside a name split it")
            #expect(find("Fuente")?.prelast == "de la")
            #expect(find("Ødegaard-Łukasik")?.given == "Zoë")
            let twelve = entries.first { $0.key.hasPrefix("lovelace-etal-2024") }
            #expect(twelve?.persons["author"]?.count == 12)
            let math = entries.first { $0.key.hasPrefix("du-chatelet") }
            let spans = BibTeXConsumers.mathSpans(math?.text("title") ?? "")
            #expect(spans.first == "\\mathcal{O}(n \\log n)")
            #expect(spans.dropFirst().first == "\\lbrace x \\mid x^{2} < 1")
            #expect(spans.last == "\\backslash\\mathrm{input}{/etc/passwd}")
        }
    }
}
