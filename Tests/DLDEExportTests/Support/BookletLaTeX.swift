import Foundation
import Testing
@testable import DLDEExport

/// Documents made of the booklet's own preamble (`partials/preamble.tex`)
/// and a body, compiled the way `program --pdf` compiles program.tex
/// (latexmk -xelatex, no shell escape).
enum BookletLaTeX {
    /// The built-in preamble, rendered for a minimal workshop and typeset.
    static func preamble() throws -> String {
        let library = try TemplateLibrary.load(overrides: nil)
        return LaTeXCharacters.typeset(try library.render("partials/preamble.tex", ProgramContextForTests.minimal()))
    }

    /// Compiles `preamble + extraPreamble + body` as `name.tex` in `folder`.
    static func compile(body: String, extraPreamble: String = "", in folder: TemporaryFolder, name: String = "doc") throws -> RunResult {
        let document = try preamble() + extraPreamble + "\n\\begin{document}\n" + body + "\n\\end{document}\n"
        folder.write(name + ".tex", document)
        return Run.program("latexmk", ["-xelatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", name + ".tex"], in: folder.path)
    }

    /// Typesets each of `texts` as the booklet does (`CMarkText.latex`,
    /// `LaTeXCharacters`), once per style (`\textbf`...), between markers on
    /// one wide page, and expects pdftotext to read each back equal
    /// (`tests/check_pdf_text.py`, with `--scripts` for text in every script).
    static func expectTypesetsBackEqual(_ texts: [String], styles: [String] = [""], scripts: Bool) {
        let folder = TemporaryFolder()
        var body = ""
        var expected: [String] = []
        for style in styles {
            for text in texts {
                body += "\\noindent QQSTART\(expected.count)QQ \(style){\(LaTeXCharacters.typeset(CMarkText.latex(text)))} QQEND\(expected.count)QQ\\par\n"
                expected.append(text)
            }
        }
        let extra = "\\geometry{paperwidth=1500mm,paperheight=2000mm,margin=10mm}\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\pretolerance=10000\n"
        let result: RunResult
        do { result = try compile(body: body, extraPreamble: extra, in: folder) } catch {
            Issue.record("the preamble does not render: \(error)")
            return
        }
        #expect(result.status == 0, "xelatex failed:\n\(result.stdout.suffix(1500))")
        let missing = missingCharacters(folder.read("doc.log") ?? "")
        #expect(missing.isEmpty, "\(missing.prefix(5))")
        let expectedPath = folder.write("expected.json", String(decoding: try! JSONSerialization.data(withJSONObject: expected), as: UTF8.self))
        let check = Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/check_pdf_text.py").path]
                                + (scripts ? ["--scripts"] : []) + [folder.url.appendingPathComponent("doc.pdf").path, expectedPath])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// The lines of `log` where XeTeX reports a glyph no font has.
    static func missingCharacters(_ log: String) -> [String] {
        log.components(separatedBy: "\n").filter { $0.contains("Missing character") }
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
        root["dlde_export_version"] = ToolVersion.number
        return root
    }
}

/// PDF text as a reader gets it back, for comparison with the model: the
/// direction marks pdftotext puts around right-to-left text removed, NFC,
/// white space made single. Nothing else is folded: Arabic comes back as
/// the letters written (Amiri maps the lam-alef ligature back to lam and alef).
func readingText(_ pdfText: String) -> String {
    var out = ""
    for scalar in pdfText.unicodeScalars {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E: continue
        default: out.unicodeScalars.append(scalar)
        }
    }
    return squeezed(out.precomposedStringWithCanonicalMapping)
}
