import DLDEExport
import Foundation
import Testing

/// `check` and the writers with math that will not typeset, and without the converter.
@Suite("Math: check and fallback")
struct MathCheckTests {
    /// MinimalWorkshop's papers with `abstract` replaced by `abstract` (YAML lines).
    static func papers(abstract: String) -> String {
        MinimalWorkshop.papers.replacingOccurrences(of: "  abstract: We study *things*.\n", with: abstract)
    }

    static func folder(papers: String) -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        folder.write("w/workshop.yaml", MinimalWorkshop.workshop)
        folder.write("w/papers.yaml", papers)
        return (folder, folder.url.appendingPathComponent("w").path)
    }

    /// Line and column (1-based, in Unicode scalars) of `needle` in `text`.
    static func position(of needle: String, in text: String) -> (Int, Int) {
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if let range = line.range(of: needle) {
                return (index + 1, line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: line.unicodeScalars)!) + 1)
            }
        }
        return (0, 0)
    }

    @Test(arguments: [
        // A plain scalar, a double-quoted one (escapes before the span) and a literal block.
        ("  abstract: Heat $\\partial_t u$ and é $\\frac{a$ here.\n", "$\\frac{a"),
        ("  abstract: \"Heat \\\\(u\\\\) and é $\\\\frac{a$ here.\"\n", "$\\\\frac{a"),
        ("  abstract: |\n    First line, $x$.\n\n    Then é $\\frac{a$ here.\n", "$\\frac{a"),
    ])
    func checkNamesTheSpanAtItsLineAndColumn(abstract: String, spanStart: String) throws {
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        let papers = Self.papers(abstract: abstract)
        let (folder, workshop) = Self.folder(papers: papers)
        let (line, column) = Self.position(of: spanStart, in: papers)
        let check = Run.tool(["check", "--workshop", workshop])
        #expect(check.status == 65, "\(check.stderr)")
        let expected = "\(workshop)/papers.yaml:\(line):\(column): error: math will not typeset: "
        #expect(check.stderr.contains(expected), "expected \(expected) in:\n\(check.stderr)")
        #expect(check.stderr.contains("[papers[0].abstract]"))
        // The writers refuse too, and write nothing.
        let output = folder.url.appendingPathComponent("out")
        let program = Run.tool(["all", "--workshop", workshop, "--output", output.path])
        #expect(program.status == 65)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        #expect(written.isEmpty, "\(written)")
    }

    @Test func checkReportsEveryBrokenSpanOfTheHostileCorpus() throws {
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        let corpus = HostileConsumersTests.corpus
        let check = Run.tool(["check", "--workshop", corpus])
        #expect(check.status == 65)
        let workshopText = try String(contentsOfFile: corpus + "/workshop.yaml", encoding: .utf8)
        for span in ["x_$", "{a$", "\\left( b$", "\\input{/etc/passwd}$ and"] {
            let (line, column) = Self.position(of: span, in: workshopText)
            #expect(check.stderr.contains("\(corpus)/workshop.yaml:\(line):"), "\(span): \(check.stderr)")
            _ = column
        }
        #expect(check.stderr.contains("\\input is not allowed in math"))
        #expect(check.stderr.contains("nothing was written"))
    }

    @Test func withoutTheConverterMathStaysTeXWithOneWarning() throws {
        let (folder, workshop) = Self.folder(papers: MinimalWorkshop.papers)
        let output = folder.url.appendingPathComponent("out")
        let run = Run.tool(["all", "--workshop", workshop, "--output", output.path], environment: ["DLDE_NODE": ""])
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = run.stderr.components(separatedBy: "\n").filter { $0.contains("MathML converter is missing") }
        #expect(warnings.count == 1, "\(run.stderr)")
        #expect(warnings.first?.contains("apt-get install katex nodejs") == true)
        let html = folder.read("out/program.html") ?? ""
        #expect(html.contains("<span class=\"math inline\">\\(\\mathcal{O}(n)\\)</span>"))
        #expect(!html.contains("<math"))
        // Asking for MathML without the converter is an error naming what to install.
        let strict = Run.tool(["program", "--math", "mathml", "--workshop", workshop, "--output", output.path], environment: ["DLDE_NODE": ""])
        #expect(strict.status == 69, "\(strict.stderr)")
        #expect(strict.stderr.contains("katex"))
    }

    @Test func mathTeXKeepsTeXAndMathMLConverts() throws {
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        let (folder, workshop) = Self.folder(papers: MinimalWorkshop.papers)
        let tex = Run.tool(["program", "--math", "tex", "--workshop", workshop, "--output", folder.url.appendingPathComponent("tex").path])
        #expect(tex.status == 0, "\(tex.stderr)")
        #expect(!tex.stderr.contains("MathML"))
        #expect((folder.read("tex/program.html") ?? "").contains("<span class=\"math inline\">"))
        let mathml = Run.tool(["program", "--workshop", workshop, "--output", folder.url.appendingPathComponent("mathml").path])
        #expect(mathml.status == 0, "\(mathml.stderr)")
        let html = folder.read("mathml/program.html") ?? ""
        #expect(!html.contains("<span class=\"math"))
        #expect(html.contains("<annotation encoding=\"application/x-tex\">\\mathcal{O}(n)</annotation>"))
        // The PDF side and plain text keep the TeX.
        #expect((folder.read("mathml/program.tex") ?? "").contains("$\\mathcal{O}(n)$"))
    }

    @Test func mathInCodeIsNotMath() throws {
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        // `$a_b_c$` in a code span is shown as written: neither converted nor an error.
        let (folder, workshop) = Self.folder(papers: Self.papers(abstract: "  abstract: \"Code `$a_b_c$` and math $x^2$.\"\n"))
        let run = Run.tool(["program", "--workshop", workshop, "--output", folder.url.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = folder.read("out/program.html") ?? ""
        #expect(html.contains("<code>$a_b_c$</code>"))
        #expect(html.contains("<msup><mi>x</mi><mn>2</mn></msup>"))
    }
}

/// KaTeX is the one judge of math (docs/math.md): whatever it accepts must
/// also go through pdfLaTeX, via the PDF's allow-list.
@Suite("Math: what KaTeX accepts, pdfLaTeX typesets")
struct MathPDFAgreementTests {
    @Test func everySpanKaTeXAcceptsCompilesToPDF() throws {
        guard Run.available("latexmk") else {
            Issue.record("latexmk is not installed: run `make deps-test`")
            return
        }
        let converter = try MathMLConverterTests.converter()
        let candidates = MathMLConverterTests.hostile.filter { tex in
            !tex.contains("$") && !tex.unicodeScalars.contains { $0.value < 0x20 } && tex.count < 1000
        } + ["\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\boxed{x}", "\\mathscr{L}", "\\color{red} r", "\\cancel{x}",
             "\\sqrt[3]{x}", "\\frac12", "a''^2", "x^{}", "\\left. x \\right|", "\\{x \\mid x^{2} < 1"]
        let results = try converter.convert(candidates.map { MathSource(tex: $0, display: false) })
        let accepted = zip(candidates, results).compactMap { tex, result -> String? in
            if case .mathml = result { return tex }
            return nil
        }
        #expect(accepted.count > 15)
        let abstract = "  abstract: |\n" + accepted.map { "    Span $\($0)$ ends.\n\n" }.joined()
        let (folder, workshop) = MathCheckTests.folder(papers: MathCheckTests.papers(abstract: abstract))
        let run = Run.tool(["program", "--pdf", "--workshop", workshop, "--output", folder.url.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = Run.program("pdftotext", [folder.url.appendingPathComponent("out/program.pdf").path, "-"]).stdout
        #expect(text.components(separatedBy: "ends.").count - 1 == accepted.count, "every span's paragraph is in the PDF")
    }

    @Test func theMathFixtureCompilesToPDF() throws {
        guard Run.available("latexmk") else {
            Issue.record("latexmk is not installed: run `make deps-test`")
            return
        }
        _ = try MathMLConverterTests.converter()
        // About 130 constructs, inline and displayed, that KaTeX accepts.
        let run = ProgramRun(workshop: MathMLPageTests.mathFixture, pdf: true)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.pdfText().contains("A Catalogue of Constructs"))
    }
}
