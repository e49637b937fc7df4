import Foundation
import Testing
@testable import DLDEExport

/// program.tex through latexmk/pdfLaTeX (the real consumer), and the PDF's
/// text through pdftotext.
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
        #expect(run.result.stderr.contains("error: program.pdf cannot be made: pdfLaTeX stops at the abstract of paper 'dlde2021-hyperpinn' with 'Double subscript'"), "\(run.result.stderr)")
        #expect(run.result.stderr.contains("[papers[id=dlde2021-hyperpinn].abstract]"))
        #expect(!FileManager.default.fileExists(atPath: run.path("program.html")))
    }

    @Test func hostileFixtureCompilesAndKeepsEveryName() throws {
        let run = ProgramRun(workshop: ProgramRun.hostile, pdf: true)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let text = run.pdfText()
        // TeX specials arrive as text, never as commands.
        #expect(text.contains("Ångström & Co: 100% Ünïcödé_Workshop #1 on {Broken} \\input{/etc/passwd} </script>"))
        #expect(text.contains("#Hashtags, {Braces}, and a Backslash \\ That Must Never Break the Layout of the Program Booklet"))
        #expect(text.contains("Welcome & 100% {hello} \\textbf{no}"))
        #expect(text.contains("\\input{/etc/passwd} % not run"))
        // Latin, Greek and Cyrillic names come back as written (ToUnicode maps).
        for name in ["Ada Łukasiewicz", "Bjørn Ødegård", "Çağla Şahin", "Gábor Erdős", "Ivan Petrović", "Jürgen Müller",
                     "Carl Friedrich Gauß", "Søren Kierkegaard", "Ελένη Παπαδοπούλου", "Дмитрий Иванович Менделеев",
                     "Αλέξανδρος Παπαδόπουλος", "Анна Сергеевна Кузнецова", "Ђорђе Јовановић", "Сходимость", "Σύγκλιση"] {
            #expect(text.contains(name), "\(name) missing from the PDF text")
        }
        // Vietnamese letters are built from base letters and accents: the base letters must be there in order.
        for name in ["Nguyễn Văn Đức", "Hồ Chí Thành", "Trần", "Hà Nội"] {
            #expect(baseLetters(text).contains(baseLetters(name)), "\(name)")
        }
        // All 12 authors of one paper.
        #expect(text.contains("Kāne Ōkalani"))
        // CJK and emoji degrade to visible code points, with a warning naming the paper.
        #expect(text.contains("U+1F680"))
        #expect(text.contains("U+6DF1"))
        #expect(run.result.stderr.contains("warning: paper 'emoji': program.pdf shows '🚀' U+1F680"))
        #expect(run.result.stderr.contains("organizer '王小明'"))
        #expect(!run.result.stderr.contains("paper 'scripts'"), "Greek, Cyrillic and Vietnamese must not be reported")
    }

    @Test func everyCharacterOfTheTableTypesets() throws {
        // One document with every character the table claims, set natively or built:
        // pdfLaTeX must neither fail nor report a missing glyph.
        var sample = ""
        for range in LaTeXCharacterTable.native { for code in range { if let s = Unicode.Scalar(code) { sample.unicodeScalars.append(s); sample += " " } } }
        for code in LaTeXCharacterTable.greek.keys.sorted() + LaTeXCharacterTable.cyrillic.keys.sorted() {
            sample.unicodeScalars.append(Unicode.Scalar(code)!)
        }
        sample += " ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵ ỐỢỮ ơư Ơ Ư ά έ ή ί ό ύ ώ ΐ ΰ Ά Ї ї Ў ў Й ṣ ḥ ǵ"
        let body = LaTeXCharacters.typeset(CMarkText.latex(sample))
        #expect(!body.contains("dldemissing"), "every sample character is in the table")
        let library = try TemplateLibrary.load(overrides: nil)
        let root = ProgramContextForTests.minimal()
        let preamble = try library.render("partials/preamble.tex", root)
        let document = LaTeXCharacters.typeset(preamble) + "\\begin{document}\n" + body + "\n\n\\textbf{" + body + "}\n\n\\textit{" + body + "}\n\\end{document}\n"
        let folder = TemporaryFolder()
        folder.write("chars.tex", document)
        let result = Run.program("latexmk", ["-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "chars.tex"], in: folder.path)
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        let log = folder.read("chars.log") ?? ""
        #expect(!log.contains("Missing character"), "\(log.components(separatedBy: "\n").filter { $0.contains("Missing character") }.prefix(5))")
        #expect(!log.contains("not provided by font"))
    }

    @Test func pdfIsByteIdenticalAcrossRuns() {
        let first = ProgramRun(workshop: TestPaths.bundledWorkshop.path, pdf: true)
        let second = ProgramRun(workshop: TestPaths.bundledWorkshop.path, pdf: true)
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

    private func baseLetters(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Ð", with: "D")
        return String(folded.unicodeScalars.filter { CharacterSet.letters.contains($0) || $0 == " " }.map(Character.init))
            .split(separator: " ").joined(separator: " ")
    }
}

/// A minimal root context for rendering the preamble alone.
enum ProgramContextForTests {
    static func minimal() -> TemplateObject {
        let root = TemplateObject()
        root["title"] = "T"
        root["venue"] = "V"
        root["short_title"] = "S"
        root["year"] = "2024"
        return root
    }
}
