import Foundation
import Testing
@testable import DLDEExport

/// program.tex through latexmk/XeLaTeX (the real consumer), the PDF's text
/// through pdftotext and its fonts through pdffonts.
@Suite("Program: LaTeX and PDF", .serialized)
struct ProgramPDFTests {
    @Test func bundledDataCompilesAndShowsEveryTitleAndName() throws {
        let run = ProgramRun(workshop: TestPaths.bundledWorkshop.path, pdf: true)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let text = run.pdfText()
        let checked = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        #expect(text.contains(squeezed(checked.title)))
        for paper in checked.papers {
            #expect(text.contains(squeezed(paper.title.source)), "title \(paper.title.source)")
            for author in paper.authors { #expect(text.contains(author.name.display), "author \(author.name.display)") }
        }
        for person in checked.speakers + checked.organizers { #expect(text.contains(person.name.display), "\(person.name.display)") }
        // The author index: family name first, with the page of the paper.
        #expect(text.contains("Lütjens, Björn"))
        #expect(text.contains("de Avila Belbute-Peres, Filipe"))
        // Times in every zone, and the marks of the next day in Tokyo.
        let lines = run.pdfLines()
        #expect(lines.contains("08:00–08:15 13:00–13:15 14:00–14:15 22:00–22:15 Introduction and opening remarks"), "\(lines.prefix(80))")
        #expect(lines.contains { $0.hasPrefix("09:30–10:15 14:30–15:15 15:30–16:15 23:30–00:15 Poster Session 1") })
        #expect(lines.contains { $0.hasPrefix("10:15–11:00 15:15–16:00 16:15–17:00 00:15–01:00 Invited Talk 2") })
        #expect(text.contains("+1 day"))
        #expect(text.contains("to be announced"))
    }

    /// Math that the checks let through but TeX rejects (a double subscript)
    /// is an error in the input naming the field, not a tool failure, and
    /// nothing is written.
    @Test func mathThatTeXRejectsNamesThePaperAndWritesNothing() throws {
        let folder = TemporaryFolder()
        let input = folder.url.appendingPathComponent("in")
        try FileManager.default.copyItem(at: TestPaths.bundledWorkshop, to: input)
        let papers = input.appendingPathComponent("papers.yaml")
        let original = try String(contentsOf: papers, encoding: .utf8)
        let broken = original.replacingOccurrences(of: "over a parameter space.\"", with: "over a parameter space, at cost $a_b_c$.\"")
        #expect(broken != original)
        try broken.write(to: papers, atomically: true, encoding: .utf8)
        // With KaTeX (the default --math auto), loading already rejects the span (docs/math.md).
        let checked = ProgramRun(workshop: input.path, pdf: true)
        #expect(checked.result.status == 65, "\(checked.result.stderr)")
        #expect(checked.result.stderr.contains("error: math will not typeset: Double subscript"), "\(checked.result.stderr)")
        // Without the math check (--math tex), pdfLaTeX is the one to reject it.
        let run = ProgramRun(workshop: input.path, pdf: true, extra: ["--math", "tex"])
        #expect(run.result.status == 65, "\(run.result.stderr)")
        #expect(run.result.stderr.contains("error: program.pdf cannot be made: XeLaTeX stops at the abstract of paper 'dlde2021-hyperpinn' with 'Double subscript'"), "\(run.result.stderr)")
        #expect(run.result.stderr.contains("[papers[id=dlde2021-hyperpinn].abstract]"))
        #expect(!FileManager.default.fileExists(atPath: run.path("program.html")))
    }

    @Test func hostileFixtureCompilesAndKeepsEveryName() throws {
        let run = ProgramRun(workshop: ProgramRun.hostile, pdf: true)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let text = readingText(run.pdfText())
        // TeX specials arrive as text, never as commands.
        #expect(text.contains("Ångström & Co: 100% Ünïcödé_Workshop #1 on {Broken} \\input{/etc/passwd} </script>"))
        // `\{Braces\}` are literal braces, `{GRAND}` brace markup (not shown: BraceMarkup).
        #expect(text.contains("#Hashtags, {Braces}, GRAND and a Backslash \\ That Must Never Break the Layout of the Program Booklet"))
        #expect(text.contains("Welcome & 100% {hello} \\textbf{no}"))
        #expect(text.contains("\\input{/etc/passwd} % not run"))
        // Every name and title in every script comes back exactly as in the model (NFC), and the
        // organizers' affiliations (the papers' footnoted affiliations are laid out in columns
        // that pdftotext reads across).
        let workshop = try WorkshopLoader.load(directory: ProgramRun.hostile).workshop
        var expected = workshop.organizers.flatMap { [$0.name.display, $0.affiliation].compactMap { $0 } }
        expected += workshop.speakers.map(\.name.display)
        for paper in workshop.papers {
            if !paper.title.source.contains("$") { expected.append(paper.title.source) }
            expected += paper.authors.map(\.name.display)
        }
        for value in expected {
            // Emoji are set (Symbola) but not compared: the text between them is.
            var pieces = [""]
            for scalar in value.precomposedStringWithCanonicalMapping.unicodeScalars {
                if scalar.value >= 0x1F000 || scalar.properties.isEmojiPresentation { pieces.append("") } else { pieces[pieces.count - 1].unicodeScalars.append(scalar) }
            }
            for piece in pieces.map(squeezed) where !piece.isEmpty {
                #expect(text.contains(piece), "'\(piece)' missing from the PDF text")
            }
        }
        #expect(expected.contains("Deep Learning ∩ Differential Equations: ≤ → ½ ℝ in שלום, سلام, नमस्ते, 你好, こんにちは and 안녕하세요"))
        #expect(text.contains("Solvers: Deep Learning ∩ Differential Equations"), "the workshop's title, with a symbol in running text")
        // The PDF's metadata holds the title with ∩ (the fallback macros work there too).
        let info = Run.program("pdfinfo", ["-enc", "UTF-8", run.path("program.pdf")]).stdout
        #expect(info.contains("Deep Learning ∩ Differential Equations"), "\(info)")
        // Emoji from the monochrome Symbola font; an emoji no installed font has degrades to its visible code point, with a warning naming the paper.
        #expect(text.contains("🚀"))
        #expect(text.contains("U+1FAE0"))
        #expect(run.result.stderr.contains("warning: paper 'emoji', abstract: program.pdf shows '🫠' U+1FAE0 as a box"), "\(run.result.stderr)")
        #expect(run.result.stderr.contains("[papers[id=emoji].abstract]"))
        #expect(!run.result.stderr.contains("paper 'emoji', title"), "🚀 and 😀 are in Symbola")
        #expect(!run.result.stderr.contains("paper 'scripts'"), "Greek, Cyrillic and Vietnamese must not be reported")
        #expect(!run.result.stderr.contains("paper 'world-scripts'"), "every script of the paper has a font")
        // Every font is embedded.
        expectEveryFontEmbedded(run.path("program.pdf"), including: ["NotoSerif", "NotoSansCJK", "NotoSansHebrew", "Amiri", "NotoSansDevanagari", "Symbola"])
    }

    @Test(arguments: [TestPaths.bundledWorkshop.path, ProgramRun.daylightSaving])
    func everyFontIsEmbedded(workshop: String) {
        let run = ProgramRun(workshop: workshop, pdf: true)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        expectEveryFontEmbedded(run.path("program.pdf"), including: ["NotoSerif", "NotoSans"])
    }

    @Test func everyCharacterOfTheTableTypesets() throws {
        // One document with every character the font table claims (every 5th CJK one: there are 30,000):
        // XeLaTeX must neither fail nor report a missing glyph, upright, bold and italic, serif and sans.
        var sample = ""
        func add(_ ranges: [ClosedRange<UInt32>], every step: UInt32 = 1) {
            for range in ranges {
                for code in stride(from: range.lowerBound, through: range.upperBound, by: Int(step)) {
                    guard let scalar = Unicode.Scalar(code) else { continue }
                    // A combining mark needs a letter to sit on.
                    if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { sample += "o" }
                    sample.unicodeScalars.append(scalar)
                    sample += " "
                }
            }
        }
        add(LaTeXFontCoverage.main)
        for script in LaTeXCharacterTable.Script.allCases { add(script.coverage, every: script == .cjk ? 5 : 1) }
        let body = LaTeXCharacters.typeset(CMarkText.latex(sample))
        #expect(!body.contains("dldemissing"), "every sample character is in the table")
        let folder = TemporaryFolder()
        let result = try BookletLaTeX.compile(body: body + "\n\n\\textbf{" + body + "}\n\n\\textit{" + body + "}\n\n\\textsf{" + body + "}", in: folder, name: "chars")
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        let missing = BookletLaTeX.missingCharacters(folder.read("chars.log") ?? "")
        #expect(missing.isEmpty, "\(missing.count): \(missing.prefix(8))")
    }

    @Test(arguments: [TestPaths.bundledWorkshop.path, ProgramRun.hostile])
    func pdfIsByteIdenticalAcrossRuns(workshop: String) {
        let first = ProgramRun(workshop: workshop, pdf: true)
        let second = ProgramRun(workshop: workshop, pdf: true)
        #expect(first.result.status == 0 && second.result.status == 0)
        #expect(first.folder.snapshot("out") == second.folder.snapshot("out"))
        #expect(first.folder.snapshot("out").keys.sorted() == ["program.html", "program.pdf", "program.tex"])
    }

    @Test func missingLatexmkIsExit69AndWritesNothing() {
        // A PATH without latexmk (the binary is called by its path).
        let run = ProgramRun(workshop: TestPaths.bundledWorkshop.path, pdf: true, environment: ["PATH": "/nonexistent"])
        #expect(run.result.status == 69, "\(run.result.stderr)")
        #expect(run.result.stderr.contains("latexmk is needed but not installed"))
        #expect(!FileManager.default.fileExists(atPath: run.path("program.html")))
    }

}

/// pdffonts lists every font of `pdf` as embedded, and some font of each of `families`.
func expectEveryFontEmbedded(_ pdf: String, including families: [String]) {
    let listing = Run.program("pdffonts", [pdf])
    #expect(listing.status == 0)
    let rows = listing.stdout.components(separatedBy: "\n").dropFirst(2).filter { !$0.isEmpty }
    #expect(!rows.isEmpty)
    for row in rows {
        let columns = row.split(separator: " ")
        // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end.
        #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
    }
    for family in families { #expect(rows.contains { $0.contains(family) }, "no \(family) font in \(pdf)") }
}
